#!/usr/bin/env python3
"""Generates the benchmark inputs into a directory: a large git repository, a C project with a
Makefile and tests (itself a git repository, the agent session works in it), a shell loop, a
python import set and an agent-session script. Deterministic (fixed seed), so runs compare.

Usage: gen.py DIR [--smoke]
"""
import os
import random
import subprocess
import sys
import textwrap

FULL = dict(repo_files=20000, c_files=200, loop_commands=2000, session_reads=60, tool_rounds=40)
SMOKE = dict(repo_files=600, c_files=16, loop_commands=100, session_reads=10, tool_rounds=5)

GIT_ENV = dict(os.environ, GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="bench@example.invalid",
               GIT_COMMITTER_NAME="Bench", GIT_COMMITTER_EMAIL="bench@example.invalid",
               GIT_AUTHOR_DATE="2024-01-01T00:00:00Z", GIT_COMMITTER_DATE="2024-01-01T00:00:00Z")

WORDS = ("alpha beta gamma delta epsilon zeta theta kappa lambda sigma omega vector matrix "
         "buffer socket parser token stream cursor ledger invoice customer order payment").split()

# Common stdlib modules an agent's python tooling imports; the ones missing here are dropped.
PY_MODULES = """abc argparse array ast asyncio base64 binascii bisect bz2 calendar cmath codecs
collections colorsys concurrent.futures configparser contextlib copy csv ctypes dataclasses datetime
decimal difflib dis email email.mime.text enum errno fileinput fnmatch fractions ftplib functools
getopt gettext glob gzip hashlib heapq hmac html html.parser http http.client http.cookies
http.server imaplib importlib inspect io ipaddress itertools json keyword linecache locale logging
logging.handlers lzma mailbox mimetypes multiprocessing numbers operator optparse os pathlib
pickle pkgutil platform plistlib pprint profile pstats queue quopri random re reprlib sched
secrets selectors shelve shlex shutil signal smtplib socket socketserver sqlite3 ssl stat
statistics string stringprep struct subprocess sysconfig tarfile tempfile textwrap threading
timeit tokenize tomllib trace traceback types typing unicodedata unittest unittest.mock urllib
urllib.parse urllib.request uuid warnings wave weakref xml.dom.minidom xml.etree.ElementTree
xml.sax xmlrpc.client zipfile zipimport zlib""".split()


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, env=GIT_ENV, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def init(root):
    git(root, "init", "-q", "-b", "main")
    # No background gc or maintenance: nothing may run between or after timed runs.
    git(root, "config", "gc.auto", "0")
    git(root, "config", "maintenance.auto", "false")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def big_repo(root, n, rng):
    """n small text/source files in a two-level tree, committed once."""
    per_dir = 100
    for i in range(n):
        d = os.path.join(root, f"pkg{i // (per_dir * 20):02d}", f"mod{(i // per_dir) % 20:02d}")
        ext = (".py", ".md", ".txt", ".json", ".c")[i % 5]
        lines = [" ".join(rng.choice(WORDS) for _ in range(8)) for _ in range(4 + i % 12)]
        write(os.path.join(d, f"file{i:05d}{ext}"), "\n".join(lines) + "\n")
    write(os.path.join(root, ".gitignore"), "*.o\n")
    init(root)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "initial import")


def c_project(root, n, rng):
    """n C files across 4 modules, each module with a header; -I paths for header searches;
    a test runner calling one function of every file."""
    modules = ["core", "net", "store", "util"]
    for m in modules:
        write(os.path.join(root, "include", m, f"{m}.h"),
              f"#ifndef {m.upper()}_H\n#define {m.upper()}_H\n#include <stddef.h>\n#include <stdint.h>\n"
              + "".join(f"int {m}_f{i}(int x);\n" for i in range(n) if i % len(modules) == modules.index(m))
              + "#endif\n")
    for i in range(n):
        m = modules[i % len(modules)]
        other = modules[(i + 1) % len(modules)]
        body = textwrap.dedent(f"""\
            #include <stdio.h>
            #include <stdlib.h>
            #include <string.h>
            #include "{m}/{m}.h"
            #include "{other}/{other}.h"

            static const char *names_{i}[] = {{{", ".join('"%s"' % rng.choice(WORDS) for _ in range(6))}}};

            static int helper_{i}(int x) {{
                int acc = 0;
                for (int k = 0; k < 6; k++) acc += (int)strlen(names_{i}[k]) * (x + k);
                return acc % 9973;
            }}

            int {m}_f{i}(int x) {{
                char buf[64];
                snprintf(buf, sizeof buf, "%d", helper_{i}(x));
                return atoi(buf) + {i};
            }}
            """)
        write(os.path.join(root, "src", m, f"{m}_{i:03d}.c"), body)
    calls = "".join(f"    if ({modules[i % 4]}_f{i}(1) < 0) failures++;\n" for i in range(n))
    includes = "".join(f'#include "{m}/{m}.h"\n' for m in modules)
    write(os.path.join(root, "tests", "run_tests.c"),
          f"#include <stdio.h>\n{includes}int main(void) {{\n    int failures = 0;\n{calls}"
          f'    printf("%d tests, %d failures\\n", {n}, failures);\n    return failures != 0;\n}}\n')
    write(os.path.join(root, "Makefile"), textwrap.dedent("""\
        CC ?= cc
        CFLAGS ?= -O1 -Wall
        # Several include directories, as real projects have: most header lookups fail first.
        CPPFLAGS = -Isrc -Ithird_party/include -Igenerated -Iinclude
        SRC := $(sort $(wildcard src/*/*.c))
        OBJ := $(patsubst src/%.c,build/%.o,$(SRC))

        all: build/libproject.a build/run_tests

        build/%.o: src/%.c
        \t@mkdir -p $(dir $@)
        \t$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

        build/libproject.a: $(OBJ)
        \tar rcs $@ $^

        build/run_tests: tests/run_tests.c build/libproject.a
        \t$(CC) $(CPPFLAGS) $(CFLAGS) $^ -o $@

        test: build/run_tests
        \t./build/run_tests

        clean:
        \trm -rf build

        .PHONY: all test clean
        """))
    for d in ("third_party/include", "generated"):
        os.makedirs(os.path.join(root, d), exist_ok=True)
    write(os.path.join(root, ".gitignore"), "build/\n")
    write(os.path.join(root, "README.md"), "# project\n\nA generated C project for benchmarks.\n")
    init(root)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "initial import")


def shell_loop(path, n, data_file):
    """n commands, each an exec of a small program that opens a file."""
    write(path, f"#!/bin/sh\ni=0\nwhile [ $i -lt {n} ]; do\n    cat {data_file} >/dev/null\n"
                "    i=$((i + 1))\ndone\n")
    os.chmod(path, 0o755)


def python_imports(path, python):
    check = "import importlib,sys\nfor m in sys.argv[1:]:\n    try: importlib.import_module(m); print(m)\n    except Exception: pass\n"
    ok = subprocess.run([python, "-c", check, *PY_MODULES], capture_output=True, text=True).stdout.split()
    write(path, "".join(f"import {m}\n" for m in ok) + f'print("imported {len(ok)} modules")\n')
    return len(ok)


def agent_session(path, project, big, reads, have_rg, python):
    """What an agent does in a few minutes: search, read, edit, build, test, review, commit."""
    search = "rg -n" if have_rg else "grep -rn"
    lines = ["#!/bin/sh", "set -e", f"cd {project}",
             f"{search} 'helper_' src | head -n 50 >/dev/null",
             f"{search} 'int .*_f1[0-9]' src include >/dev/null",
             "grep -rl 'strlen' src | wc -l >/dev/null",
             "git ls-files | wc -l >/dev/null",
             "find src -name '*.c' | head -n 20 >/dev/null",
             f"for f in $(git ls-files 'src/*.c' | head -n {reads}); do cat \"$f\" >/dev/null; done",
             "sed -n 1,40p Makefile >/dev/null",
             "head -n 30 include/core/core.h >/dev/null",
             # an edit, as an agent's tool call writes a file
             f"{python} - <<'PY'\nimport pathlib\np = pathlib.Path('src/core/core_000.c')\np.write_text(p.read_text().replace('acc % 9973', 'acc % 9967'))\nPY",
             "make -j2 -s >/dev/null",
             "make -s test >/dev/null",
             "git status --short >/dev/null",
             "git diff --stat >/dev/null",
             "git diff >/dev/null",
             "git add -A",
             "git commit -q -m 'Tune the helper modulus'",
             "git log --oneline -n 5 >/dev/null",
             f"git -C {big} status --short >/dev/null",
             f"{search} -l 'omega' {big}/pkg00 | wc -l >/dev/null"]
    write(path, "\n".join(lines) + "\n")
    os.chmod(path, 0o755)


def tool_calls(path, project, rounds, rng):
    """An agent's tool calls as a harness makes them, each a shell of its own: list a
    directory, search 100 files, read one, print lines of another, look at the last commits;
    `rounds` times in one session. The project is a git repository of 100 text files, 3 commits."""
    for i in range(100):
        body = "".join(f"{' '.join(rng.choice(WORDS) for _ in range(8))} {i}:{k}\n" for k in range(60))
        write(os.path.join(project, "notes", f"note_{i:03d}.txt"), body)
    init(project)
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Notes")
    for k in range(2):
        with open(os.path.join(project, "notes", f"note_{k:03d}.txt"), "a") as f:
            f.write(f"edit {k}\n")
        git(project, "commit", "-q", "-am", f"Edit {k}")
    calls = ["ls -la notes", "grep -rn ledger notes", "cat notes/note_007.txt",
             "sed -n 10,30p notes/note_042.txt", "git log -3"]
    body = "".join(f"    sh -c \"{c}\" >/dev/null\n" for c in calls)
    write(path, f"#!/bin/sh\nset -e\ncd {project}\ni=0\nwhile [ $i -lt {rounds} ]; do\n{body}    i=$((i + 1))\ndone\n")
    os.chmod(path, 0o755)


def main():
    out = sys.argv[1]
    sizes = SMOKE if "--smoke" in sys.argv else FULL
    rng = random.Random(7)
    os.makedirs(out, exist_ok=True)
    big = os.path.join(out, "bigrepo")
    proj = os.path.join(out, "cproj")
    big_repo(big, sizes["repo_files"], rng)
    c_project(proj, sizes["c_files"], rng)
    write(os.path.join(out, "data.txt"), "hello\n" * 100)
    shell_loop(os.path.join(out, "loop.sh"), sizes["loop_commands"], os.path.join(out, "data.txt"))
    python = os.path.realpath(subprocess.run(["python3", "-c", "import sys; print(sys.executable)"],
                                             capture_output=True, text=True).stdout.strip() or "python3")
    nmods = python_imports(os.path.join(out, "imports.py"), python)
    # The agent session edits and commits: it works in a clone, reset before every run.
    session = os.path.join(out, "session")
    subprocess.run(["git", "clone", "-q", proj, session], check=True)
    git(session, "config", "gc.auto", "0")
    git(session, "config", "maintenance.auto", "false")
    # A file every profile protects (credentials.gcloud: **/service-account*.json), for the
    # denied-open micro figure.
    write(os.path.join(out, "secrets", "service-account.json"), '{"type": "service_account"}\n')
    tool_calls(os.path.join(out, "toolcalls.sh"), os.path.join(out, "tools"), sizes["tool_rounds"], rng)
    have_rg = subprocess.run(["sh", "-c", "command -v rg"], capture_output=True).returncode == 0
    agent_session(os.path.join(out, "session.sh"), session, big, sizes["session_reads"], have_rg, python)
    print(f'{{"repo_files": {sizes["repo_files"]}, "c_files": {sizes["c_files"]}, '
          f'"loop_commands": {sizes["loop_commands"]}, "tool_rounds": {sizes["tool_rounds"]}, "python_modules": {nmods}, '
          f'"python": "{python}", "search": "{"rg" if have_rg else "grep"}"}}')


if __name__ == "__main__":
    main()
