import Foundation
import ShortlistCore
import ShortlistStore

/// The benchmark's demo panel as its scenarios reach it: a database file that everyone opens
/// under their roster name, or a server on which each person connects through their own login.
/// The scenarios that need only the store protocols take one of these, so that the same code
/// runs on either engine.
struct BenchPanel {
    /// What `--db` says in a process that acts as the roster entry named.
    let address: (String) -> String
    /// The panel as the roster entry named opens it, with that person as the actor.
    let open: (String) throws -> (store: any PanelDatabase, actor: Actor)
    /// Where a scenario's scratch files (an offline copy, a bundle, exports) go.
    let folder: URL
    /// How many demo candidates the panel holds.
    let count: Int
    /// Runs a hidden benchmark subcommand in a fresh process and reads its figures.
    let child: ([String]) throws -> [BenchFigure]

    /// A database file at `url`, with scratch files in `folder`.
    static func file(
        _ url: URL, folder: URL, count: Int, child: @escaping ([String]) throws -> [BenchFigure]
    ) -> BenchPanel {
        BenchPanel(
            address: { _ in url.path },
            open: { name in
                let store = try DatabaseEngines.open(.file(url))
                return (store, try store.actor(named: name, login: name))
            },
            folder: folder, count: count, child: child)
    }
}
