import Foundation
import LocksmithHandlers
import LocksmithServer
import LocksmithTestSupport
import Testing

/// How an operator sets the limits: flags over environment variables over the defaults, and an account's own figures
/// from the command line.
@Suite struct LimitsConfigurationTests {
    @Test func limitsComeFromFlagsOverEnvironmentOverDefaults() throws {
        let defaults = try ServerConfiguration.resolve(environment: [:])
        #expect(defaults.limits == Limits() && defaults.limits.enabled && defaults.warnings.isEmpty)
        #expect(defaults.limits.rates[.runtimeKey] == [RateWindow(quota: 600, seconds: 60, burst: 20)])
        #expect(defaults.limits.rates[.runtimeAddress] == [RateWindow(quota: 6000, seconds: 60, burst: 100)])
        #expect(defaults.limits.rates[.failedKeys] == [RateWindow(quota: 20, seconds: 60)])
        #expect(defaults.limits.rates[.anonymous] == [RateWindow(quota: 600, seconds: 60, burst: 20)])
        #expect(defaults.limits.rates[.managementKey] == [RateWindow(quota: 3000, seconds: 60, burst: 50)])
        #expect(defaults.limits.rates[.accountRuntime] == [RateWindow(quota: 6000, seconds: 60, burst: 200)])
        #expect(defaults.limits.rates[.accountManagement] == [RateWindow(quota: 30000, seconds: 60, burst: 500)])
        #expect(defaults.limits.maxWebhookEndpoints == 20 && defaults.limits.maxQueuedExports == 10)

        let environment = [
            "LOCKSMITH_RATE_LIMIT_RUNTIME_KEY": "100/m", "LOCKSMITH_RATE_LIMIT_ANONYMOUS": "0", "LOCKSMITH_MAX_WEBHOOK_ENDPOINTS": "5",
            "LOCKSMITH_RATE_LIMIT_MANAGEMENT_KEY": "10/s,100/m,1000/h", "LOCKSMITH_MAX_QUEUED_EXPORTS": "0",
        ]
        let fromEnvironment = try ServerConfiguration.resolve(environment: environment)
        #expect(fromEnvironment.limits.rates[.runtimeKey] == [RateWindow(quota: 100, seconds: 60)])
        #expect(fromEnvironment.limits.rates[.anonymous] == [])
        #expect(fromEnvironment.limits.rates[.managementKey]?.map(\.seconds) == [1, 60, 3600])
        #expect(fromEnvironment.limits.maxWebhookEndpoints == 5 && fromEnvironment.limits.maxQueuedExports == 0)
        let flags = try ServerConfiguration.resolve(
            rateLimitPolicies: [.runtimeKey: "50/m,burst=5"], maxWebhookEndpoints: 7, environment: environment)
        #expect(flags.limits.rates[.runtimeKey] == [RateWindow(quota: 50, seconds: 60, burst: 5)] && flags.limits.maxWebhookEndpoints == 7)

        let off = try ServerConfiguration.resolve(rateLimits: "off", environment: [:])
        #expect(!off.limits.enabled && off.warnings.contains { $0.contains("--rate-limits off") })
        #expect(try !ServerConfiguration.resolve(environment: ["LOCKSMITH_RATE_LIMITS": "OFF"]).limits.enabled)
        #expect(try ServerConfiguration.resolve(rateLimits: "on", environment: ["LOCKSMITH_RATE_LIMITS": "off"]).limits.enabled)

        #expect(throws: ConfigurationError.self) { _ = try ServerConfiguration.resolve(rateLimits: "maybe", environment: [:]) }
        #expect(throws: ConfigurationError.self) {
            _ = try ServerConfiguration.resolve(environment: ["LOCKSMITH_RATE_LIMIT_FAILED_KEYS": "20 a minute"])
        }
        #expect(throws: ConfigurationError.self) { _ = try ServerConfiguration.resolve(environment: ["LOCKSMITH_MAX_QUEUED_EXPORTS": "-1"]) }
    }

    @Test func everyPolicyHasAFlagAndAVariable() {
        #expect(RateLimitPolicy.allCases.map(\.flag) == [
            "rate-limit-anonymous", "rate-limit-runtime-address", "rate-limit-failed-keys", "rate-limit-runtime-key",
            "rate-limit-management-key", "rate-limit-account-runtime", "rate-limit-account-management",
        ])
        #expect(RateLimitPolicy.runtimeAddress.environmentVariable == "LOCKSMITH_RATE_LIMIT_RUNTIME_ADDRESS")
    }

    @Test func anAccountsOwnLimitsAreSetShownAndResetFromTheCommandLine() async throws {
        let database = try await TestDatabase.make(.sqlite)
        let directory = ["--data-dir", database.dataDirectory + "/limits"]
        #expect(try await LocksmithCommand.run(["init"] + directory).status == 0)
        let set = try await LocksmithCommand.run(
            ["accounts", "limits", "acc_default", "--account-runtime", "60000/m,burst=2000", "--webhook-endpoints", "50"] + directory)
        #expect(set.status == 0, "\(set.output)")
        #expect(set.standardOutput.contains("account-runtime  60000/m,burst=2000  (account)"), "\(set.output)")
        #expect(set.standardOutput.contains("runtime-key  600/m,burst=20  (server)") && set.standardOutput.contains("webhook-endpoints  50  (account)"))
        let shown = try await LocksmithCommand.run(["accounts", "limits", "acc_default"] + directory)
        #expect(shown.standardOutput == set.standardOutput)
        let one = try await LocksmithCommand.run(["accounts", "limits", "acc_default", "--account-runtime", "default"] + directory)
        #expect(one.standardOutput.contains("account-runtime  6000/m,burst=200  (server)") && one.standardOutput.contains("webhook-endpoints  50  (account)"))
        let reset = try await LocksmithCommand.run(["accounts", "limits", "acc_default", "--reset"] + directory)
        #expect(!reset.standardOutput.contains("(account)"), "\(reset.output)")
        let bad = try await LocksmithCommand.run(["accounts", "limits", "acc_default", "--runtime-key", "fast"] + directory)
        #expect(bad.status == 1 && bad.standardError.contains("--runtime-key"), "\(bad.output)")
        let missing = try await LocksmithCommand.run(["accounts", "limits", "acc_missing"] + directory)
        #expect(missing.status == 1 && missing.standardError.contains("no account with id 'acc_missing'"), "\(missing.output)")
        await database.destroy()
    }
}
