#!/bin/sh
# Guardian benchmark suite: generates its inputs in a temp dir, measures native vs
# `guardian run -q --` vs `strace -f` vs bwrap, plus micro figures; markdown on stdout,
# JSON in bench/results/. See bench/README.md.
#
#   bench/run.sh [--smoke] [--startup-only] [--runs N] [--guardian PATH] [--json PATH] [--markdown PATH] [--workdir DIR]
#                [--only network|opens|exec|workloads] [--compare NAME=PATH ...]
#
# --startup-only runs the start-up cells alone; --only network runs the proxy cells alone;
# --only opens runs the open loop's cells alone (allowed, project, ENOENT, directory; floor beside);
# --only exec runs the exec loop alone (native, guardian, compared builds and the floor interleaved);
# --only workloads runs the workloads natively and under guardian with and without masking, and
# the project pre-scan of the large repository alone;
# --compare measures another guardian binary in the same interleaved runs (before/after a change).
#
# Exit status: 0 when everything ran (no thresholds: timing is not a pass/fail here), 1 when
# something broke (a workload failed under Guardian, a protected file was not denied), 2 usage.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
guardian=""
json=""
pass=""
smoke=0
while [ $# -gt 0 ]; do
    case "$1" in
        --guardian) guardian=$2; shift 2 ;;
        --guardian=*) guardian=${1#*=}; shift ;;
        --json) json=$2; shift 2 ;;
        --json=*) json=${1#*=}; shift ;;
        --smoke) smoke=1; pass="$pass --smoke"; shift ;;
        --startup-only) pass="$pass --startup-only"; shift ;;
        --runs|--markdown|--workdir|--only|--compare) pass="$pass $1 $2"; shift 2 ;;
        --runs=*|--markdown=*|--workdir=*|--only=*|--compare=*) pass="$pass $1"; shift ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench: unknown option $1 (see bench/run.sh --help)" >&2; exit 2 ;;
    esac
done

for tool in python3 cc make git; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is required" >&2; exit 1; }
done
for pair in hyperfine:hyperfine strace:strace bwrap:bubblewrap rg:ripgrep; do
    tool=${pair%%:*}
    command -v "$tool" >/dev/null 2>&1 ||
        echo "bench: $tool is not installed: its figures are skipped or replaced (apt-get install ${pair#*:})" >&2
done

if [ -z "$guardian" ]; then
    echo "bench: building guardian (swift build -c release --static-swift-stdlib --disable-local-rpath --product guardian)" >&2
    (cd "$root" && swift build -c release --static-swift-stdlib --disable-local-rpath --product guardian >&2) || { echo "bench: the release build failed" >&2; exit 1; }
    guardian="$(cd "$root" && swift build -c release --show-bin-path)/guardian"
fi
if [ -z "$json" ]; then
    mkdir -p "$here/results"
    mode=full
    [ "$smoke" = 1 ] && mode=smoke
    json="$here/results/$mode-$(date -u +%Y%m%dT%H%M%SZ).json"
fi

command="bench/run.sh$pass"
# shellcheck disable=SC2086
exec python3 "$here/bench.py" --guardian "$guardian" --json "$json" --command "$command" $pass
