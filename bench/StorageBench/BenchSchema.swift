import LocksmithStorage

/// The tables of the runtime hot path: licenses looked up by keyed hash, the rows they point to, and the
/// append-only activity ledger.
enum BenchSchema {
    static let migrations = [
        Migration(
            version: 1, name: "runtime hot path",
            statements: [
                "CREATE TABLE products (id {{bigint}} PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL)",
                "CREATE TABLE customers (id {{bigint}} PRIMARY KEY, email TEXT NOT NULL, name TEXT NOT NULL)",
                """
                CREATE TABLE licenses (
                    id {{bigint}} PRIMARY KEY,
                    key_hash {{blob}} NOT NULL,
                    product_id {{bigint}} NOT NULL REFERENCES products (id),
                    customer_id {{bigint}} NOT NULL REFERENCES customers (id),
                    status TEXT NOT NULL,
                    max_activations {{bigint}} NOT NULL,
                    expires_at {{bigint}},
                    validations {{bigint}} NOT NULL DEFAULT 0,
                    last_seen_at {{bigint}}
                )
                """,
                "CREATE UNIQUE INDEX licenses_key_hash_idx ON licenses (key_hash)",
                """
                CREATE TABLE devices (
                    id {{bigint}} PRIMARY KEY,
                    license_id {{bigint}} NOT NULL REFERENCES licenses (id),
                    fingerprint TEXT NOT NULL,
                    last_seen_at {{bigint}}
                )
                """,
                """
                CREATE TABLE activity (
                    id {{serial_primary_key}},
                    license_id {{bigint}} NOT NULL,
                    product_id {{bigint}} NOT NULL,
                    customer_id {{bigint}} NOT NULL,
                    device_id {{bigint}},
                    kind TEXT NOT NULL,
                    result TEXT NOT NULL,
                    occurred_at {{bigint}} NOT NULL,
                    request_id TEXT NOT NULL,
                    ip TEXT,
                    user_agent TEXT,
                    detail TEXT,
                    quantity {{bigint}} NOT NULL
                )
                """,
                "CREATE INDEX activity_license_idx ON activity (license_id, occurred_at)",
            ])
    ]

    static let products = 100
    static let customers = 2_000

    /// Inserts `keys` licenses (one device each) with deterministic 32-byte key hashes, in batches.
    static func seed(_ database: any Database, keys: Int) async throws {
        try await database.write { connection in
            for id in 1...products {
                try connection.execute("INSERT INTO products (id, code, name) VALUES ($1, $2, $3)", id, "product-\(id)", "Product \(id)")
            }
            for id in 1...customers {
                try connection.execute(
                    "INSERT INTO customers (id, email, name) VALUES ($1, $2, $3)", id, "customer\(id)@example.com", "Customer \(id)")
            }
        }
        let batch = 1_000
        for start in stride(from: 1, through: keys, by: batch) {
            let end = min(start + batch - 1, keys)
            try await database.write { connection in
                for id in start...end {
                    try connection.execute(
                        """
                        INSERT INTO licenses (id, key_hash, product_id, customer_id, status, max_activations, expires_at)
                        VALUES ($1, $2, $3, $4, 'active', 5, NULL)
                        """, id, keyHash(id), id % products + 1, id % customers + 1)
                    try connection.execute(
                        "INSERT INTO devices (id, license_id, fingerprint) VALUES ($1, $1, $2)", id, "device-fingerprint-\(id)")
                }
            }
        }
    }

    /// A stand-in for the keyed BLAKE2b hash of license `id`'s key: 32 well-mixed bytes (splitmix64).
    static func keyHash(_ id: Int) -> [UInt8] {
        var state = UInt64(id) &* 0x9E37_79B9_7F4A_7C15
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for _ in 0..<4 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            mixed ^= mixed >> 31
            withUnsafeBytes(of: mixed.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return bytes
    }
}
