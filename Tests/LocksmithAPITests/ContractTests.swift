import Foundation
import LocksmithAPI
import Testing

/// The generated operation table is the contract: every LicenseKit operation with its method, path, auth and scopes.
@Suite struct ContractTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The table holds the contract's operations and Locksmith's own extensions, which say so (`x-locksmith-extension`).
    @Test func everyContractOperationIsInTheTableExactly() throws {
        #expect(contractOperations.count == 87)
        let contract = OperationTable.all.filter { !$0.isExtension }
        #expect(contract.count == 87, "the table has operations the contract does not know that are not marked as extensions")
        #expect(Set(contract.map(\.id.rawValue)) == Set(contractOperations.map(\.id)))
        for expected in contractOperations {
            let id = try #require(OperationID(rawValue: expected.id), "missing operation \(expected.id)")
            let spec = id.spec
            #expect(spec.method == expected.method, "\(expected.id) method")
            #expect(spec.path == expected.path, "\(expected.id) path")
            let auth = switch spec.auth {
            case .management: "bearer"
            case .runtime: "license"
            case .none: "none"
            }
            #expect(auth == expected.auth, "\(expected.id) auth")
            #expect(spec.requiredScopes.map(\.rawValue) == expected.scopes, "\(expected.id) scopes")
            #expect(Set(expected.success).isSubset(of: spec.successStatuses), "\(expected.id) success statuses")
        }
    }

    /// When the shared fact sheet sits beside the checkout, the fixture above must still say what it says.
    @Test func fixtureMatchesTheFactSheet() throws {
        let facts = Self.root.deletingLastPathComponent().appendingPathComponent("shared/contract/licensekit-contract-facts.md")
        guard let text = try? String(contentsOf: facts, encoding: .utf8) else { return }
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| operationId") }
        let ids = rows.compactMap { row in row.split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } }
        #expect(ids.sorted() == contractOperations.map(\.id).sorted())
        for (row, expected) in zip(rows.sorted(), contractOperations.sorted { $0.id < $1.id }) {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells[1] == expected.id && cells[2] == expected.method && cells[3] == "`\(expected.path)`" && cells[4] == expected.auth)
        }
    }

    @Test func extensionsAreMarkedAndNoneReusesAContractPath() {
        let extensions = OperationTable.all.filter(\.isExtension)
        #expect(extensions.map(\.id) == [
            .getAPIKey, .revokeAPIKey, .issueLicenseFile, .verifyLicenseFile, .checkLicenseRevocation, .introspectLicenseToken,
            .revokeLicenseToken, .validateLicenseKey, .lookupLicense, .updateLicense, .unblacklistLicenseDevice, .issueMachineFile,
            .issueLicenseToken, .listWebhookDeliveries, .redeliverWebhookDelivery, .getAccountLimits, .getContractYAML, .getWellKnownJWKS,
            .getContractJSON, .getJWKS,
        ])
        let contractRoutes = Set(contractOperations.map { "\($0.method) \($0.path)" })
        for spec in extensions {
            #expect(!contractRoutes.contains("\(spec.method) \(spec.path)"), "\(spec.id) takes a route of the contract")
        }
    }

    @Test func managementScopeListsAllElevenScopes() {
        #expect(ManagementScope.knownCases.map(\.rawValue) == [
            "admin", "product:read", "product:write", "license:read", "license:write", "device:write", "event:read",
            "ops:read", "report:read", "report:export", "webhook:write",
        ])
    }

    @Test func scopeHelpersReadTheTableAndAdminSatisfiesEverything() {
        #expect(requiredScopes(for: .createLicense) == [.licenseWrite])
        #expect(requiredScopes(for: .validateLicense).isEmpty)
        #expect(hasRequiredScopes(.createLicense, granted: [.licenseWrite]))
        #expect(!hasRequiredScopes(.createLicense, granted: [.licenseRead, .productWrite]))
        for operation in OperationID.allCases {
            #expect(hasRequiredScopes(operation, granted: [.admin]))
        }
        // A token with every scope except the required ones is denied, for every management operation.
        for spec in OperationTable.all where spec.auth == .management && spec.requiredScopes != [.admin] {
            let others = ManagementScope.knownCases.filter { !spec.requiredScopes.contains($0) && $0 != .admin }
            #expect(!hasRequiredScopes(spec.id, granted: others), "\(spec.id) allowed without its scopes")
            #expect(hasRequiredScopes(spec.id, granted: spec.requiredScopes))
        }
    }

    @Test func idempotencyKeysAreRequiredWhereTheContractSaysSo() {
        let required = Set(OperationTable.all.filter(\.requiresIdempotencyKey).map(\.id))
        #expect(required == [
            .activateLicense, .consumeLicense, .deactivateLicense, .checkinFloatingLicense, .checkoutFloatingLicense,
            .renewLicense, .transferLicense, .issueMachineFile,
        ])
    }

    @Test func runtimeOperationsSignExceptOfflineIssuance() {
        for spec in OperationTable.all where spec.auth == .runtime {
            #expect(spec.signsResponse == (spec.id != .issueOfflineLicense), "\(spec.id)")
        }
    }

    @Test func everyOperationDocumentsItsErrorCodesConsistently() {
        for spec in OperationTable.all {
            for code in spec.errorCodes {
                #expect(code.httpStatus.map(spec.errorStatuses.contains) == true, "\(spec.id): \(code) not documented")
            }
        }
    }
}
