import Foundation
import GRDB
import ShortlistCore

/// One application's eligibility as `shortlist check` lists it.
public struct EligibilityLine: Sendable {
    public var applicationID: ApplicationID
    /// "Surname, Given names", or the application id in blind mode.
    public var name: String
    /// Nil when the application was never assessed (a database without a profile).
    public var assessment: EligibilityAssessment?
}

extension SQLiteStore {
    /// Every application's eligibility in application-id order, one at a time, so that a
    /// listing of 100,000 never holds them all.
    public func forEachEligibility(_ body: (EligibilityLine) throws -> Void) throws {
        try read { db in
            let blind = try blinds(db)
            var overrides: [Int64: [EligibilityOverride]] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT candidate_id, rule, result, reason FROM overrides ORDER BY rule")
            {
                guard let rule = EligibilityRule(rawValue: row[1]),
                    let decision = EligibilityOverride.Decision(rawValue: row[2])
                else { continue }
                overrides[row[0], default: []].append(
                    EligibilityOverride(rule, decision, reason: row[3]))
            }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT c.id, c.application_id, c.surname, c.given_names,
                           e.nationality, e.military, e.education, e.languages, e."cast", e.deadline, e.reasons
                    FROM candidates c LEFT JOIN eligibility e ON e.candidate_id = c.id
                    ORDER BY c.application_id
                    """)
            let decoder = JSONDecoder()
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let applicationID = ApplicationID(row[1] as String)
                let given: String = row[3]
                let name =
                    blind
                    ? applicationID.rawValue
                    : (given.isEmpty ? row[2] : "\(row[2] as String), \(given)")
                var assessment: EligibilityAssessment?
                if let reasonsJSON = row[10] as String? {
                    let reasons =
                        (try? decoder.decode([String].self, from: Data(reasonsJSON.utf8))) ?? []
                    let checks = EligibilityRule.allCases.enumerated().map { i, rule in
                        RuleCheck(
                            rule, RuleResult(rawValue: row[4 + i]) ?? .needsCheck,
                            i < reasons.count ? reasons[i] : "")
                    }
                    let assessed = EligibilityAssessment(
                        checks: checks, overrides: overrides[id] ?? [])
                    assessment = blind ? assessed.blinded() : assessed
                }
                try body(
                    EligibilityLine(
                        applicationID: applicationID, name: name, assessment: assessment))
            }
        }
    }
}
