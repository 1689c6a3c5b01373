import Foundation
import LocksmithAPI
@testable import LocksmithHandlers
import LocksmithTestSupport
import Testing

/// The decision order the Runtime tag documents and the one the server runs are the same list: the table in openapi.yaml
/// names, step by step, exactly the refusals `RuntimeStep` declares, and every operation's rules run in the table's order.
@Suite struct DecisionOrderTests {
    /// The table's rows: step number → the error codes its refusal column names.
    static func documentedSteps() throws -> [Int: Set<String>] {
        let spec = try String(contentsOf: Repository.root.appendingPathComponent("openapi.yaml"), encoding: .utf8)
        let code = try Regex(#"`([A-Z][A-Z_]+)`"#)
        var steps: [Int: Set<String>] = [:]
        for line in spec.split(separator: "\n") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 5, let step = Int(cells[1]) else { continue }
            steps[step] = Set(cells[3].matches(of: code).compactMap { $0.output[1].substring.map(String.init) })
        }
        return steps
    }

    @Test func theTableAndTheStepsNameTheSameRefusals() throws {
        let documented = try Self.documentedSteps()
        #expect(documented.keys.sorted() == RuntimeStep.allCases.map(\.rawValue))
        for step in RuntimeStep.allCases {
            #expect(documented[step.rawValue] == Set(step.refusals.map(\.rawValue)), "step \(step.rawValue) (\(step))")
        }
    }

    @Test func everyOperationsRulesRunInTheTablesOrder() {
        for (operation, rules) in RuntimeRules.all {
            let steps = rules.map(\.step.rawValue)
            #expect(steps == steps.sorted(), "\(operation): \(steps)")
            #expect(steps.first == RuntimeStep.product.rawValue, "\(operation) starts after the key and the account")
        }
    }
}
