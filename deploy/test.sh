#!/usr/bin/env bash
# Runs every test: installs what is missing (libseccomp-dev via apt-get), builds, runs the
# Swift test suite (unit, integration and adversarial tests with real processes), checks the
# deploy/ manifests, and runs the demo as an end-to-end test.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/setup.sh
need_dependencies
say "building (swift build --build-tests)"
swift build --build-tests 2>&1 | progress
say "swift test"
swift test --parallel 2>&1 | tee /tmp/guardian-swift-test.log | grep -vE '^\[[0-9]+/[0-9]+\]|^(Building|Compiling|Emitting|Linking|Write|Planning)' || {
    status=${PIPESTATUS[0]}; say "swift test failed (full log: /tmp/guardian-swift-test.log)"; exit "$status"; }
say "deploy/check.sh: every manifest and config parses"
bash deploy/check.sh
say "the demo, end to end"
bash deploy/demo/run.sh --guardian "$(swift build --show-bin-path)/guardian" > /tmp/guardian-demo.log 2>&1 || {
    cat /tmp/guardian-demo.log; say "the demo failed"; exit 1; }
tail -n 12 /tmp/guardian-demo.log
say "all tests passed"
