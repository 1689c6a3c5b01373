#!/usr/bin/env python3
"""Where a server's CPU goes, by area: reads `perf script` output of a `perf record -g` capture and charges each
sample to the first area (in the order below) that any frame of its stack belongs to. Async frames lose their
callers at each suspension, so a sample is charged by what is on its own stack; what is left falls to the library
or the kernel it ran in.

    bench/perf_areas.py perf.data [AREA]   # AREA: also list that area's hottest leaf functions
"""
import collections
import re
import subprocess
import sys

AREAS = [
    ("Ed25519 signing (libsodium)", lambda s, d: "libsodium" in d),
    ("SQLite", lambda s, d: "libsqlite3" in d),
    ("libpq", lambda s, d: "libpq" in d),
    ("request body: decode and validate", lambda s, d: "decodeOptionalBody" in s or "decodeBody" in s or "JSONScreen" in s),
    ("response: JSON, envelope", lambda s, d: "EnvelopeWriter" in s or "encodeData" in s or "JSONWriter" in s
        or ("OperationRoutes" in s and "response" in s)),
    ("ledger rows", lambda s, d: "ActivityBatcher" in s or "ActivityLedger" in s or "RuntimeTrace" in s),
    ("runtime state: rows to values", lambda s, d: "RuntimeState" in s or "LicenseStore" in s or "SQLRow" in s),
    ("storage layer", lambda s, d: "LocksmithStorage" in s),
    ("authentication", lambda s, d: "Authenticator" in s or "LicenseKeyCache" in s),
    ("handlers", lambda s, d: "LocksmithHandlers" in s),
    ("server glue (routes, middleware, body)", lambda s, d: "LocksmithServer" in s),
    ("generated API", lambda s, d: "LocksmithAPI" in s),
    ("Hummingbird", lambda s, d: "Hummingbird" in s),
    ("SwiftNIO", lambda s, d: "NIO" in s or "nio_" in s),
    ("Swift concurrency runtime", lambda s, d: "libswift_Concurrency" in d or "libdispatch" in d),
]


def samples(path):
    out = subprocess.run(["perf", "script", "-i", path, "-F", "ip,sym,dso"], capture_output=True, text=True, check=True).stdout
    stack = []
    for line in out.splitlines():
        if not line.strip():
            if stack:
                yield stack
            stack = []
            continue
        match = re.match(r"\s*[0-9a-f]+\s+(.*?)\s+\((.*)\)\s*$", line)
        if match:
            stack.append((match.group(1), match.group(2)))
    if stack:
        yield stack


def area_of(stack):
    for name, belongs in AREAS:
        if any(belongs(symbol, dso) for symbol, dso in stack):
            return name
    symbol, dso = stack[0]
    return "other: " + ("kernel" if "kernel" in dso else dso.rsplit("/", 1)[-1])


def main():
    path = sys.argv[1]
    focus = sys.argv[2] if len(sys.argv) > 2 else None
    areas, leaves, total = collections.Counter(), collections.Counter(), 0
    for stack in samples(path):
        total += 1
        area = area_of(stack)
        areas[area] += 1
        if focus and area.startswith(focus):
            leaves[stack[0][0][:100]] += 1
    if not total:
        sys.exit("no samples in " + path)
    for area, count in areas.most_common():
        print("%6.1f %%  %s" % (100 * count / total, area))
    if focus:
        print("-- hottest leaves in", focus)
        for leaf, count in leaves.most_common(20):
            print("%6.1f %%  %s" % (100 * count / total, leaf))


main()
