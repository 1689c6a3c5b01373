import CSQLite
import Foundation
import NIOPosix

/// Copies the WAL back into the database file on a background thread, so that commits do not pay for it.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses the threshold: that commit then writes a
/// thousand pages and syncs two files, which on a virtual disk halves the writer's throughput and puts
/// 20 ms stalls in its p99. Here the writer's WAL hook only signals this thread, which runs PASSIVE
/// checkpoints on its own connection while the writer keeps appending.
///
/// A passive checkpoint that races a busy writer never catches up with the WAL's end, and SQLite only
/// rewinds the WAL once everything in it was copied back. So past `inlineFrames` the writer checkpoints
/// itself, as SQLite would: by then only the frames since the last background run are left to copy.
final class SQLiteCheckpointer: @unchecked Sendable {
    /// WAL frames (pages) not yet copied back that make the background thread run.
    static let backgroundFrames: Int32 = 1_000
    /// WAL size in frames past which the writer checkpoints in its own commit, letting the WAL rewind.
    static let inlineFrames: Int32 = 10_000

    private let path: String
    private let busyTimeoutMilliseconds: Int32
    /// Opened on first use, and only used, on `thread`.
    private var connection: SQLiteConnection?
    private let thread = NIOThreadPool(numberOfThreads: 1)
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var isRequested = false
    private var isStopped = false
    private var checkpointedFrames: Int32 = 0

    init(path: String, busyTimeoutMilliseconds: Int32) {
        self.path = path
        self.busyTimeoutMilliseconds = busyTimeoutMilliseconds
        thread.start()
        thread.submit { [self] _ in run() }
    }

    /// Called on the writer's thread after each commit, with the number of frames in the WAL.
    func committed(walFrames: Int32, writer: OpaquePointer) {
        if walFrames >= Self.inlineFrames {
            sqlite3_wal_checkpoint_v2(writer, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            return
        }
        condition.lock()
        defer { condition.unlock() }
        if walFrames < checkpointedFrames {
            checkpointedFrames = 0  // The WAL was rewound.
        }
        if walFrames - checkpointedFrames >= Self.backgroundFrames, !isRequested {
            isRequested = true
            condition.signal()
        }
    }

    /// Stops the thread after the checkpoint in progress, if any, and closes the connection.
    func stop() async {
        requestStop()
        try? await thread.shutdownGracefully()
        connection?.close()
    }

    /// Makes the thread exit without waiting for it, for a database released without `close()`.
    func requestStop() {
        condition.lock()
        isStopped = true
        condition.signal()
        condition.unlock()
        thread.shutdownGracefully { _ in }
    }

    private func run() {
        while true {
            condition.lock()
            while !isRequested, !isStopped {
                condition.wait()
            }
            isRequested = false
            let stopped = isStopped
            condition.unlock()
            if stopped { return }
            // Failing to open only postpones the checkpoint to the next request; the WAL stays correct.
            connection = connection ?? (try? SQLiteConnection(path: path, role: .checkpointer, busyTimeoutMilliseconds: busyTimeoutMilliseconds))
            if let frames = connection?.checkpointPassive() {
                condition.lock()
                checkpointedFrames = frames
                condition.unlock()
            }
        }
    }
}

/// The WAL hook the writer connection installs; `context` is its unretained `SQLiteCheckpointer`.
let sqliteWALHook: @convention(c) (UnsafeMutableRawPointer?, OpaquePointer?, UnsafePointer<CChar>?, Int32) -> Int32 = {
    context, writer, _, frames in
    if let context, let writer {
        Unmanaged<SQLiteCheckpointer>.fromOpaque(context).takeUnretainedValue().committed(walFrames: frames, writer: writer)
    }
    return SQLITE_OK
}
