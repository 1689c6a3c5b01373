// LicenseCheck: what an app does with a Locksmith license key, from the command line.
//
//   LicenseCheck activate  --server URL --product CODE --key lsk_… [--account ID] [--offline-file license.json]
//   LicenseCheck validate  --server URL --product CODE --key lsk_… [--account ID]
//   LicenseCheck offline   --product CODE --key lsk_… --offline-file license.json --public-key KID=BASE64 [--account ID]
//
// `activate` registers this machine, verifies the signed answer and, with --offline-file, stores an offline
// license; `validate` checks the license online; `offline` opens the stored license with no network at all.
// `--product` is the code of the product this app is: a license of another product is refused, by the server and
// by the SDK. `--account` is the vendor account whose keys the app trusts: answers signed for another vendor on the
// same server are refused.
import Foundation
import LocksmithSDK

struct Arguments {
    var command = ""
    var server: URL?
    var key = ""
    var product = ""
    var account: String?
    var offlineFile: URL?
    var pinned: [String: String] = [:]

    init(_ arguments: [String]) throws {
        var rest = arguments.makeIterator()
        command = rest.next() ?? ""
        while let flag = rest.next() {
            guard let value = rest.next() else { throw UsageError("\(flag) needs a value") }
            switch flag {
            case "--server": server = URL(string: value)
            case "--key": key = value
            case "--product": product = value
            case "--account": account = value
            case "--offline-file": offlineFile = URL(fileURLWithPath: value)
            case "--public-key":
                let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { throw UsageError("--public-key takes KID=BASE64") }
                pinned[parts[0]] = parts[1]
            default: throw UsageError("unknown option \(flag)")
            }
        }
        guard !key.isEmpty else { throw UsageError("--key is required") }
        guard !product.isEmpty else { throw UsageError("--product is required: the code of the product this app is") }
    }
}

struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A stable identifier of this machine; a real app would use the platform's hardware id.
func fingerprint() -> String {
    "licensecheck-" + ProcessInfo.processInfo.hostName
}

func runtimeClient(_ arguments: Arguments) throws -> RuntimeClient {
    guard let server = arguments.server else { throw UsageError("--server is required") }
    let transport = URLSessionTransport(baseURL: server)
    let keys = PublicKeyStore(system: SystemClient(transport: transport), account: arguments.account)
    return RuntimeClient(licenseKey: arguments.key, product: arguments.product, transport: transport, verification: .keys(keys))
}

func describe(_ data: RuntimeEntitlementResponseData) -> String {
    let features = data.features.map(\.code).joined(separator: ", ")
    return "license \(data.licenseID) is \(data.status) on device \(data.deviceID); features: \(features.isEmpty ? "none" : features)"
}

func run(_ arguments: Arguments) async throws {
    switch arguments.command {
    case "activate":
        let runtime = try runtimeClient(arguments)
        let binding = RuntimeBindingRequest(fingerprint: fingerprint(), hostname: ProcessInfo.processInfo.hostName)
        let answer = try await runtime.activateLicense(binding)
        print("activated and verified (key \(answer.signature.kid)): \(describe(answer.data))")
        if let file = arguments.offlineFile {
            let envelope = try await runtime.issueOfflineLicense(binding).data
            try JSONEncoder().encode(envelope).write(to: file)
            print("offline license stored in \(file.path)")
        }
    case "validate":
        let answer = try await runtimeClient(arguments).validateLicense(RuntimeBindingRequest(fingerprint: fingerprint()))
        print("valid and verified: \(describe(answer.data))")
    case "offline":
        guard let file = arguments.offlineFile else { throw UsageError("--offline-file is required") }
        guard !arguments.pinned.isEmpty else { throw UsageError("--public-key KID=BASE64 is required offline") }
        let envelope = try JSONDecoder().decode(OfflineEnvelope.self, from: Data(contentsOf: file))
        let keys = try PublicKeyStore(pinned: arguments.pinned, account: arguments.account)
        let license = try await OfflineLicense.open(envelope, licenseKey: arguments.key, keys: keys, product: arguments.product)
        print("offline license \(license.data.licenseID) valid until \(license.data.offlineValidUntil)")
    default:
        throw UsageError("commands: activate, validate, offline")
    }
}

do {
    try await run(Arguments(Array(CommandLine.arguments.dropFirst())))
} catch let error as LocksmithError {
    FileHandle.standardError.write(Data("refused: \(error)\n".utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("LicenseCheck: \(error)\n".utf8))
    exit(2)
}
