import LocksmithStorage
import LocksmithTestSupport
import Testing

@Suite("Constraint violations are mapped to kinds and named")
struct ConstraintErrorTests {
    @Test(arguments: TestBackend.available)
    func uniqueIndexViolationNamesTheIndex(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            try await database.write { try $0.execute("INSERT INTO items (id, name) VALUES (1, $1)", "secret-value") }
            let error = try #require(await storageError {
                try await database.write { try $0.execute("INSERT INTO items (id, name) VALUES (2, $1)", "secret-value") }
            })
            #expect(error.kind == .uniqueViolation)
            #expect(error.constraint == "items_name_idx")
            #expect(!error.description.contains("secret-value"))
        }
    }

    @Test(arguments: TestBackend.available)
    func inlineUniqueConstraintGetsPostgresDefaultName(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            try await database.write { try $0.execute("INSERT INTO owners (id, email) VALUES (1, $1)", "a@example.com") }
            let error = try #require(await storageError {
                try await database.write { try $0.execute("INSERT INTO owners (id, email) VALUES (2, $1)", "a@example.com") }
            })
            #expect(error.kind == .uniqueViolation)
            #expect(error.constraint == "owners_email_key")
            #expect(!error.message.contains("a@example.com"))
        }
    }

    @Test(arguments: TestBackend.available)
    func primaryKeyViolation(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            try await database.write { try $0.execute("INSERT INTO owners (id, email) VALUES (1, 'a')") }
            let error = try #require(await storageError {
                try await database.write { try $0.execute("INSERT INTO owners (id, email) VALUES (1, 'b')") }
            })
            #expect(error.kind == .uniqueViolation)
            #expect(error.constraint == "owners_pkey")
        }
    }

    @Test(arguments: TestBackend.available)
    func foreignKeyViolation(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            let error = try #require(await storageError {
                try await database.write { try $0.execute("INSERT INTO pets (id, owner_id, name) VALUES (1, 99, 'rex')") }
            })
            #expect(error.kind == .foreignKeyViolation)
            switch backend {
            case .postgres: #expect(error.constraint == "pets_owner_id_fkey")
            case .sqlite: #expect(error.constraint == nil)  // SQLite does not say which foreign key failed.
            }
            #expect(try await database.read { try $0.query("SELECT id FROM pets") }.isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func checkAndNotNullViolations(backend: TestBackend) async throws {
        try await withTestDatabase(backend, migrations: TestSchema.migrations) { database in
            try await database.write { try $0.execute("INSERT INTO owners (id, email) VALUES (1, 'a')") }
            let check = try #require(await storageError {
                try await database.write { try $0.execute("INSERT INTO pets (id, owner_id, name) VALUES (1, 1, '')") }
            })
            #expect(check.kind == .checkViolation)
            #expect(check.constraint == "pets_name_check")

            let notNull = try #require(await storageError {
                try await database.write { try $0.execute("INSERT INTO pets (id, owner_id, name) VALUES (1, 1, $1)", String?.none) }
            })
            #expect(notNull.kind == .checkViolation)
            #expect(notNull.constraint == "name")
        }
    }

    @Test(arguments: TestBackend.available)
    func syntaxErrorsAreOther(backend: TestBackend) async throws {
        try await withTestDatabase(backend) { database in
            let error = try #require(await storageError { try await database.read { try $0.query("SELEC 1") } })
            #expect(error.kind == .other)
            let missing = try #require(await storageError { try await database.read { try $0.query("SELECT * FROM nowhere") } })
            #expect(missing.kind == .other)
        }
    }

    @Test
    func postgresDataExceptionsDoNotEchoTheValue() async throws {
        guard TestBackend.available.contains(.postgres) else { return }
        try await withTestDatabase(.postgres, migrations: TestSchema.migrations) { database in
            let error = try #require(await storageError {
                try await database.write { try $0.execute("INSERT INTO counters (id, value) VALUES ($1, 1)", "lsk_secret") }
            })
            #expect(error.kind == .other)
            #expect(error.message.contains("invalid input syntax"))
            #expect(!error.description.contains("lsk_secret"))
        }
    }
}
