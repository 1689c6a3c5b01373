import Testing
@testable import LocksmithStorage

/// The settings a scope puts in place on PostgreSQL, inlined into `SET LOCAL`.
@Suite struct TenantScopeTests {
    @Test func settingsAreInlinedSafely() throws {
        #expect(try TenantScope.none.postgresSetting() == nil)
        #expect(try TenantScope.account("acc_default").postgresSetting() == "SET LOCAL locksmith.account_id = 'acc_default'")
        let hash: [UInt8] = [0x00, 0x01, 0x7f, 0x80, 0xab, 0xff] + Array(repeating: 0x5a, count: 26)
        #expect(try TenantScope.credential(hash).postgresSetting()
            == "SET LOCAL locksmith.credential_hash = '00017f80abff" + String(repeating: "5a", count: 26) + "'")
        #expect(throws: StorageError.self) { try TenantScope.account("acc'; DROP TABLE licenses; --").postgresSetting() }
    }

    @Test func theAccountPlaceholderIsSubstitutedEverywhere() {
        #expect(TenantConnection.substituting(accountWith: "$3", in: "SELECT 1 WHERE a = $1") == nil)
        #expect(TenantConnection.substituting(accountWith: "$3", in: "WHERE a = $account AND b IN ($1, $2) AND c = $account")
            == "WHERE a = $3 AND b IN ($1, $2) AND c = $3")
        #expect(TenantConnection.substituting(accountWith: "$2", in: "$account") == "$2")
        #expect(TenantConnection.substituting(accountWith: "$2", in: "x = $acc OR y = $ OR z = $account$") == "x = $acc OR y = $ OR z = $2$")
        #expect(TenantConnection.substituting(accountWith: "$9", in: "café = $account, 'ü'") == "café = $9, 'ü'")
    }
}
