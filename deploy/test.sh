#!/usr/bin/env bash
# Runs every test: installs what is missing (libseccomp-dev via apt-get), builds, runs the
# Swift test suite (unit, integration and adversarial tests with real processes), checks the
# deploy/ manifests, and runs the demo as an end-to-end test.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/setup.sh
need_dependencies
need_agent_cli
say "building (swift build --build-tests)"
swift build --build-tests 2>&1 | progress
say "swift test"
swift test --parallel 2>&1 | tee /tmp/guardian-swift-test.log | grep -vE '^\[[0-9]+/[0-9]+\]|^(Building|Compiling|Emitting|Linking|Write|Planning)' || {
    status=${PIPESTATUS[0]}; say "swift test failed (full log: /tmp/guardian-swift-test.log)"; exit "$status"; }
if [ "$(id -u)" -eq 0 ]; then
    say "exec, open and network tests again, with Guardian running as an unprivileged user (uid 65534)"
    if ! GUARDIAN_TEST_UNPRIVILEGED=1 swift test --skip-build --filter 'ExecTests|OpenTests|NamespaceTests|NetworkTests|OutsideDaemonTests|WebSocketAndBindingTests|ServedTrustTests|JavaTrustTests|SecretsTests|PersistenceTests|PersistencePlaceTests|FifoTests|UsabilityTests|ScriptRefusalTests|CredentialSubstitutionTests|CredentialCatalogTests|HTTP2UpstreamTests' > /tmp/guardian-unprivileged.log 2>&1; then
        grep -E '✘' /tmp/guardian-unprivileged.log | head -40
        say "the unprivileged run failed (full log: /tmp/guardian-unprivileged.log)"; exit 1
    fi
    grep -E 'Test run with' /tmp/guardian-unprivileged.log
fi
say "deploy/check.sh: every manifest and config parses"
bash deploy/check.sh
say "the demo, end to end"
bash deploy/demo/run.sh --guardian "$(swift build --show-bin-path)/guardian" > /tmp/guardian-demo.log 2>&1 || {
    cat /tmp/guardian-demo.log; say "the demo failed"; exit 1; }
tail -n 12 /tmp/guardian-demo.log
say "the benchmark suite in smoke mode (keeps it working; no thresholds)"
bash bench/run.sh --smoke --guardian "$(swift build --show-bin-path)/guardian" --json /tmp/guardian-bench-smoke.json > /tmp/guardian-bench-smoke.md || {
    cat /tmp/guardian-bench-smoke.md; say "the benchmark smoke run failed"; exit 1; }
say "all tests passed"
