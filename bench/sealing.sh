#!/usr/bin/env bash
# What sealing a stored idempotent response costs (`MasterKey.seal`/`open` with `.idempotentResponse`: libsodium's
# crypto_secretbox under a derived subkey, a fresh random nonce per seal), per response size, in an optimised build
# of LocksmithCrypto's own sources. Every request with an Idempotency-Key seals its response once; a replay opens it.
#
#   bench/sealing.sh [iterations, default 100000]
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

iterations=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/main.swift" <<SWIFT
import Foundation

let key = MasterKey.generate()
let clock = ContinuousClock()
// A signed floating checkout's envelope is about 900 bytes; the larger sizes stand for management answers.
for size in [900, 4096, 65536] {
    let body = [UInt8](repeating: 0x61, count: size)
    let iterations = max(1, $iterations * 900 / size)
    var sealed: [UInt8] = []
    let sealing = clock.measure { for _ in 0..<iterations { sealed = key.seal(body, for: .idempotentResponse) } }
    var opened: [UInt8] = []
    let opening = clock.measure { for _ in 0..<iterations { opened = try! key.open(sealed, for: .idempotentResponse) } }
    precondition(opened == body)
    func perCall(_ duration: Duration) -> String { String(format: "%.1f", Double(duration / .nanoseconds(1)) / Double(iterations) / 1000) }
    print("\(size) bytes: seal \(perCall(sealing)) µs, open \(perCall(opening)) µs")
}
SWIFT
# OfflineSeal.swift is swift-crypto's, which sealing does not use.
sources=$(ls Sources/Crypto/*.swift | grep -v OfflineSeal.swift)
swiftc -O -swift-version 6 -module-name SealingBench -I Sources/CSodium $sources "$work/main.swift" -o "$work/sealing"
"$work/sealing"
