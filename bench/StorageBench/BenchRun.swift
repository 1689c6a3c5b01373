import Dispatch
import LocksmithStorage

/// Runs the hot path from concurrent tasks until a deadline, timing each transaction.
struct BenchRun {
    var transactions = 0
    var seconds = 0.0
    /// Nanoseconds per transaction, sorted.
    var latencies: [UInt64] = []
    var errors: [String: Int] = [:]

    var transactionsPerSecond: Double { Double(transactions) / seconds }

    func percentileMilliseconds(_ percentile: Double) -> Double {
        guard !latencies.isEmpty else { return .nan }
        let index = min(latencies.count - 1, Int(Double(latencies.count) * percentile))
        return Double(latencies[index]) / 1_000_000
    }

    static func run(_ database: any Database, keyHashes: [[UInt8]], tasks: Int, seconds: Double) async -> BenchRun {
        let start = DispatchTime.now().uptimeNanoseconds
        let deadline = start + UInt64(seconds * 1_000_000_000)
        var total = BenchRun()
        await withTaskGroup(of: BenchRun.self) { group in
            for task in 0..<tasks {
                group.addTask {
                    var run = BenchRun()
                    var random = SplitMix64(seed: UInt64(task + 1) &* 0x1234_5678_9ABC_DEF1 ^ start)
                    run.latencies.reserveCapacity(Int(seconds) * 2_000)
                    while true {
                        let before = DispatchTime.now().uptimeNanoseconds
                        guard before < deadline else { break }
                        let key = keyHashes[Int(random.next() % UInt64(keyHashes.count))]
                        do {
                            try await HotPath.validate(database, keyHash: key, requestID: "req-\(task)-\(run.transactions)")
                            run.latencies.append(DispatchTime.now().uptimeNanoseconds - before)
                            run.transactions += 1
                        } catch {
                            run.errors["\((error as? StorageError)?.kind ?? .other)", default: 0] += 1
                        }
                    }
                    return run
                }
            }
            for await run in group {
                total.transactions += run.transactions
                total.latencies += run.latencies
                total.errors.merge(run.errors, uniquingKeysWith: +)
            }
        }
        total.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000_000
        total.latencies.sort()
        return total
    }
}

/// A tiny, fast generator: the benchmark must not measure the system random source.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
