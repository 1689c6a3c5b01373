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
        .executable(name: "Generator", targets: ["Generator"]),
    ],
    targets: [
        // System libraries, linked through pkg-config; the providers are install hints.
        .systemLibrary(name: "CYAML", path: "Sources/CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        .systemLibrary(name: "CSodium", path: "Sources/CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"]), .brew(["libsodium"])]),
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"]), .brew(["libpq"])]),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),

        // openapi.yaml -> Sources/Generated
        .target(name: "GeneratorKit", dependencies: ["CYAML"], path: "Generator/GeneratorKit", swiftSettings: strictSettings),
        .executableTarget(name: "Generator", dependencies: ["GeneratorKit"], path: "Generator/CLI", swiftSettings: strictSettings),

        // Generated from openapi.yaml; Foundation only.
        // Generated files import Foundation publicly (its types appear in the API), so this target keeps
        // the default import visibility.
        .target(name: "LocksmithAPI", path: "Sources/Generated", swiftSettings: [.enableUpcomingFeature("ExistentialAny")]),

        // The library apps link: `import LocksmithSDK`. No system library, no server code.
        .target(name: "LocksmithSDK", dependencies: ["LocksmithAPI"], path: "Sources/SwiftSDK", swiftSettings: strictSettings),

        // Hand-written implementations of the generated handler protocols.
        .target(name: "LocksmithHandlers", dependencies: ["LocksmithAPI"], path: "Sources/Handlers", swiftSettings: strictSettings),

        .testTarget(name: "GeneratorTests", dependencies: ["GeneratorKit"], path: "Tests/GeneratorTests", swiftSettings: strictSettings),
        .testTarget(name: "LocksmithAPITests", dependencies: ["LocksmithAPI", "LocksmithSDK", "LocksmithHandlers", "GeneratorKit"], path: "Tests/LocksmithAPITests", swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
