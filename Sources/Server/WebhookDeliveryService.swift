import LocksmithHandlers
import Logging
import ServiceLifecycle

/// Runs this process's webhook worker for as long as the server runs.
///
/// When the server begins to stop it claims nothing more and lets the attempts in flight finish (each ends within its
/// time-out) before the database closes; a process killed outright leaves its claimed deliveries to be attempted again
/// when their claims run out.
struct WebhookDeliveryService: Service {
    let worker: WebhookWorker

    func run() async throws {
        await worker.run(
            shouldStop: { Task.isShuttingDownGracefully || Task.isCancelled },
            sleep: { duration in try? await cancelWhenGracefulShutdown { try await Task.sleep(for: duration) } })
    }
}
