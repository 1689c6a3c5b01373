// swift-tools-version: 6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Locksmith",
    platforms: [.macOS(.v14), .iOS(.v17), .tvOS(.v17), .watchOS(.v10)],
    products: [
        .library(name: "LocksmithSDK", targets: ["LocksmithSDK"]),
        .executable(name: "locksmith", targets: ["locksmith"]),
        .executable(name: "Generator", targets: ["Generator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.8.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing.git", from: "1.7.3"),
        // OTLP over HTTP only: the default traits would also build gRPC, which nothing here uses.
        .package(url: "https://github.com/swift-otel/swift-otel.git", from: "1.6.0", traits: ["OTLPHTTP"]),
    ],
    targets: [
        // System libraries, linked through pkg-config; the providers are install hints.
        .systemLibrary(name: "CYAML", path: "Sources/CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        .systemLibrary(name: "CSodium", path: "Sources/CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"]), .brew(["libsodium"])]),
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"]), .brew(["libpq"])]),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
        // Cairo and Pango render PDF report exports (server only; the SDK links no system library).
        .systemLibrary(
            name: "CCairoPango", path: "Sources/CCairoPango", pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev", "fonts-dejavu-core"]), .brew(["pango"])]),

        // openapi.yaml -> Sources/Generated
        .target(name: "GeneratorKit", dependencies: ["CYAML"], path: "Generator/GeneratorKit", swiftSettings: strictSettings),
        .executableTarget(name: "Generator", dependencies: ["GeneratorKit"], path: "Generator/CLI", swiftSettings: strictSettings),

        // The hand-written support that generated code uses (JSON, RFC 3339, transport, dispatch, validation,
        // open enums), as swift-openapi-runtime is to swift-openapi-generator's output. Foundation only.
        .target(name: "LocksmithAPIRuntime", path: "Sources/APIRuntime", swiftSettings: strictSettings),

        // Generated from openapi.yaml, and nothing else; re-exports LocksmithAPIRuntime. Generated files import
        // Foundation publicly (its types appear in the API), so this target keeps the default import visibility.
        // Targets that use the runtime's types list LocksmithAPIRuntime beside LocksmithAPI: a change to the runtime
        // alone leaves LocksmithAPI's module file as it was, and SwiftPM only rebuilds a target when the module
        // files of its direct dependencies change.
        .target(
            name: "LocksmithAPI", dependencies: ["LocksmithAPIRuntime"], path: "Sources/Generated",
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]),

        // The library apps link: `import LocksmithSDK`. No system library, no server code.
        .target(
            name: "LocksmithSDK", dependencies: ["LocksmithAPI", "LocksmithAPIRuntime", .product(name: "Crypto", package: "swift-crypto")],
            path: "Sources/SwiftSDK", swiftSettings: strictSettings),

        // Server side: libsodium wrappers, the SQLite/PostgreSQL storage layer, handlers, the HTTP server.
        // libsodium for everything it does on every host; swift-crypto for AES-256-GCM (which libsodium 1.0.18 only offers
        // with AES-NI) and HKDF, for offline licenses and files, and its CryptoExtras for RSA token keys. jwt-kit signs and
        // verifies license tokens (JWT) in the handlers.
        .target(
            name: "LocksmithCrypto",
            dependencies: [
                "CSodium", .product(name: "Crypto", package: "swift-crypto"), .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            path: "Sources/Crypto", swiftSettings: strictSettings),
        .target(
            name: "LocksmithStorage",
            dependencies: [
                "CSQLite", "CLibPQ", .product(name: "NIOPosix", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ],
            path: "Sources/Storage", swiftSettings: strictSettings),
        .target(
            name: "LocksmithHandlers",
            dependencies: [
                "LocksmithAPI", "LocksmithAPIRuntime", "LocksmithCrypto", "LocksmithStorage", "CCairoPango",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ],
            path: "Sources/Handlers", swiftSettings: strictSettings),
        .target(
            name: "LocksmithServer",
            dependencies: [
                "LocksmithAPI", "LocksmithAPIRuntime", "LocksmithHandlers", "LocksmithStorage", "LocksmithCrypto",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ],
            path: "Sources/Server", swiftSettings: strictSettings),
        // Every module the command line imports is listed, so that SwiftPM recompiles it when one of them changes (a
        // generated enum that gained a case once left it with a stale layout).
        .executableTarget(
            name: "locksmith",
            dependencies: [
                "LocksmithServer", "LocksmithHandlers", "LocksmithAPI", "LocksmithStorage", "LocksmithCrypto",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "OTel", package: "swift-otel"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Sources/locksmith", swiftSettings: strictSettings),
        // The example app of the README: built with everything else, against the SDK alone.
        .executableTarget(name: "LicenseCheck", dependencies: ["LocksmithSDK"], path: "Examples/LicenseCheck", swiftSettings: strictSettings),
        .executableTarget(
            name: "StorageBench", dependencies: ["LocksmithStorage"], path: "bench/StorageBench", swiftSettings: strictSettings),

        .testTarget(name: "GeneratorTests", dependencies: ["GeneratorKit"], path: "Tests/GeneratorTests", swiftSettings: strictSettings),
        .testTarget(
            name: "LocksmithAPITests", dependencies: ["LocksmithAPI", "LocksmithAPIRuntime", "LocksmithSDK", "LocksmithHandlers", "GeneratorKit"],
            path: "Tests/LocksmithAPITests", swiftSettings: strictSettings),
        .testTarget(name: "CryptoTests", dependencies: ["LocksmithCrypto"], path: "Tests/CryptoTests", swiftSettings: strictSettings),
        // Test helpers shared by the suites that need a database on both backends.
        .target(name: "LocksmithTestSupport", dependencies: ["LocksmithStorage"], path: "Tests/TestSupport", swiftSettings: strictSettings),
        .testTarget(
            name: "StorageTests", dependencies: ["LocksmithStorage", "LocksmithTestSupport"], path: "Tests/StorageTests",
            swiftSettings: strictSettings),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "LocksmithServer", "LocksmithHandlers", "LocksmithSDK", "LocksmithAPI", "LocksmithAPIRuntime", "LocksmithTestSupport",
                "LocksmithStorage", "LocksmithCrypto",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            path: "Tests/ServerTests", swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
