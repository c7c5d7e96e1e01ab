#!/bin/sh
# Regenerates docs/man/guardian.1 from the command-line help, with swift-argument-parser's
# generate-manual plugin (works offline once the package's dependencies are resolved).
# Run it after changing any command's abstract, discussion, options or arguments.
#   docs/man/generate.sh                       # dated today
#   GUARDIAN_MAN_DATE=2026-11-21 docs/man/generate.sh
set -eu
cd "$(dirname "$0")/../.."
date="${GUARDIAN_MAN_DATE:-$(date +%F)}"
swift package --disable-sandbox plugin generate-manual --configuration debug --date "$date"
cp .build/plugins/GenerateManual/outputs/guardian/guardian.1 docs/man/guardian.1
echo "wrote docs/man/guardian.1 — read it with: man -l docs/man/guardian.1"
