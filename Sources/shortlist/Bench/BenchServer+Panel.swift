#if Postgres
    import Foundation

    extension BenchServer {
        /// The server's demo panel for the scenarios both engines share: each person
        /// through their own login.
        func panel(child: @escaping ([String]) throws -> [BenchFigure]) -> BenchPanel {
            BenchPanel(
                address: { address($0).urlText }, open: open, folder: folder, count: count,
                child: child)
        }
    }
#endif
