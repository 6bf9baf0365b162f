import ArgumentParser
import Foundation
import ShortlistUI

/// Options of the commands that open the interactive interface.
struct InterfaceOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The theme: default, light, high-contrast, mono, deuteranopia, or one of yours (`shortlist theme list`).",
            valueName: "name"),
        completion: .custom { _, _, _ in
            ThemeCatalog(
                userDirectory: ConfigLocation(environment: ProcessInfo.processInfo.environment)
                    .themesDirectory
            ).names
        })
    var theme: String?

    func validate() throws {
        guard let theme else { return }
        let catalog = ThemeCatalog(
            userDirectory: ConfigLocation(environment: ProcessInfo.processInfo.environment)
                .themesDirectory)
        guard catalog.sources[theme] != nil else {
            throw ValidationError(
                "no theme “\(theme)”; the themes are \(catalog.names.joined(separator: ", "))")
        }
    }
}
