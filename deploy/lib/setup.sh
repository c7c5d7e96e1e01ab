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
