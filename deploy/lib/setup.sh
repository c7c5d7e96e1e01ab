# shellcheck shell=bash
# Shared by quickstart.sh and test.sh: say what happens, install what is missing.
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

progress() {
    # One line per build step is noise; show every 25th, and every error or warning.
    awk '/error|warning:/ { print; next } /^\[[0-9]+\/[0-9]+\]/ { if (++n % 25 == 0) print; next } { print }'
}

need_dependencies() {
    local missing=()
    pkg-config --exists libseccomp 2>/dev/null || missing+=(libseccomp-dev pkg-config)
    [ -e /usr/include/zlib.h ] || missing+=(zlib1g-dev)
    command -v python3 >/dev/null || missing+=(python3)
    command -v setpriv >/dev/null || missing+=(util-linux)
    command -v curl >/dev/null || missing+=(curl)
    # The multi-call attacks run busybox applets.
    command -v busybox >/dev/null || missing+=(busybox)
    # The outside-daemon tests start a tmux server and a GNU screen session.
    command -v tmux >/dev/null || missing+=(tmux)
    command -v screen >/dev/null || missing+=(screen)
    # The resolver tests use real DNS clients: dig, musl's resolver, dnspython.
    command -v dig >/dev/null || missing+=(dnsutils)
    command -v musl-gcc >/dev/null || missing+=(musl-tools)
    [ ! -x /usr/bin/python3 ] || /usr/bin/python3 -c 'import dns.resolver' 2>/dev/null || missing+=(python3-dnspython)
    # A real agent CLI for the incident test is installed in a virtual environment.
    [ ! -x /usr/bin/python3 ] || /usr/bin/python3 -c 'import ensurepip' 2>/dev/null || missing+=(python3-venv)
    if [ ${#missing[@]} -gt 0 ]; then
        say "installing ${missing[*]} with apt-get"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    if ! command -v swift >/dev/null; then
        say "Swift 6 is needed and not on PATH: install it from https://www.swift.org/install/linux/ and run this again"
        exit 1
    fi
}

# A real agent CLI, mini-swe-agent (pinned), in a virtual environment of its own, for the test
# that drives it through the incident (ApprovalTests+AgentCLI). Without network it is skipped,
# and says so; with it, GUARDIAN_TEST_MINI_SWE_AGENT names its python.
need_agent_cli() {
    local venv="${XDG_CACHE_HOME:-$HOME/.cache}/guardian/mini-swe-agent-2.4.6"
    if ! "$venv/bin/python" -c 'import minisweagent' >/dev/null 2>&1; then
        say "installing mini-swe-agent 2.4.6 in $venv (for the real-agent test)"
        rm -rf "$venv"
        if ! { python3 -m venv "$venv" && timeout 600 "$venv/bin/pip" install -q mini-swe-agent==2.4.6; } >/dev/null 2>&1; then
            say "could not install mini-swe-agent (no network?): the real-agent test is skipped"
            rm -rf "$venv"
            return 0
        fi
    fi
    export GUARDIAN_TEST_MINI_SWE_AGENT="$venv/bin/python"
}
