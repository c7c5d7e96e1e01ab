#!/usr/bin/env bash
# From a fresh Debian/Ubuntu clone to Guardian stopping a replayed incident: installs what is
# missing (libseccomp-dev, via apt-get), builds Guardian, and runs the demo in deploy/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/setup.sh
need_dependencies
say "building Guardian (swift build -c release --static-swift-stdlib --disable-local-rpath --product guardian; the first build takes a few minutes)"
swift build -c release --static-swift-stdlib --disable-local-rpath --product guardian 2>&1 | progress
bin="$(swift build -c release --show-bin-path)/guardian"
say "built $bin"
say "running the demo: the same scripted agent, without and then with Guardian"
bash deploy/demo/run.sh --guardian "$bin"
cat <<EOT

Next:
  $bin run -- <your agent>          # e.g. claude, codex, aider, gemini
  $bin tail -f                      # in a second terminal: every decision, live
  $bin check -- railway volume delete vol_1
EOT
