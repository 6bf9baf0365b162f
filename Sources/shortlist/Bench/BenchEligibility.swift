import ArgumentParser
import Foundation
import ShortlistCore
import ShortlistExchange
import ShortlistStore

extension BenchPanel {
    /// Assessing every application again under the profile (what `profile replace` does), and
    /// `shortlist check --format csv` over all of them in a fresh process. The timed
    /// reassessment moves the deadline by a day, so that nearly every stored outcome (its
    /// reasons quote the deadline) is written again; replacing the profile by itself, which changes
    /// nothing and so writes nothing, is timed as well.
    func eligibilityScenario() throws -> [BenchFigure] {
        let (store, secretary) = try open("secretary")
        let assessor = ApplicationAssessor(profile: .builtIn)
        let movedText = BuiltInProfile.text.replacingOccurrences(
            of: "received_by = 2025-12-02T23:00:00", with: "received_by = 2025-12-03T23:00:00")
        let moved = try CallProfileParser.parse(text: movedText, file: "bench profile")
        func timed(_ body: () throws -> Reassessment) throws -> (Double, Reassessment) {
            let start = DispatchTime.now().uptimeNanoseconds
            let reassessment = try body()
            return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, reassessment)
        }
        let (reassess, rewritten) = try timed {
            try store.replaceProfile(
                ProfileDocument(toml: movedText, profile: moved),
                assessor: ApplicationAssessor(profile: moved), recountEvidence: false,
                by: secretary)
        }
        // Only applications without a submission time (needs check) keep their reasons.
        guard rewritten.rewritten * 100 >= count * 99 else {
            Console.error(
                "bench: moving the deadline rewrote \(rewritten.rewritten) of \(count) outcomes")
            throw ExitCode(1)
        }
        try store.replaceProfile(
            ProfileAssessment.builtInDocument, assessor: assessor, recountEvidence: false,
            by: secretary)
        let (unchanged, _) = try timed {
            try store.replaceProfile(
                ProfileAssessment.builtInDocument, assessor: assessor, recountEvidence: false,
                by: secretary)
        }
        let (withRecount, _) = try timed {
            try store.replaceProfile(
                ProfileAssessment.builtInDocument, assessor: assessor, recountEvidence: true,
                by: secretary)
        }
        let recount = withRecount - unchanged
        try store.close()

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = [
            "check", "--format", "csv", "--db", address("secretary"), "--user", "secretary",
        ]
        process.standardOutput = FileHandle.nullDevice
        let checkStart = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        let check = Double(DispatchTime.now().uptimeNanoseconds - checkStart) / 1e9
        guard process.terminationStatus == 0 else { throw ExitCode(1) }
        return [
            BenchFigure(
                scenario: "eligibility", name: "assess and store \(count)", value: reassess,
                unit: "s",
                target: count == 100_000 ? 2 : nil),
            BenchFigure(
                scenario: "eligibility", name: "  again, no outcome changed", value: unchanged,
                unit: "s", target: nil),
            BenchFigure(
                scenario: "eligibility", name: "evidence recount \(count) CVs", value: recount,
                unit: "s",
                target: nil),
            BenchFigure(
                scenario: "eligibility", name: "check --format csv, \(count)", value: check,
                unit: "s",
                target: count == 100_000 ? 3 : nil),
        ]
    }
}
