import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistStore

struct InviteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract:
            "Invite eligible candidates to interview, or withdraw invitations (chair, secretary).",
        discussion: """
            Only eligible candidates (overrides included) can be invited; if any of the given \
            candidates cannot be, nobody is invited and every reason is printed. Only invited \
            candidates get scorecards, count in progress and are ranked. --withdraw is refused \
            for a candidate some member has already submitted a scorecard for. Without ids, \
            lists the invited candidates.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("Application ids.", valueName: "application-id"))
    var applicationIDs: [String] = []
    @Flag(help: "Withdraw the invitations instead.") var withdraw = false

    func run() throws {
        let (store, actor) = try StoreAccess.open(global, readOnly: applicationIDs.isEmpty)
        let ids = applicationIDs.map { ApplicationID($0) }
        if ids.isEmpty {
            for id in try store.invitedCandidates() {
                Console.output(id.rawValue)
            }
            return
        }
        if withdraw {
            try store.withdrawInvitation(ids, by: actor)
        } else {
            try store.invite(ids, by: actor)
        }
        let count = try store.invitedCandidates().count
        Console.message(
            "\(ids.count) invitation\(ids.count == 1 ? "" : "s") \(withdraw ? "withdrawn" : "sent"); \(count) candidate\(count == 1 ? "" : "s") invited"
        )
    }
}
