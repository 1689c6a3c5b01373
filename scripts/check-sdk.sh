#!/usr/bin/env bash
# The SDK apps link stands alone: LocksmithSDK and everything it depends on use no system library and no
# package other than swift-crypto, and the SDK product and the LicenseCheck example build by themselves.
# scripts/test.sh runs this with the whole suite.
set -euo pipefail
cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.."

swift package dump-package | python3 -c '
import json, sys
package = json.load(sys.stdin)
targets = {t["name"]: t for t in package["targets"]}
allowed_packages = {"swift-crypto"}
seen, problems, todo = set(), [], ["LocksmithSDK"]
while todo:
    name = todo.pop()
    if name in seen:
        continue
    seen.add(name)
    target = targets[name]
    if target["type"] == "system":
        problems.append(f"{name} is a system library")
    for dependency in target["dependencies"]:
        kind, value = next(iter(dependency.items()))
        if kind in ("byName", "target"):
            todo.append(value[0])
        elif kind == "product" and value[1] not in allowed_packages:
            problems.append(f"{name} depends on {value[0]} from {value[1]}")
if problems:
    sys.exit("LocksmithSDK does not stand alone:\n  " + "\n  ".join(problems))
print("LocksmithSDK depends on " + ", ".join(sorted(seen - {"LocksmithSDK"})) + " and swift-crypto only")
'
swift build -q --product LocksmithSDK
swift build -q --product LicenseCheck
echo "LocksmithSDK and the LicenseCheck example build on their own"
