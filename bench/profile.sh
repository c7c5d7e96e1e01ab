#!/bin/sh
# Where the supervisor spends its time: perf record (cpu-clock, DWARF call graphs) over
# `guardian run -q -- make -j2` of the generated C project, then the top symbols of the guardian
# process alone (its notify workers and tracer thread), self and inclusive.
#
#   bench/profile.sh [--guardian PATH] [--workload make|session|shell|tools] [--out DIR]
#
# Needs perf (apt-get install linux-perf) and kernel.perf_event_paranoid <= 1 or root.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
guardian=""
workload=make
out=""
while [ $# -gt 0 ]; do
    case "$1" in
        --guardian) guardian=$2; shift 2 ;;
        --workload) workload=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench: unknown option $1" >&2; exit 2 ;;
    esac
done
command -v perf >/dev/null 2>&1 || { echo "bench: perf is not installed (apt-get install linux-perf)" >&2; exit 1; }
if [ -z "$guardian" ]; then
    (cd "$root" && swift build -c release --static-swift-stdlib --disable-local-rpath --product guardian >&2)
    guardian="$(cd "$root" && swift build -c release --show-bin-path)/guardian"
fi
guardian=$(cd "$(dirname "$guardian")" && pwd)/$(basename "$guardian")
work=$(mktemp -d /tmp/guardian-profile-XXXXXX)
[ -n "$out" ] || out=$work
mkdir -p "$out"
trap 'rm -rf "$work" 2>/dev/null || true' EXIT
python3 "$here/gen.py" "$work" >&2
export GUARDIAN_HOME="$work/guardian-home"
case "$workload" in
    make) cd "$work/cproj"; make -s clean; set -- make -j2 -s ;;
    session) cd "$work/session"; make -j2 -s >/dev/null; set -- sh "$work/session.sh" ;;
    shell) cd "$work"; set -- sh "$work/loop.sh" ;;
    tools) cd "$work/tools"; set -- sh "$work/toolcalls.sh" ;;
    *) echo "bench: unknown workload $workload" >&2; exit 2 ;;
esac
perf record -q -e cpu-clock -F 1999 --call-graph dwarf,32768 -o "$out/perf.data" -- "$guardian" run -q -- "$@" >/dev/null
demangle() { if command -v swift >/dev/null 2>&1; then swift demangle --simplified; else cat; fi; }
echo "## perf: share of samples per command (the whole tree)"
perf report -i "$out/perf.data" --stdio --sort comm 2>/dev/null | grep -v '^#' | grep -v '^$' | head -n 12
echo
echo "## perf: guardian process, self time by symbol"
perf report -i "$out/perf.data" --stdio --comm guardian --no-children --sort dso,symbol -g none --percent-limit 0.7 2>/dev/null |
    grep -v '^#' | grep -v '^$' | demangle | head -n 45
echo
echo "## perf: guardian process, inclusive time by symbol"
perf report -i "$out/perf.data" --stdio --comm guardian --children --sort symbol -g none --percent-limit 3 2>/dev/null |
    grep -v '^#' | grep -v '^$' | demangle | head -n 60
echo
echo "perf data: $out/perf.data (kept only with --out)" >&2
