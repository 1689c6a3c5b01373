import Foundation
import GeneratorKit

/// `swift run Generator [--spec openapi.yaml] [--output Sources/Generated] [--check]`
///
/// Rewrites the output directory so that it holds exactly the generated files. With `--check` nothing is
/// written; the exit status says whether the directory is up to date. A spec with problems writes nothing and
/// reports every problem, one `error: <json pointer> (line:col): message` line each.
struct Options {
    var spec = "openapi.yaml"
    var output = "Sources/Generated"
    var check = false

    init(arguments: [String]) throws {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--spec": spec = try Self.value(after: argument, &iterator)
            case "--output": output = try Self.value(after: argument, &iterator)
            case "--check": check = true
            case "-h", "--help":
                print("""
                    usage: swift run Generator [--spec FILE] [--output DIR] [--check]
                      --spec FILE   the contract to read (default: openapi.yaml)
                      --output DIR  the directory that is to hold exactly the generated files (default: Sources/Generated)
                      --check       write nothing; exit with status 1 when DIR is out of date
                    """)
                exit(0)
            default: throw Pipeline.Failure(description: "unknown argument '\(argument)'")
            }
        }
    }

    private static func value(after flag: String, _ iterator: inout IndexingIterator<[String]>) throws -> String {
        guard let value = iterator.next() else { throw Pipeline.Failure(description: "\(flag) needs a value") }
        return value
    }
}

let started = Date()
do {
    let options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
    let files = try GeneratorRun.generate(specPath: options.spec)
    let changes = try GeneratorRun.differences(files, in: options.output)
    if options.check {
        if changes.isEmpty {
            print("\(options.output) is up to date (\(files.count) files)")
        } else {
            FileHandle.standardError.write(Data(("out of date: " + changes.joined(separator: ", ") + "\nrun: swift run Generator\n").utf8))
            exit(1)
        }
    } else {
        try GeneratorRun.write(files, to: options.output)
        let elapsed = String(format: "%.2f", Date().timeIntervalSince(started))
        print("wrote \(files.count) files to \(options.output) (\(changes.count) changed) in \(elapsed) s")
    }
} catch let failure as Pipeline.Failure {
    let lines = failure.problems.map { "error: \($0)\n" }.joined()
    let summary = failure.problems.count > 1 ? "\(failure.problems.count) problems\n" : ""
    FileHandle.standardError.write(Data((lines + summary).utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
