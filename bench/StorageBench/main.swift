import Foundation
import LocksmithStorage
import Logging

// Measures the server's runtime hot path (one transaction: a lookup by keyed hash, three primary-key reads,
// an append to the activity ledger, a counter update) from concurrent tasks. Run bench/storage.sh.

let options: BenchOptions
do {
    options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(2)
}

var logger = Logger(label: "locksmith.bench")
logger.logLevel = .warning

do {
    let target = try await BenchTarget.open(options, logger: logger)
    do {
        _ = try await Migrator(migrations: BenchSchema.migrations).apply(on: target.database, logger: logger)
        try await BenchSchema.seed(target.database, keys: options.keys)
        let keyHashes = (1...options.keys).map(BenchSchema.keyHash)

        let warmup = await BenchRun.run(target.database, keyHashes: keyHashes, tasks: options.tasks, seconds: options.warmupSeconds)
        let run = await BenchRun.run(target.database, keyHashes: keyHashes, tasks: options.tasks, seconds: options.seconds)

        // The numbers only count if every transaction really wrote: the ledger and counters must match.
        let committed = warmup.transactions + run.transactions
        let (ledger, validations) = try await target.database.read { connection in
            (
                try connection.queryOne("SELECT COUNT(*) AS n FROM activity")?.int("n") ?? -1,
                try connection.queryOne("SELECT SUM(validations) AS n FROM licenses")?.double("n") ?? -1
            )
        }
        guard ledger == committed, Int(validations) == committed else {
            throw BenchError("verification failed: \(committed) transactions, \(ledger) ledger rows, \(Int(validations)) validations")
        }

        let errors = run.errors.isEmpty ? "none" : run.errors.map { "\($0.key): \($0.value)" }.sorted().joined(separator: ", ")
        print(
            String(
                format: "%@ | %d tasks, %d keys, %.0f s | %.0f tx/s | p50 %.2f ms | p99 %.2f ms | errors: %@ | verified %d rows",
                target.description, options.tasks, options.keys, options.seconds, run.transactionsPerSecond,
                run.percentileMilliseconds(0.50), run.percentileMilliseconds(0.99), errors, committed))
        await target.cleanUp()
    } catch {
        await target.cleanUp()
        throw error
    }
} catch {
    FileHandle.standardError.write(Data("StorageBench: \(error)\n".utf8))
    exit(1)
}
