import Foundation
import LocksmithStorage

/// Command-line options of the storage benchmark.
struct BenchOptions {
    enum Backend: String {
        case sqlite, postgres
    }

    var backend = Backend.sqlite
    var tasks = 16
    var seconds = 10.0
    var warmupSeconds = 2.0
    var keys = 10_000
    var readers = 4
    var synchronous = SQLiteDatabase.Synchronous.normal
    var poolSize: Int?
    var url = ProcessInfo.processInfo.environment["LOCKSMITH_TEST_DATABASE_URL"]

    static let usage = """
        usage: StorageBench [--backend sqlite|postgres] [--tasks N] [--seconds S] [--warmup S] [--keys N]
                            [--readers N] [--synchronous normal|full] [--pool-size N] [--url postgres://…]
        PostgreSQL uses --url or LOCKSMITH_TEST_DATABASE_URL, in a schema of its own that is dropped afterwards.
        """

    init(arguments: [String]) throws {
        var arguments = arguments[...]
        func value(_ name: String) throws -> String {
            guard let value = arguments.popFirst() else { throw BenchError("\(name) needs a value\n\(Self.usage)") }
            return value
        }
        func number<T: LosslessStringConvertible>(_ name: String) throws -> T {
            guard let number = T(try value(name)) else { throw BenchError("\(name) needs a number\n\(Self.usage)") }
            return number
        }
        while let argument = arguments.popFirst() {
            switch argument {
            case "--backend":
                guard let backend = Backend(rawValue: try value(argument)) else { throw BenchError(Self.usage) }
                self.backend = backend
            case "--tasks": tasks = try number(argument)
            case "--seconds": seconds = try number(argument)
            case "--warmup": warmupSeconds = try number(argument)
            case "--keys": keys = try number(argument)
            case "--readers": readers = try number(argument)
            case "--synchronous":
                guard let synchronous = SQLiteDatabase.Synchronous(rawValue: try value(argument)) else { throw BenchError(Self.usage) }
                self.synchronous = synchronous
            case "--pool-size": poolSize = try number(argument)
            case "--url": url = try value(argument)
            case "--help", "-h":
                throw BenchError(Self.usage)
            default:
                throw BenchError("unknown argument \(argument)\n\(Self.usage)")
            }
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
