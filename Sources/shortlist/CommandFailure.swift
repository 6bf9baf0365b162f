import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore
import TOMLSupport
import TerminalKit

/// How an error that ends a command is said and which status it exits with, decided once for
/// every subcommand (`shortlist --help` documents the statuses).
enum CommandFailure {
    /// Exit status 2: nothing was done.
    static let nothingDone: Int32 = 2

    /// The message to print (nil: already said) and the exit status.
    static func outcome(of error: any Error) -> (message: String?, status: Int32) {
        switch error {
        case let exit as ExitCode:
            return (nil, exit.rawValue)
        case let known as any CustomStringConvertible & Error where isRefusal(known):
            return ("shortlist: \(known.description)", nothingDone)
        default:
            let message = Shortlist.fullMessage(for: error)
            var status = Shortlist.exitCode(for: error).rawValue
            // ArgumentParser's usage errors exit 64 (EX_USAGE); ours say 2 for bad usage.
            if status == ExitCode.validationFailure.rawValue { status = nothingDone }
            return (message.isEmpty ? nil : message, status)
        }
    }

    /// The errors the product raises with a message a person can act on.
    private static func isRefusal(_ error: any Error) -> Bool {
        error is PermissionDenied || error is StoreError || error is IdentityRefused
            || error is ExportError || error is ImportFailure || error is FilterSyntaxError
            || error is TOMLFileError || error is TerminalError
    }
}
