#!/usr/bin/env python3
"""Guardian benchmark suite: workloads native vs `guardian run -q --` vs strace -f vs bwrap, and
micro figures (cost per open and per exec, start-up, RSS at 1,000 processes, open latency
distribution). Called by bench/run.sh; see bench/README.md.

Markdown goes to stdout, progress to stderr, everything measured to a JSON file.
Exit status: 0 when every measurement ran; 1 when something broke (a workload failed natively or
under Guardian, a protected file was not denied, a micro program failed); 2 for bad usage.
"""
import argparse
import datetime
import json
import math
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
STRACE = ["strace", "-f", "-e", "trace=execve,openat", "-o", "/dev/null"]
BWRAP = ["bwrap", "--dev-bind", "/", "/"]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2



def floor_latency(path):
    """The floor's own clock per kind (`floor -s FILE`: "decision_us_<kind> COUNT P50 P99 MAX"),
    in the shape of session_latency's `kinds`."""
    kinds = {}
    try:
        with open(path) as f:
            for line in f:
                key, n, p50, p99, mx = line.split()
                kinds[key[len("decision_us_"):]] = {"n": int(n), "p50_us": float(p50), "p99_us": float(p99), "max_us": float(mx)}
    except (OSError, ValueError):
        return None
    return {"kinds": kinds}

def percentile(sorted_xs, p):
    if not sorted_xs:
        return float("nan")
    k = min(len(sorted_xs) - 1, max(0, math.ceil(p / 100 * len(sorted_xs)) - 1))
    return sorted_xs[k]


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), capture_output=True, text=True, **kw)


class Suite:
    def __init__(self, args):
        self.args = args
        self.smoke = args.smoke
        self.runs = 1 if args.smoke and args.runs is None else (args.runs or 5)
        self.guardian = os.path.abspath(args.guardian)
        self.compare = [(c.split("=", 1)[0], os.path.abspath(c.split("=", 1)[1])) for c in args.compare or []]
        self.work = args.workdir or tempfile.mkdtemp(prefix="guardian-bench-")
        self.problems = []
        self.skipped = {}
        self.result = {"smoke": self.smoke, "runs": self.runs}
        self.env = dict(os.environ, GUARDIAN_HOME=os.path.join(self.work, "guardian-home"),
                        LC_ALL="C", GIT_PAGER="cat", PAGER="cat")

    # -- set-up ---------------------------------------------------------------------------
    def machine(self):
        cpu = "unknown"
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo") as f:
            mem_kib = int(f.readline().split()[1])
        tools = {}
        for name, cmd in [("hyperfine", "hyperfine --version"), ("strace", "strace -V | head -n1"),
                          ("bwrap", "bwrap --version"), ("perf", "perf version"),
                          ("gcc", "gcc -dumpfullversion"), ("git", "git --version")]:
            tools[name] = sh(cmd).stdout.strip() if shutil.which(name.split()[0]) else None
        rev = sh(["git", "-C", HERE, "rev-parse", "--short", "HEAD"]).stdout.strip()
        return {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                "nproc": os.cpu_count(), "cpu": cpu, "memory_gib": round(mem_kib / 1048576, 1),
                "kernel": platform.release(), "os": sh("sh -c '. /etc/os-release; echo $PRETTY_NAME'").stdout.strip(),
                "load_start": os.getloadavg(), "guardian": self.guardian, "revision": rev, "tools": tools}

    def compile_micro(self):
        out = os.path.join(self.work, "micro")
        os.makedirs(out, exist_ok=True)
        for name in ("openloop", "execloop", "fanotify", "floor"):
            r = sh(["cc", "-O2", "-pthread", "-o", os.path.join(out, name), os.path.join(HERE, "micro", name + ".c")])
            if r.returncode:
                raise SystemExit(f"bench: cannot compile {name}.c:\n{r.stderr}")
        return out

    def generate(self):
        t = time.perf_counter()
        r = sh([sys.executable, os.path.join(HERE, "gen.py"), self.work] + (["--smoke"] if self.smoke else []))
        if r.returncode:
            raise SystemExit(f"bench: generating inputs failed:\n{r.stderr}")
        self.inputs = json.loads(r.stdout)
        self.inputs["seconds"] = round(time.perf_counter() - t, 1)
        log(f"bench: inputs in {self.work} ({self.inputs['seconds']} s): {r.stdout.strip()}")
        self.session_base = sh(["git", "-C", os.path.join(self.work, "session"), "rev-parse", "HEAD"]).stdout.strip()

    def wrappers(self):
        # The same Guardian with masking at open off: what scanning files for secrets costs.
        w = {"native": [], "guardian": [self.guardian, "run", "-q", "--"],
             "guardian-noscan": [self.guardian, "run", "-q", "--no-secret-scan", "--"]}
        # Other builds (--compare NAME=PATH), with and without masking, in the same rounds.
        for name, path in self.compare:
            w[name] = [path, "run", "-q", "--"]
            w[name + "-noscan"] = [path, "run", "-q", "--no-secret-scan", "--"]
        if self.args.only == "workloads":
            # Guardian's own columns only: the others do not change between builds.
            return w
        # The design's floor: the same round trips and kernel work in C, deciding nothing.
        w["floor"] = [os.path.join(self.work, "micro", "floor"), "--"]
        if shutil.which("strace"):
            w["strace"] = STRACE
        else:
            self.skipped["strace"] = "strace not installed (apt-get install strace)"
        if shutil.which("bwrap"):
            if sh(BWRAP + ["true"]).returncode == 0:
                w["bwrap"] = BWRAP
            else:
                self.skipped["bwrap"] = "bwrap installed but cannot create a namespace here"
        else:
            self.skipped["bwrap"] = "bubblewrap not installed (apt-get install bubblewrap)"
        for k, v in self.skipped.items():
            log(f"bench: skipping the {k} column: {v}")
        return w

    def workloads(self):
        w = self.work
        py = self.inputs["python"]
        proj, session = os.path.join(w, "cproj"), os.path.join(w, "session")
        return [
            # name, cwd, command, preparation run natively before each timed run (untimed)
            ("git status (%d files)" % self.inputs["repo_files"], os.path.join(w, "bigrepo"), ["git", "status"], None),
            ("make -j2 (%d C files)" % self.inputs["c_files"], proj, ["make", "-j2", "-s"], ["make", "-s", "clean"]),
            ("shell loop (%d commands)" % self.inputs["loop_commands"], w, ["sh", os.path.join(w, "loop.sh")], None),
            ("python imports (%d modules)" % self.inputs["python_modules"], w, [py, os.path.join(w, "imports.py")], None),
            ("agent session replay", session, ["sh", os.path.join(w, "session.sh")],
             ["sh", "-c", f"git reset -q --hard {self.session_base} && make -j2 -s >/dev/null"]),
            ("agent tool calls (5 commands ×%d)" % self.inputs["tool_rounds"], os.path.join(w, "tools"),
             ["sh", os.path.join(w, "toolcalls.sh")], None),
        ]

    # -- workloads ------------------------------------------------------------------------
    def run_workloads(self):
        wrappers = self.wrappers()
        loads = self.workloads()
        times = {name: {k: [] for k in wrappers} for name, *_ in loads}
        counts = {}  # the last guardian run's session-end figures, per workload
        failures = {}
        # Warm the page cache (and python's bytecode cache) once, natively, untimed.
        for name, cwd, cmd, prep in loads:
            if prep:
                subprocess.run(prep, cwd=cwd, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            subprocess.run(cmd, cwd=cwd, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Runs interleave wrappers, so a change in the machine's load hits every column alike.
        for i in range(self.runs):
            for name, cwd, cmd, prep in loads:
                for wname, prefix in wrappers.items():
                    if (name, wname) in failures:
                        continue
                    if prep:
                        p = subprocess.run(prep, cwd=cwd, env=self.env, capture_output=True, text=True)
                        if p.returncode:
                            failures[(name, "prep")] = p.stderr[-400:]
                    t = time.perf_counter()
                    r = subprocess.run(prefix + cmd, cwd=cwd, env=self.env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.PIPE, text=True)
                    dt = time.perf_counter() - t
                    if r.returncode != 0:
                        failures[(name, wname)] = f"exit {r.returncode}: {r.stderr[-600:]}"
                        log(f"bench: FAILED {name} under {wname}: exit {r.returncode}\n{r.stderr[-600:]}")
                        continue
                    times[name][wname].append(dt)
                    if wname == "guardian":
                        own = self.session_latency()
                        if own:
                            counts[name] = own
                    elif wname in dict(self.compare):
                        own = self.session_latency()
                        if own and own.get("secret_prescan"):
                            counts.setdefault("compared", {}).setdefault(name, {})[wname] = own["secret_prescan"]
                log(f"bench: run {i + 1}/{self.runs} {name}: " + ", ".join(
                    f"{k} {v[-1]:.3f}s" for k, v in times[name].items() if v))
        rows = []
        compared = counts.pop("compared", {})
        for name, *_ in loads:
            row = {"workload": name}
            if name in counts:
                row["supervisor"] = counts[name]
            if name in compared:
                row["compared_prescan"] = compared[name]
            base = median(times[name]["native"]) if times[name]["native"] else None
            for wname in wrappers:
                xs = times[name][wname]
                if not xs:
                    row[wname] = {"failed": failures.get((name, wname), "no runs")}
                    continue
                m = median(xs)
                row[wname] = {"median_s": m, "min_s": min(xs), "max_s": max(xs), "runs": xs,
                              "ratio": m / base if base else None}
            rows.append(row)
        for (name, wname), why in failures.items():
            if wname in ("native", "guardian", "guardian-noscan", "prep") or wname.split("-noscan")[0] in dict(self.compare):
                self.problems.append(f"{name} failed under {wname}: {why.strip()[:300]}")
        geo = {w: geomean([r[w].get("ratio") for r in rows if "ratio" in r[w]]) for w in wrappers if w != "native"}
        vs_strace = None
        if "strace" in wrappers:
            vs_strace = geomean([r["strace"]["median_s"] / r["guardian"]["median_s"] for r in rows
                                 if "median_s" in r["strace"] and "median_s" in r["guardian"]])
        self.result["workloads"] = {"wrappers": list(wrappers), "rows": rows, "geomean": geo,
                                    "strace_over_guardian_geomean": vs_strace, "skipped": self.skipped}

    def prescan_cell(self):
        """The project's secret pre-scan of the 20,000-file repository alone: a session in it
        whose agent only sleeps, long enough for the pre-scan to finish; its time and files from
        the session-end event. The pre-scan runs at idle priority, so this is its time on a
        core nothing else wants (the machine's load is reported beside it)."""
        repo = os.path.join(self.work, "bigrepo")
        runners = [("guardian", self.guardian)] + list(self.compare)
        res = {}
        for k in range(self.runs):
            for wname, path in runners:
                r = subprocess.run([path, "run", "-q", "--", "sleep", "4"], cwd=repo, env=self.env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                own = self.session_latency() if r.returncode == 0 else None
                summary = (own or {}).get("secret_prescan") or ""
                m = re.match(r"files (\d+), with secrets (\d+), (\d+) ms", summary)
                cell = res.setdefault(wname, {"ms": [], "files": None, "summaries": []})
                cell["summaries"].append(summary or f"exit {r.returncode}")
                if m:
                    cell["ms"].append(int(m.group(3)))
                    cell["files"] = int(m.group(1))
            log(f"bench: pre-scan run {k + 1}/{self.runs}: " + ", ".join(f"{w} {v['summaries'][-1]}" for w, v in res.items()))
        for v in res.values():
            v["median_ms"] = median(v["ms"]) if v["ms"] else None
        res["repo_files"] = self.inputs["repo_files"]
        res["load"] = os.getloadavg()
        self.result["prescan"] = res

    # -- micro figures --------------------------------------------------------------------
    def session_latency(self):
        """The supervisor's own decision latency (RECV to answer), from the end event of the
        newest session in the bench's GUARDIAN_HOME."""
        events = os.path.join(self.env["GUARDIAN_HOME"], "events")
        try:
            newest = max((os.path.join(events, f) for f in os.listdir(events) if f.endswith(".jsonl")), key=os.path.getmtime)
            with open(newest) as f:
                last = json.loads(f.read().strip().splitlines()[-1])
        except (OSError, ValueError, IndexError):
            return None
        d = last.get("detail") or {}
        if last.get("decision") != "end" or "decision_us_p50" not in d:
            return None
        kinds = {}
        for key, value in d.items():
            # decision_us_<kind>: "count p50 p99 max" (µs)
            if key.startswith("decision_us_") and key not in ("decision_us_p50", "decision_us_p99", "decision_us_max"):
                try:
                    n, p50, p99, mx = value.split()
                    kinds[key[len("decision_us_"):]] = {"n": int(n), "p50_us": float(p50), "p99_us": float(p99), "max_us": float(mx)}
                except ValueError:
                    pass
        return {"decisions": int(d["decisions"]), "p50_us": float(d["decision_us_p50"]),
                "p99_us": float(d["decision_us_p99"]), "max_us": float(d["decision_us_max"]), "kinds": kinds,
                "secret_prescan": d.get("secret_prescan")}

    def open_micro(self, micro):
        n = 500 if self.smoke else 20000
        reps = self.runs if self.args.only == "opens" else 1 if self.smoke else 3
        w = self.work
        cases = [
            ("allowed system file (/usr/include/stdio.h)", "/usr/include/stdio.h", "read", n),
            ("file in the project", os.path.join(w, "cproj", "src", "core", "core_000.c"), "read", n),
            ("missing file (ENOENT, header search)", os.path.join(w, "cproj", "generated", "nothere.h"), "read", n),
            ("directory, O_DIRECTORY (passed in the kernel)", os.path.join(w, "cproj", "src"), "directory", n),
            ("denied protected file (service-account.json)", os.path.join(w, "secrets", "service-account.json"), "read", max(50, n // 10)),
        ]
        # Served copies: the system bundle (with the session CA), and a project CA bundle that
        # credentials.keys spares because it holds certificates only. Read once per version,
        # so these are the cached opens; served_first_micro times the first.
        system_bundle = "/etc/ssl/certs/ca-certificates.crt"
        if os.path.isfile(system_bundle):
            project_bundle = os.path.join(w, "cproj", "certs", "bundle.pem")
            os.makedirs(os.path.dirname(project_bundle), exist_ok=True)
            shutil.copyfile(system_bundle, project_bundle)
            cases += [("trust bundle, served copy (ca-certificates.crt)", system_bundle, "read", max(50, n // 10)),
                      ("project CA bundle a rule spares (certs/bundle.pem)", project_bundle, "read", max(50, n // 10))]
        if self.args.only == "opens":
            cases = [c for c in cases if "served" not in c[0] and "spares" not in c[0] and "denied" not in c[0]]
        out = []
        for label, path, mode, count in cases:
            res = {}
            runners = [("native", []), ("guardian", [self.guardian, "run", "-q", "--"])]
            # Other builds (--compare NAME=PATH), in the same interleaved runs.
            runners += [(name, [bin_path, "run", "-q", "--"]) for name, bin_path in self.compare]
            if "denied" not in label and "served" not in label and "spares" not in label:
                # The floor decides nothing, so only the opens it performs as Guardian does.
                runners.append(("floor", [os.path.join(micro, "floor"), "-s", os.path.join(w, "floor-stats.txt"), "--"]))
            totals = {wname: [] for wname, _ in runners}
            samples = {}
            failed = set()
            # Runners interleaved run by run, so a change in the machine's load hits each alike.
            for k in range(reps):
                for wname, prefix in runners:
                    if wname in failed:
                        continue
                    sfile = os.path.join(w, f"samples-{wname}.txt")
                    r = subprocess.run(prefix + [os.path.join(micro, "openloop"), path, str(count), mode, sfile],
                                       cwd=os.path.join(w, "cproj"), env=self.env, capture_output=True, text=True)
                    if r.returncode != 0:
                        self.problems.append(f"openloop {label} under {wname}: exit {r.returncode} {r.stderr[-300:]}")
                        failed.add(wname)
                        continue
                    info = json.loads(r.stdout.strip().splitlines()[-1])
                    totals[wname].append(info["total_ns"])
                    if wname == "floor":
                        own = floor_latency(os.path.join(w, "floor-stats.txt"))
                    elif wname != "native":
                        own = self.session_latency()
                    else:
                        own = None
                    if own:
                        # Every run's own-clock p50 per kind: the figure to compare run by run.
                        for kind, v in own["kinds"].items():
                            res.setdefault(f"{wname}_own_p50_us", {}).setdefault(kind, []).append(v["p50_us"])
                    if k == 0:
                        with open(sfile) as f:
                            samples[wname] = sorted(int(x) for x in f)
                        res[wname + "_outcome"] = {"ok": info["ok"], "failed": info["failed"], "errno": info["errno"]}
                        if own:
                            res["supervisor" if wname == "guardian" else f"{wname}_supervisor"] = own
            for wname, xs in totals.items():
                if xs:
                    ss = samples[wname]
                    res[wname] = {"per_open_us": median(xs) / count / 1000, "runs_per_open_us": [x / count / 1000 for x in xs],
                                  "p50_us": percentile(ss, 50) / 1000, "p90_us": percentile(ss, 90) / 1000,
                                  "p99_us": percentile(ss, 99) / 1000, "max_us": ss[-1] / 1000}
            if "native" in res and "guardian" in res:
                res["overhead_us"] = res["guardian"]["per_open_us"] - res["native"]["per_open_us"]
            if "denied" in label:
                o = res.get("guardian_outcome", {})
                if o and o.get("ok"):
                    self.problems.append(f"SECURITY: {o['ok']} opens of the protected file succeeded under Guardian")
            out.append({"case": label, "n": count, **res})
        self.result["opens"] = out

    def served_first_micro(self, micro):
        """The first open of a trust bundle version (read, checked, copied into a sealed memfd):
        K fresh copies of the system bundle, each opened once, in one session."""
        system_bundle = "/etc/ssl/certs/ca-certificates.crt"
        if not os.path.isfile(system_bundle):
            self.skipped["served-first"] = "no system trust bundle"
            return
        k = 5 if self.smoke else 100
        scratch = os.path.join(self.work, "served")
        os.makedirs(scratch, exist_ok=True)
        res = {"k": k, "bytes": os.path.getsize(system_bundle)}
        for wname, prefix in (("native", []), ("guardian", [self.guardian, "run", "-q", "--"])):
            for i in range(k):
                shutil.copyfile(system_bundle, os.path.join(scratch, f"b{i}-{wname}.crt"))
            script = (f'for i in $(seq 0 {k - 1}); do "{os.path.join(micro, "openloop")}" "{scratch}/b$i-{wname}.crt" 1 read '
                      f'"{scratch}/s$i-{wname}.txt" >/dev/null || exit 1; done')
            r = subprocess.run(prefix + ["sh", "-c", script], env=self.env, capture_output=True, text=True)
            if r.returncode != 0:
                self.problems.append(f"served-first under {wname}: exit {r.returncode} {r.stderr[-300:]}")
                return
            samples = []
            for i in range(k):
                with open(os.path.join(scratch, f"s{i}-{wname}.txt")) as f:
                    samples += [int(x) for x in f]
            samples.sort()
            res[wname] = {"p50_us": percentile(samples, 50) / 1000, "p90_us": percentile(samples, 90) / 1000,
                          "max_us": samples[-1] / 1000}
        self.result["served_first"] = res

    def exec_micro(self, micro):
        n = 30 if self.smoke else 500
        reps = self.runs if self.args.only == "exec" else 1 if self.smoke else 3
        res = {"n": n}
        runners = [("native", []), ("guardian", [self.guardian, "run", "-q", "--"])]
        # Other builds (--compare NAME=PATH), in the same interleaved runs.
        runners += [(name, [bin_path, "run", "-q", "--"]) for name, bin_path in self.compare]
        runners.append(("floor", [os.path.join(micro, "floor"), "--"]))
        if shutil.which("strace") and self.args.only != "exec":
            runners.append(("strace", STRACE))
        totals = {wname: [] for wname, _ in runners}
        failed = set()
        # Runners interleaved run by run, so a change in the machine's load hits each alike; the
        # added cost is taken run by run against that run's native loop.
        for _ in range(reps):
            for wname, prefix in runners:
                if wname in failed:
                    continue
                r = subprocess.run(prefix + [os.path.join(micro, "execloop"), str(n)], cwd=self.work, env=self.env,
                                   capture_output=True, text=True)
                if r.returncode != 0:
                    self.problems.append(f"execloop under {wname}: exit {r.returncode} {r.stderr[-300:]}")
                    failed.add(wname)
                    continue
                totals[wname].append(json.loads(r.stdout.strip().splitlines()[-1])["total_ns"])
                if wname == "guardian":
                    res["supervisor"] = self.session_latency()
        for wname, xs in totals.items():
            if xs:
                res[wname] = {"per_exec_us": median(xs) / n / 1000, "runs_per_exec_us": [x / n / 1000 for x in xs]}
        native = totals.get("native", [])
        for wname, xs in totals.items():
            if wname == "native" or not xs or "native" not in res:
                continue
            res[wname]["overhead_us"] = res[wname]["per_exec_us"] - res["native"]["per_exec_us"]
            paired = [(x - y) / n / 1000 for x, y in zip(xs, native)]
            res[wname]["runs_overhead_us"] = paired
            res[wname]["overhead_us_paired_median"] = median(paired)
        self.result["exec"] = res

    def locale_micro(self, micro):
        """One short command, `cat /etc/hostname`, N times from a C loop (start-up excluded), in
        the C locale and in C.UTF-8 where the system has no locale archive — the common
        container image: each exec then opens the locale's files one by one. Time per exec
        native and under Guardian, and the notifications each exec costs (from the session's
        end event: the difference between N and one exec, divided by N − 1)."""
        n = 30 if self.smoke else 300
        cat = shutil.which("cat") or "/bin/cat"
        archive = os.path.exists("/usr/lib/locale/locale-archive")
        utf8 = any(os.path.isdir(f"/usr/lib/locale/{d}") for d in ("C.utf8", "C.UTF-8"))
        res = {"n": n, "locale_archive": archive, "c_utf8_directory": utf8, "cases": []}
        for label, lang in (("C", "C"), ("C.UTF-8", "C.UTF-8")):
            env = dict(self.env, LC_ALL=lang, LANG=lang)
            case = {"locale": label, "native": [], "guardian": []}
            for _ in range(1 if self.smoke else 3):
                for wname, prefix in (("native", []), ("guardian", [self.guardian, "run", "-q", "--"])):
                    r = subprocess.run(prefix + [os.path.join(micro, "execloop"), str(n), cat, "/etc/hostname"],
                                       cwd=self.work, env=env, capture_output=True, text=True)
                    if r.returncode != 0:
                        self.problems.append(f"locale {label} under {wname}: exit {r.returncode} {r.stderr[-300:]}")
                        return
                    case[wname].append(json.loads(r.stdout.strip().splitlines()[-1])["total_ns"] / n / 1000)
                    if wname == "guardian":
                        case["session"] = self.session_latency()
            one = subprocess.run([self.guardian, "run", "-q", "--", os.path.join(micro, "execloop"), "1", cat, "/etc/hostname"],
                                 cwd=self.work, env=env, capture_output=True, text=True)
            single = self.session_latency() if one.returncode == 0 else None
            out = {"locale": label, "native_us": median(case["native"]), "guardian_us": median(case["guardian"])}
            out["added_us"] = out["guardian_us"] - out["native_us"]
            if case.get("session") and single:
                out["notifications_per_exec"] = (case["session"]["decisions"] - single["decisions"]) / (n - 1)
                out["kinds_per_exec"] = {k: (v["n"] - single["kinds"].get(k, {}).get("n", 0)) / (n - 1)
                                         for k, v in case["session"]["kinds"].items()}
                out["supervisor"] = case["session"]
            res["cases"].append(out)
        self.result["locale"] = res

    def fanotify_micro(self, micro):
        """The mechanisms alone, as minimal C listeners: an fanotify permission event against a
        seccomp notification doing the same work, and ignore marks as a cache (root only)."""
        if os.geteuid() != 0:
            self.skipped["fanotify"] = "fanotify permission events need root"
            return
        scratch = os.path.join(self.work, "fanotify")
        os.makedirs(scratch, exist_ok=True)
        n = 2000 if self.smoke else 20000
        runs = {}
        for _ in range(1 if self.smoke else 3):
            r = subprocess.run([os.path.join(micro, "fanotify"), scratch, str(n)], capture_output=True, text=True)
            if r.returncode != 0:
                self.skipped["fanotify"] = f"fanotify micro-benchmark: exit {r.returncode} {r.stderr.strip()[-200:]}"
                return
            for line in r.stdout.splitlines():
                d = json.loads(line)
                runs.setdefault(d["case"], []).append(d)
        self.result["fanotify"] = [
            {"case": case, "n": ds[0]["n"], "us_per_open": median([d["us_per_open"] for d in ds]),
             "p50_us": median([d["p50_us"] for d in ds]), "p99_us": median([d["p99_us"] for d in ds])}
            for case, ds in runs.items()]

    def budget_home(self):
        """A HOME whose dot-directories hold more entries than the pin walk's budget (4,000): ssh
        and cloud credentials, thirty applications' settings under ~/.config, a browser profile."""
        home = os.path.join(self.work, "budget-home")
        if os.path.isdir(home):
            return home
        def put(rel, text="x\n"):
            path = os.path.join(home, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(text)
        put(".ssh/id_ed25519", "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n")
        for rel in (".ssh/id_ed25519.pub", ".ssh/known_hosts", ".ssh/config", ".aws/config",
                    ".config/gcloud/application_default_credentials.json"):
            put(rel)
        put(".aws/credentials", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n")
        for app in range(30):
            for d in range(10):
                for f in range(15):
                    put(f".config/app{app}/d{d}/f{f}.json")
        for f in range(200):
            put(f".mozilla/profile/f{f}.sqlite")
        return home

    def startup_micro(self):
        self.startup_cell("startup", self.env)
        # The same with a HOME at the pin walk's budget: the start walks HOME's dot-directories.
        # Like a user's, its directories were not all changed in the last seconds: a directory
        # changed within two seconds of a listing is not kept in the listing cache
        # (ListingCache), so the cell waits until the HOME made for it is three seconds old.
        home = self.budget_home()
        newest = max(os.lstat(os.path.join(d, ".")).st_ctime for d, _, _ in os.walk(home))
        time.sleep(max(0.0, newest + 3 - time.time()))
        self.startup_cell("startup_budget_home", dict(self.env, HOME=home))
        # And each start without the last session's listings (the first session, or one after
        # every directory changed): the cache removed before each.
        self.startup_cell("startup_budget_home_uncached", dict(self.env, HOME=home), uncached=True)

    def startup_cell(self, key, env, uncached=False):
        runs = 10 if self.smoke else max(40, self.args.runs or 0)
        truth = shutil.which("true") or "/bin/true"
        if self.compare:
            self.result[key] = self.startup_compared(env, runs, truth, uncached)
            return
        g = f"{self.guardian} run -q -- {truth}"
        cache = os.path.join(env["GUARDIAN_HOME"], "pin-listing.cache")
        res = {}
        if shutil.which("hyperfine"):
            jf = os.path.join(self.work, "startup.json")
            prepare = ["--prepare", "true", "--prepare", f"rm -f {cache}"] if uncached else []
            r = subprocess.run(["hyperfine", "-N", "--warmup", "3", "--runs", str(runs), "--export-json", jf] + prepare + [truth, g],
                               env=env, capture_output=True, text=True, cwd=self.work)
            if r.returncode == 0:
                data = json.load(open(jf))["results"]
                res = {"tool": "hyperfine", "native_ms": data[0]["median"] * 1000, "guardian_ms": data[1]["median"] * 1000,
                       "guardian_min_ms": data[1]["min"] * 1000, "guardian_max_ms": data[1]["max"] * 1000}
            else:
                self.problems.append(f"hyperfine start-up: {r.stderr[-300:]}")
        else:
            self.skipped["hyperfine"] = "hyperfine not installed: start-up timed by the suite itself"
            # Interleaved, native and guardian one after the other, after three warm-up starts.
            for _ in range(3):
                subprocess.run(g.split(), env=env, cwd=self.work)
            ts = {"native": [], "guardian": []}
            for _ in range(runs):
                for name, cmd in (("native", [truth]), ("guardian", g.split())):
                    if uncached and name == "guardian" and os.path.exists(cache):
                        os.unlink(cache)
                    t = time.perf_counter()
                    subprocess.run(cmd, env=env, cwd=self.work)
                    ts[name].append(time.perf_counter() - t)
            ts = {name: sorted(xs) for name, xs in ts.items()}
            res = {"tool": "python", "native_ms": median(ts["native"]) * 1000, "guardian_ms": median(ts["guardian"]) * 1000,
                   "guardian_min_ms": ts["guardian"][0] * 1000, "guardian_max_ms": ts["guardian"][-1] * 1000}
        if res:
            res["overhead_ms"] = res["guardian_ms"] - res["native_ms"]
            res["home"] = env.get("HOME", "")
            res["home_listing"] = self.last_home_listing(env["GUARDIAN_HOME"])
        self.result[key] = res

    @staticmethod
    def last_home_listing(guardian_home):
        """The newest session's `home_listing` (directories listed, how many from the cache)."""
        events = os.path.join(guardian_home, "events")
        files = sorted((os.path.join(events, f) for f in os.listdir(events)), key=os.path.getmtime) if os.path.isdir(events) else []
        for f in reversed(files[-3:]):
            for line in reversed(open(f).read().splitlines()):
                ev = json.loads(line)
                if ev.get("decision") == "end":
                    return (ev.get("detail") or {}).get("home_listing", "")
        return ""

    def startup_compared(self, env, runs, truth, uncached=False):
        """Start-up with other builds (--compare): native and every build one after the other,
        run by run, each build with a GUARDIAN_HOME of its own (its cache warm after three
        starts). Wall time, CPU time (the children's rusage: the firmer figure on a loaded
        machine) and the median of each `start_ms` phase from the builds' end events."""
        import resource
        runners = [("native", [truth], env)]
        for name, path in [("guardian", self.guardian)] + self.compare:
            home = os.path.join(self.work, f"startup-{name}-{os.getpid()}")
            shutil.rmtree(home, ignore_errors=True)
            runners.append((name, [path, "run", "-q", "--", truth], dict(env, GUARDIAN_HOME=home)))
        for name, cmd, e in runners[1:]:
            for _ in range(3):
                subprocess.run(cmd, env=e, cwd=self.work)
            shutil.rmtree(os.path.join(e["GUARDIAN_HOME"], "events"), ignore_errors=True)
        wall = {name: [] for name, _, _ in runners}
        cpu = {name: [] for name, _, _ in runners}
        for _ in range(runs):
            for name, cmd, e in runners:
                cache = os.path.join(e.get("GUARDIAN_HOME", ""), "pin-listing.cache")
                if uncached and name != "native" and os.path.exists(cache):
                    os.unlink(cache)
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                t = time.perf_counter()
                subprocess.run(cmd, env=e, cwd=self.work)
                wall[name].append(time.perf_counter() - t)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        native = median(wall["native"]) * 1000
        res = {"tool": "python, interleaved", "native_ms": native, "home": env.get("HOME", ""), "compared": {}}
        for name, _, e in runners[1:]:
            phases = {}
            events = os.path.join(e["GUARDIAN_HOME"], "events")
            for f in os.listdir(events) if os.path.isdir(events) else []:
                for line in open(os.path.join(events, f)):
                    ev = json.loads(line)
                    summary = (ev.get("detail") or {}).get("start_ms") if ev.get("decision") == "end" else None
                    # `policy 4.67 … (java store) 1.72 … cgroup removal 0.08 total 18.48`
                    for phase, ms in re.findall(r"(\S[^0-9]*?) (\d+\.\d+)(?= |$)", summary or ""):
                        phases.setdefault(phase, []).append(float(ms))
            xs = sorted(wall[name])
            cell = {"guardian_ms": median(xs) * 1000, "guardian_min_ms": xs[0] * 1000, "guardian_max_ms": xs[-1] * 1000,
                    "overhead_ms": median(xs) * 1000 - native, "cpu_ms": median(cpu[name]) * 1000, "cpu_min_ms": min(cpu[name]) * 1000,
                    "start_ms": {k: round(median(v), 2) for k, v in phases.items()}}
            if name == "guardian":
                res.update(cell)
            else:
                # Start by start against the first build, in the same round: the median of the
                # paired differences and its 95% bootstrap interval, so "no difference" can be
                # told from "a difference smaller than the spread".
                cell["paired_wall_ms"] = paired_difference(wall[name], wall["guardian"])
                cell["paired_cpu_ms"] = paired_difference(cpu[name], cpu["guardian"])
                res["compared"][name] = cell
        return res

    def rss_micro(self):
        count = 50 if self.smoke else 1000
        res = {"processes": count}
        # Idle: one process in the tree.
        p = subprocess.Popen([self.guardian, "run", "-q", "--", "sleep", "2"], env=self.env, cwd=self.work)
        time.sleep(1.0)
        res["idle_rss_mib"] = vm(p.pid, "VmRSS")
        p.wait()
        ready = os.path.join(self.work, "rss-ready")
        script = (f"i=0; while [ $i -lt {count} ]; do sleep 60 & i=$((i + 1)); done; "
                  f"echo $$ > {ready}.tmp; mv {ready}.tmp {ready}; wait")
        p = subprocess.Popen([self.guardian, "run", "-q", "--", "sh", "-c", script], env=self.env, cwd=self.work)
        deadline = time.time() + (60 if self.smoke else 180)
        shell = None
        try:
            while time.time() < deadline and p.poll() is None:
                if os.path.exists(ready):
                    shell = int(open(ready).read())
                    break
                time.sleep(0.1)
            if shell is None:
                self.problems.append(f"RSS: the shell under Guardian did not start {count} processes (exit {p.poll()})")
                return
            kids = children(shell)
            # Wait until every child has exec'd sleep (each exec passes through the supervisor).
            while time.time() < deadline and sum(comm(k) == "sleep" for k in kids) < count:
                time.sleep(0.2)
                kids = children(shell)
            res["live_sleep_processes"] = sum(comm(k) == "sleep" for k in kids)
            res["rss_mib"] = vm(p.pid, "VmRSS")
            res["hwm_mib"] = vm(p.pid, "VmHWM")
            res["threads"] = int(status_field(p.pid, "Threads") or 0)
        finally:
            if shell:
                for k in children(shell):
                    try:
                        os.kill(k, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        self.result["rss"] = res

    # -- network ---------------------------------------------------------------------------
    def make_certificates(self, d):
        """A throwaway CA and a P-256 leaf for *.bench.test, localhost and 127.0.0.1."""
        os.makedirs(d, exist_ok=True)
        ca, key = os.path.join(d, "ca.pem"), os.path.join(d, "ca.key")
        leaf, leaf_key, csr = os.path.join(d, "leaf.pem"), os.path.join(d, "leaf.key"), os.path.join(d, "leaf.csr")
        ext = os.path.join(d, "leaf.ext")
        with open(ext, "w") as f:
            f.write("subjectAltName=DNS:*.bench.test,DNS:localhost,IP:127.0.0.1\n"
                    "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                    "extendedKeyUsage=serverAuth\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n")
        p256 = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        for cmd in (["openssl", "req", "-x509", *p256, "-keyout", key, "-out", ca, "-days", "2",
                     "-subj", "/CN=Guardian bench CA", "-addext", "basicConstraints=critical,CA:TRUE",
                     "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
                    ["openssl", "req", "-new", *p256, "-keyout", leaf_key, "-out", csr, "-subj", "/CN=bench.test"],
                    ["openssl", "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", key, "-CAcreateserial",
                     "-out", leaf, "-days", "2", "-extfile", ext]):
            r = sh(cmd)
            if r.returncode:
                raise RuntimeError(f"{' '.join(cmd[:3])}: {r.stderr.strip()[-300:]}")
        return ca, leaf, leaf_key

    def run_client(self, prefix, args, env, watch_rss=False, timeout=300):
        """One run of bench/net/client.py; its JSON, and the wrapper process's peak RSS (MiB)
        when asked (read from /proc while it runs: VmHWM of the guardian process)."""
        out = os.path.join(self.work, "net", "client.out")
        with open(out, "w") as stdout:
            p = subprocess.Popen(prefix + [sys.executable, os.path.join(HERE, "net", "client.py"), *map(str, args)],
                                 cwd=self.work, env=env, stdout=stdout, stderr=subprocess.PIPE, text=True)
            hwm, deadline = None, time.time() + timeout
            while p.poll() is None and time.time() < deadline:
                if watch_rss:
                    hwm = vm(p.pid, "VmHWM") or hwm
                time.sleep(0.02)
            if p.poll() is None:
                p.kill()
                p.wait()
                raise RuntimeError(f"no answer in {timeout} s")
            err = p.stderr.read()
        if p.returncode != 0:
            raise RuntimeError(f"exit {p.returncode}: {err.strip()[-400:]}")
        with open(out) as f:
            return json.loads(f.read().strip().splitlines()[-1]), hwm

    def start_relays(self, d, ports):
        """The floor of a proxy (`micro/tlsrelay.c`): a TLS-terminating relay to the server's HTTPS
        port (its own throwaway CA, which the floor's client trusts; the server verified against the
        bench's CA) and a plain TCP relay (splice) to its HTTP port. Returns (processes, ports, the
        floor client's CA) or None when the relay cannot be built here (the floor cells are skipped)."""
        out = os.path.join(self.work, "micro")
        os.makedirs(out, exist_ok=True)
        relay = os.path.join(out, "tlsrelay")
        r = sh(["cc", "-O2", "-pthread", "-o", relay, os.path.join(HERE, "micro", "tlsrelay.c"), "-lssl", "-lcrypto"])
        if r.returncode:
            if "openssl/" in r.stderr and ("No such file" in r.stderr or "not found" in r.stderr):
                why = "the OpenSSL headers are missing: no relay floor for the downloads (apt-get install libssl-dev)"
                self.skipped["network floor"] = why
                log(f"bench: skipping the network floor: {why}")
                return None
            raise RuntimeError(f"cannot compile tlsrelay.c: {r.stderr.strip()[-400:]}")
        ca, leaf, leaf_key = self.make_certificates(os.path.join(d, "relay"))
        procs, relay_ports = {}, {}
        for kind, args in (("https", ["-c", leaf, "-k", leaf_key, "-a", os.path.join(d, "ca.pem"), str(ports["https"])]),
                           ("http", [str(ports["http"])])):
            err = open(os.path.join(d, f"relay-{kind}.err"), "w")
            p = subprocess.Popen([relay, *args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err, text=True)
            err.close()
            procs[kind] = p
            line = p.stdout.readline().strip()
            if not line.isdigit():
                for q in procs.values():
                    q.kill()
                    q.wait()
                raise RuntimeError(f"the {kind} relay did not start")
            relay_ports[kind] = int(line)
        return procs, relay_ports, ca

    def net_micro(self):
        """Loopback connections through Guardian's proxy against the same ones natively: fresh
        connections (plain, and TLS with a full handshake to new and to known host names), 1,000
        requests on one keep-alive connection (HTTP and HTTPS), one large download (both). The
        downloads also through the floor of a proxy (`micro/tlsrelay.c`), in the same rounds."""
        if not shutil.which("openssl"):
            self.skipped["network"] = "openssl not installed: no certificates for the TLS server (apt-get install openssl)"
            return
        d = os.path.join(self.work, "net")
        try:
            ca, leaf, leaf_key = self.make_certificates(d)
        except RuntimeError as e:
            self.problems.append(f"network: making the test certificates failed: {e}")
            return
        sizes = (dict(connections=20, new_hosts=5, same_host=20, requests=200, download=5_000_000) if self.smoke else
                 dict(connections=100, new_hosts=20, same_host=100, requests=1000, download=100_000_000))
        server = subprocess.Popen([sys.executable, os.path.join(HERE, "net", "server.py"), leaf, leaf_key],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        res = {"sizes": sizes, "cells": {}}
        relays = {}
        try:
            ports = json.loads(server.stdout.readline() or "{}")
            if "http" not in ports:
                self.problems.append("network: the test server did not start")
                return
            cells = [
                ("connect", ["connect", ports["http"], sizes["connections"]]),
                ("handshake", ["handshake", ports["https"], sizes["new_hosts"], sizes["same_host"]]),
                ("keepalive_http", ["keepalive", ports["http"], sizes["requests"]]),
                ("keepalive_https", ["keepalive", ports["https"], sizes["requests"], "--tls"]),
                ("download_http", ["download", ports["http"], sizes["download"]]),
                ("download_https", ["download", ports["https"], sizes["download"], "--tls"]),
            ]
            # Natively the client trusts the bench's CA; under Guardian the session bundle (Guardian
            # overwrites SSL_CERT_FILE), and Guardian trusts the bench's CA upstream.
            env = dict(self.env, SSL_CERT_FILE=ca)
            wrappers = {"native": [], "guardian": [self.guardian, "run", "-q", "--upstream-ca", ca, "--"]}
            # The floor: the native client through the relays, downloads only; it trusts the relay's CA.
            floor = {}
            try:
                started = self.start_relays(d, ports)
            except RuntimeError as e:
                self.problems.append(f"network floor: {e}")
                started = None
            if started:
                relays, relay_ports, relay_ca = started
                floor = {"download_http": ["download", relay_ports["http"], sizes["download"]],
                         "download_https": ["download", relay_ports["https"], sizes["download"], "--tls"]}
                wrappers = {"native": [], "floor": [], "guardian": wrappers["guardian"]}
            # Other builds of guardian (--compare NAME=PATH), interleaved with the rest run by run,
            # so a before/after comparison meets the same machine load.
            for name, path in self.compare:
                wrappers[name] = [path, "run", "-q", "--upstream-ca", ca, "--"]
            runs = {cell: {w: [] for w in wrappers} for cell, _ in cells}
            hwm, relay_cpu = {}, {}
            for i in range(self.runs):
                for cell, args in cells:
                    for wname, prefix in wrappers.items():
                        run_args, run_env = args, env
                        if wname == "floor":
                            if cell not in floor:
                                continue
                            run_args, run_env = floor[cell], dict(self.env, SSL_CERT_FILE=relay_ca)
                            relay = relays["https" if cell.endswith("https") else "http"]
                            cpu0 = cpu_seconds(relay.pid)
                        try:
                            data, peak = self.run_client(prefix, run_args, run_env,
                                                         watch_rss=(wname not in ("native", "floor") and cell.startswith("download")),
                                                         timeout=120 if self.smoke else 600)
                        except RuntimeError as e:
                            self.problems.append(f"network {cell} under {wname}: {e}")
                            continue
                        if wname == "floor":
                            # The relay's own CPU time for this download (a warm-up request, then the body).
                            data["relay_cpu_s"] = cpu_seconds(relay.pid) - cpu0
                            relay_cpu.setdefault(cell, []).append((data["relay_cpu_s"], data["bytes"]))
                        runs[cell][wname].append(data)
                        if peak:
                            hwm.setdefault(wname, []).append(peak)
                log(f"bench: network run {i + 1}/{self.runs} done")
            res["cells"] = summarize_network(runs)
            for cell, cpu in relay_cpu.items():
                # All runs together: /proc counts in clock ticks (10 ms), too coarse for one small run.
                seconds = sum(c for c, _ in cpu)
                res["cells"][cell]["floor"]["cpu_s"] = seconds
                if seconds >= 0.1:
                    res["cells"][cell]["floor"]["cpu_s_per_gb"] = seconds / sum(b for _, b in cpu) * 1e9
            if relays:
                with open(os.path.join(d, "relay-https.err")) as f:
                    # What the relay's two legs negotiated, as the relay logs it per connection.
                    res["floor_tls"] = sorted({line.split(": ", 1)[1].strip() for line in f if line.startswith("tlsrelay: client ")})
            if self.skipped.get("network floor"):
                res["floor_skipped"] = self.skipped["network floor"]
            if hwm.get("guardian"):
                res["guardian_download_hwm_mib"] = max(hwm["guardian"])
            if self.compare:
                res["compared"] = [name for name, _ in self.compare]
                res["download_hwm_mib"] = {w: max(v) for w, v in hwm.items()}
        finally:
            for p in relays.values():
                p.terminate()
                p.wait()
            server.stdin.close()
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        self.result["network"] = res

    def run(self):
        self.result["machine"] = self.machine()
        if self.args.startup_only or self.args.only == "network":
            if self.args.startup_only:
                self.startup_micro()
            else:
                log("bench: network only")
                self.net_micro()
            self.result["machine"]["load_end"] = os.getloadavg()
            self.result["problems"] = self.problems
            return self.result
        self.generate()
        self.result["inputs"] = self.inputs
        micro = self.compile_micro()
        if self.args.only in ("opens", "exec"):
            log(f"bench: {self.args.only} only")
            self.result["compared"] = [name for name, _ in self.compare]
            if self.args.only == "opens":
                self.open_micro(micro)
            else:
                self.exec_micro(micro)
            self.result["machine"]["load_end"] = os.getloadavg()
            self.result["problems"] = self.problems
            return self.result
        log("bench: workloads")
        self.run_workloads()
        log("bench: the project pre-scan alone")
        self.prescan_cell()
        if self.args.only == "workloads":
            self.result["machine"]["load_end"] = os.getloadavg()
            self.result["problems"] = self.problems
            return self.result
        log("bench: micro figures")
        self.open_micro(micro)
        self.served_first_micro(micro)
        self.exec_micro(micro)
        self.locale_micro(micro)
        self.fanotify_micro(micro)
        self.startup_micro()
        self.rss_micro()
        log("bench: network")
        self.net_micro()
        self.result["machine"]["load_end"] = os.getloadavg()
        self.result["problems"] = self.problems
        return self.result


# -- network figures ----------------------------------------------------------------------
def distribution(samples_ns):
    s = sorted(samples_ns)
    if not s:
        return None
    return {"n": len(s), "p50_us": percentile(s, 50) / 1000, "p90_us": percentile(s, 90) / 1000,
            "p99_us": percentile(s, 99) / 1000, "max_us": s[-1] / 1000}


def summarize_network(runs):
    """Per cell and wrapper: latency distributions of every run's samples pooled, or download
    throughput per run; then Guardian minus native (latency) or Guardian ÷ native (throughput)."""
    out = {}
    for cell, by in runs.items():
        c = {}
        for w, datas in by.items():
            if not datas:
                continue
            if cell.startswith("download"):
                mbs = [d["bytes"] / d["download_ns"] * 1000 for d in datas]  # bytes/ns × 1000 = MB/s
                c[w] = {"mb_s": median(mbs), "min_mb_s": min(mbs), "max_mb_s": max(mbs), "runs_mb_s": mbs,
                        "bytes": datas[0]["bytes"]}
                if datas[0].get("tls"):
                    c[w]["tls"] = datas[0]["tls"]
            else:
                keys = [k for k in datas[0] if k.endswith("_ns")]
                c[w] = {k[:-3]: distribution([x for d in datas for x in d[k]]) for k in keys}
        n, g = c.get("native"), c.get("guardian")
        if n and cell.startswith("download"):
            for w in by:
                if w not in ("native", "guardian") and c.get(w):
                    c[f"ratio_{w}"] = c[w]["mb_s"] / n["mb_s"]
        if g and c.get("floor") and cell.startswith("download"):
            c["guardian_over_floor"] = g["mb_s"] / c["floor"]["mb_s"]
        if n and g:
            if cell.startswith("download"):
                c["ratio"] = g["mb_s"] / n["mb_s"]
            else:
                c["added"] = {k: {"p50_us": g[k]["p50_us"] - n[k]["p50_us"], "p99_us": g[k]["p99_us"] - n[k]["p99_us"]}
                              for k in n if n[k] and g.get(k)}
        if cell == "handshake" and g:
            # What a host's first use costs Guardian beyond a known host's: the leaf it mints and
            # the TLS context it builds, then caches.
            c["guardian_new_host_extra_us"] = {
                k: g[f"new_host_{k}"]["p50_us"] - g[f"same_host_{k}"]["p50_us"] for k in ("handshake", "first_response")}
        out[cell] = c
    return out


# -- /proc helpers ------------------------------------------------------------------------
def status_field(pid, key):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return line.split()[1]
    except OSError:
        return None


def cpu_seconds(pid):
    """User + system CPU time of a process so far (/proc/PID/stat utime and stime), seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def vm(pid, key):
    v = status_field(pid, key)
    return round(int(v) / 1024, 1) if v else None


def children(pid):
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                out += [int(x) for x in f.read().split()]
    except OSError:
        pass
    return out


def comm(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return None


def paired_difference(xs, ys, resamples=2000):
    """Median of xs[i] - ys[i] (seconds, one pair per round) in ms, with a 95% percentile
    bootstrap interval of that median (fixed seed: the same data give the same interval)."""
    import random
    d = [(x - y) * 1000 for x, y in zip(xs, ys)]
    if not d:
        return {}
    rng = random.Random(19)
    meds = sorted(median([rng.choice(d) for _ in d]) for _ in range(resamples))
    return {"median": round(median(d), 3), "ci95": [round(meds[int(0.025 * resamples)], 3), round(meds[int(0.975 * resamples) - 1], 3)],
            "pairs": len(d)}


# -- report -------------------------------------------------------------------------------
def startup_lines(res):
    L = []
    for key, what in (("startup", ""), ("startup_budget_home", ", HOME at the pin walk's budget (4,700 entries in its dot-directories)"),
                      ("startup_budget_home_uncached", ", the same HOME without the last session's listings (the cache removed before each start)")):
        s = res.get(key, {})
        if s:
            L.append(f"- `guardian run -q -- true`{what}: {s['guardian_ms']:.1f} ms median ({s['guardian_min_ms']:.1f}–{s['guardian_max_ms']:.1f}) "
                     f"vs native `true` {s['native_ms']:.2f} ms: **+{s['overhead_ms']:.1f} ms** ({s['tool']})"
                     + (f"; CPU {s['cpu_ms']:.1f} ms" if "cpu_ms" in s else "")
                     + (f"; last session's listing: {s['home_listing']}" if s.get("home_listing") else ""))
            for name, c in s.get("compared", {}).items():
                L.append(f"  - {name}: {c['guardian_ms']:.1f} ms median ({c['guardian_min_ms']:.1f}–{c['guardian_max_ms']:.1f}): "
                         f"**+{c['overhead_ms']:.1f} ms**; CPU {c['cpu_ms']:.1f} ms"
                         + "".join(f"; {what} − guardian, paired: {d['median']:+.2f} ms (95% CI {d['ci95'][0]:+.2f} … {d['ci95'][1]:+.2f})"
                                   for what, d in (("wall", c.get("paired_wall_ms")), ("CPU", c.get("paired_cpu_ms"))) if d))
            for name, c in [("guardian", s)] + list(s.get("compared", {}).items()):
                if c.get("start_ms"):
                    L.append(f"  - {name} `start_ms` medians: " + " ".join(f"{k} {v:.2f}" for k, v in c["start_ms"].items()))
    return L


def exec_only_markdown(res, command):
    m = res["machine"]
    e = res["exec"]
    L = [f"## Guardian exec loop — {m['date']}", "",
         f"- Machine: {m['nproc']} CPUs, {m['cpu']}; kernel {m['kernel']}; load average at start {fmt_load(m['load_start'])}, at end {fmt_load(m.get('load_end'))}",
         f"- Guardian {m['revision']} ({m['guardian']}); command `{command}`", "",
         "| runner | µs per fork+exec+wait (median) | added µs (median of runs) | added µs, run by run against that run's native |",
         "|---|---|---|---|"]
    for k, v in e.items():
        if k in ("n", "supervisor") or not isinstance(v, dict) or "per_exec_us" not in v:
            continue
        added = f"{v['overhead_us']:.0f}" if "overhead_us" in v else "—"
        runs = " ".join(f"{x:.0f}" for x in v.get("runs_overhead_us", [])) or "—"
        paired = f" (median {v['overhead_us_paired_median']:.0f})" if "overhead_us_paired_median" in v else ""
        L.append(f"| {k} | {v['per_exec_us']:.0f} | {added} | {runs}{paired} |")
    return "\n".join(L) + "\n"


def markdown(res, command):
    if "exec" in res and "workloads" not in res and "opens" not in res:  # --only exec
        return exec_only_markdown(res, command)
    if "workloads" not in res and "network" not in res and "opens" not in res:  # --startup-only
        m = res["machine"]
        return "\n".join([f"## Guardian start-up — {m['date']}", "",
                          f"- Machine: {m['nproc']} CPUs, {m['cpu']}; kernel {m['kernel']}; load average at start {fmt_load(m['load_start'])}, at end {fmt_load(m.get('load_end'))}",
                          f"- Guardian {m['revision']} ({m['guardian']}); command `{command}`"] + startup_lines(res)) + "\n"
    m = res["machine"]
    if "workloads" not in res and "opens" in res:
        return opens_only_markdown(res, command)
    if "workloads" not in res:
        return network_only_markdown(res, command)
    wl = res["workloads"]
    L = []
    L.append(f"## Guardian benchmark — {m['date']}{' (smoke: tiny sizes, not a measurement)' if res['smoke'] else ''}")
    L.append("")
    L.append(f"- Machine: {m['nproc']} CPUs, {m['cpu']}, {m['memory_gib']} GiB; kernel {m['kernel']}; {m['os']}")
    L.append(f"- Load average at start {fmt_load(m['load_start'])}, at end {fmt_load(m.get('load_end'))}")
    L.append(f"- Guardian {m['revision']} ({m['guardian']}); {res['runs']} run(s) per cell, wrappers interleaved")
    L.append(f"- Command: `{command}`")
    for k, why in wl["skipped"].items():
        L.append(f"- Skipped column {k}: {why}")
    L.append("")
    cols = wl["wrappers"]
    # The fixed start-up cost (measured below) dominates short workloads; the column without it
    # shows the per-call overhead alone. The targets use the plain ratio.
    startup_s = res.get("startup", {}).get("overhead_ms", 0) / 1000
    head = "| workload | " + " | ".join(
        f"{c} median (min–max)" + ("" if c == "native" else f" | {c} ×")
        + (" | guardian × without start-up" if c == "guardian" and startup_s else "") for c in cols) + " |"
    L.append(head)
    L.append("|" + "---|" * (1 + len(cols) + len(cols) - 1 + (1 if startup_s else 0)))
    for r in wl["rows"]:
        cells = [r["workload"]]
        for c in cols:
            x = r[c]
            if "median_s" not in x:
                cells.append("FAILED")
                if c != "native":
                    cells.append("—")
                continue
            cells.append(f"{x['median_s']:.3f} s ({x['min_s']:.3f}–{x['max_s']:.3f})")
            if c != "native":
                cells.append(f"{x['ratio']:.2f}×")
            if c == "guardian" and startup_s:
                cells.append(f"{(x['median_s'] - startup_s) / r['native']['median_s']:.2f}×"
                             if "median_s" in r["native"] else "—")
        L.append("| " + " | ".join(cells) + " |")
    geo = ["**geometric mean**"]
    for c in cols:
        geo.append("")
        if c != "native":
            geo.append(f"**{wl['geomean'][c]:.2f}×**")
        if c == "guardian" and startup_s:
            geo.append(f"{geomean([(r[c]['median_s'] - startup_s) / r['native']['median_s'] for r in wl['rows'] if 'median_s' in r[c] and 'median_s' in r['native']]):.2f}×")
    L.append("| " + " | ".join(geo) + " |")
    floor_rows = [r for r in wl["rows"] if "median_s" in r.get("floor", {}) and "median_s" in r["guardian"]]
    if floor_rows:
        L.append("")
        L.append("Guardian ÷ floor (the same round trips and kernel work in C, deciding nothing; `bench/micro/floor.c`): "
                 + ", ".join(f"{r['workload']} {r['guardian']['median_s'] / r['floor']['median_s']:.2f}" for r in floor_rows)
                 + f"; geometric mean **{geomean([r['guardian']['median_s'] / r['floor']['median_s'] for r in floor_rows]):.2f}**")
    if wl.get("strace_over_guardian_geomean"):
        L.append("")
        L.append(f"strace -f / guardian (geometric mean of per-workload time ratios): **{wl['strace_over_guardian_geomean']:.2f}×**")
    for build in [c for c in cols if c + "-noscan" in cols]:
        scan = [(r["workload"], r[build]["median_s"] / r[build + "-noscan"]["median_s"]) for r in wl["rows"]
                if "median_s" in r.get(build, {}) and "median_s" in r.get(build + "-noscan", {})]
        if scan:
            L.append("")
            L.append(f"Masking secrets at open, {build} ÷ {build} `--no-secret-scan` (target ≤ 1.03): "
                     + ", ".join(f"{name} {x:.3f}" for name, x in scan)
                     + f"; geometric mean **{geomean([x for _, x in scan]):.3f}**")
    L += counts_markdown(wl["rows"])
    L += prescan_markdown(res.get("prescan"))
    if "opens" not in res:  # --only workloads
        return "\n".join(L) + "\n"
    L.append("")
    L.append("### Opens (C loop of open+close, timed inside the process; overhead = (guardian − native) / N)")
    L.append("")
    L.append("| case | N | native µs/open | guardian µs/open | overhead µs | guardian p50 / p90 / p99 / max µs | native p50 / p99 µs | guardian outcome |")
    L.append("|---|---|---|---|---|---|---|---|")
    for o in res.get("opens", []):
        n, g = o.get("native"), o.get("guardian")
        if not (n and g):
            L.append(f"| {o['case']} | {o['n']} | FAILED | | | | | |")
            continue
        out = o.get("guardian_outcome", {})
        outcome = f"{out.get('ok')} ok, {out.get('failed')} failed" + (f" (errno {out['errno']})" if out.get("failed") else "")
        L.append(f"| {o['case']} | {o['n']} | {n['per_open_us']:.2f} | {g['per_open_us']:.2f} | {o['overhead_us']:.2f} | "
                 f"{g['p50_us']:.1f} / {g['p90_us']:.1f} / {g['p99_us']:.1f} / {g['max_us']:.0f} | {n['p50_us']:.1f} / {n['p99_us']:.1f} | {outcome} |")
    floors = [o for o in res.get("opens", []) if o.get("floor") and o.get("native")]
    if floors:
        L.append("")
        L.append("The same opens under the floor (`bench/micro/floor.c`: the same round trip, copy, openat2, fstat, "
                 "reopen and ADDFD+SEND in C, deciding nothing), µs per open and p50 / p99: "
                 + "; ".join(f"{o['case']} {o['floor']['per_open_us']:.2f} ({o['floor']['p50_us']:.1f} / {o['floor']['p99_us']:.1f})"
                             for o in floors))
    L.append("")
    L.append("The p50–max columns are the target's view: clock_gettime around each open, so they include the "
             "notification round trip, the decision, the supervisor's own open and ADDFD+SEND.")
    own = [o for o in res.get("opens", []) if o.get("supervisor")]
    if own:
        L.append("")
        L.append("Decision latency, the supervisor's own clock (RECV returned → answer sent; held calls excluded), "
                 "from each run's session-end event:")
        L.append("")
        L.append("| case | notifications | p50 µs | p99 µs | max µs | the case's kind: guardian p50 / p99 µs | floor p50 / p99 µs (`floor -s`) |")
        L.append("|---|---|---|---|---|---|---|")
        for o in own:
            s = o["supervisor"]
            # The kind the case's opens are answered as, on both supervisors' own clocks.
            kind = "open_enoent" if "ENOENT" in o["case"] else "open_error" if "denied" in o["case"] else "open_fd"
            gk = s.get("kinds", {}).get(kind)
            fk = (o.get("floor_supervisor") or {}).get("kinds", {}).get(kind)
            g_cell = f"{gk['p50_us']:.1f} / {gk['p99_us']:.1f}" if gk else "—"
            f_cell = f"{fk['p50_us']:.1f} / {fk['p99_us']:.1f}" if fk else "—"
            L.append(f"| {o['case']} | {s['decisions']} | {s['p50_us']:.1f} | {s['p99_us']:.1f} | {s['max_us']:.0f} | {g_cell} | {f_cell} |")
    sf = res.get("served_first", {})
    if "guardian" in sf and "native" in sf:
        L.append("")
        L.append(f"First open of a new trust bundle version ({sf['bytes'] // 1024} KiB, read, checked, sealed; "
                 f"{sf['k']} fresh copies, one open each): guardian p50 {sf['guardian']['p50_us']:.0f} µs, "
                 f"p90 {sf['guardian']['p90_us']:.0f} µs, max {sf['guardian']['max_us']:.0f} µs; native p50 {sf['native']['p50_us']:.1f} µs")
    e = res.get("exec", {})
    L.append("")
    L.append("### Other micro figures")
    L.append("")
    if "native" in e:
        line = f"- fork+exec+wait of /bin/true (N={e['n']}, runs interleaved): native {e['native']['per_exec_us']:.0f} µs"
        for k, v in e.items():
            if k in ("n", "native", "supervisor") or not isinstance(v, dict) or "overhead_us" not in v:
                continue
            name = "strace -f" if k == "strace" else k
            paired = v.get("overhead_us_paired_median")
            line += f", {name} {v['per_exec_us']:.0f} µs (+{v['overhead_us']:.0f} µs" + (f"; run by run, median +{paired:.0f}" if paired is not None else "") + ")"
        L.append(line)
    L += startup_lines(res)
    r = res.get("rss", {})
    if "rss_mib" in r:
        L.append(f"- Supervisor RSS with {r['live_sleep_processes']} live processes in the tree: **{r['rss_mib']} MiB** "
                 f"(peak {r['hwm_mib']} MiB, {r['threads']} threads); idle with one process: {r['idle_rss_mib']} MiB")
    L += locale_markdown(res.get("locale"))
    sup = e.get("supervisor")
    if sup and sup.get("kinds"):
        L.append("")
        L.append(f"Supervisor's decision latency by kind during the exec loop (N={e['n']}, one session):")
        L += kinds_markdown(sup["kinds"])
    f = res.get("fanotify")
    if f:
        L.append("")
        L.append("### fanotify permission events against a seccomp notification (minimal C listeners, `bench/micro/fanotify.c`)")
        L.append("")
        L.append("| case | N | µs/open | p50 µs | p99 µs |")
        L.append("|---|---|---|---|---|")
        for c in f:
            L.append(f"| {c['case']} | {c['n']} | {c['us_per_open']:.2f} | {c['p50_us']:.1f} | {c['p99_us']:.1f} |")
    L += network_markdown(res.get("network"))
    if res["problems"]:
        L.append("")
        L.append("### Problems")
        L += [f"- {p}" for p in res["problems"]]
    return "\n".join(L) + "\n"


KIND_ORDER = ["open_fd", "open_enoent", "open_error", "exec", "path", "network", "credentials", "namespace", "other"]


def kinds_markdown(kinds):
    L = ["", "| kind | notifications | p50 µs | p99 µs | max µs |", "|---|---|---|---|---|"]
    for k in sorted(kinds, key=lambda k: KIND_ORDER.index(k) if k in KIND_ORDER else 99):
        v = kinds[k]
        L.append(f"| {k} | {v['n']} | {v['p50_us']:.1f} | {v['p99_us']:.1f} | {v['max_us']:.0f} |")
    return L


def counts_markdown(rows):
    """Notifications per workload (the last guardian run's session-end event): how many, how
    many per exec, and the supervisor's decision latency for the two kinds that dominate."""
    rows = [r for r in rows if r.get("supervisor")]
    if not rows:
        return []
    L = ["", "Notifications per workload (one guardian run's session-end event; the supervisor's own clock, RECV → answer):", "",
         "| workload | notifications | execs | per exec | allowed opens (fd) | ENOENT | other refusals | open_fd p50 / p99 µs | exec p50 / p99 µs | all p50 / p99 µs |",
         "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        s = r["supervisor"]
        k = s.get("kinds", {})
        execs = k.get("exec", {}).get("n", 0)
        per = f"{s['decisions'] / execs:.1f}" if execs else "—"
        def pp(name):
            v = k.get(name)
            return f"{v['p50_us']:.1f} / {v['p99_us']:.1f}" if v else "—"
        L.append(f"| {r['workload']} | {s['decisions']} | {execs} | {per} | {k.get('open_fd', {}).get('n', 0)} | "
                 f"{k.get('open_enoent', {}).get('n', 0)} | {k.get('open_error', {}).get('n', 0)} | {pp('open_fd')} | {pp('exec')} | "
                 f"{s['p50_us']:.1f} / {s['p99_us']:.1f} |")
    scans = [(r["workload"], r["supervisor"]["secret_prescan"]) for r in rows if r["supervisor"].get("secret_prescan")]
    if scans:
        L += ["", "The project's background pre-scan for secrets, in the same runs (session-end event): "
              + "; ".join(f"{name}: {s}" for name, s in scans)]
    return L


def prescan_markdown(p):
    """The project pre-scan of the large repository alone (Suite.prescan_cell)."""
    if not p:
        return []
    builds = [k for k in p if isinstance(p[k], dict)]
    parts = []
    for b in builds:
        v = p[b]
        if v.get("median_ms") is not None:
            parts.append(f"{b} {v['median_ms']:.0f} ms (runs {', '.join(str(x) for x in v['ms'])}; files {v['files']})")
        else:
            parts.append(f"{b}: {'; '.join(v['summaries'][:3])}")
    return ["", f"The project's secret pre-scan of the {p['repo_files']}-file repository alone (a session whose agent sleeps; "
            f"session-end event; load {fmt_load(p.get('load'))}): " + "; ".join(parts)]


def locale_markdown(loc):
    if not loc or not loc.get("cases"):
        return []
    L = ["", f"### One short command: `cat /etc/hostname` from a C loop, N={loc['n']} (start-up excluded)", "",
         f"Locale archive {'present' if loc['locale_archive'] else 'absent'} (/usr/lib/locale/locale-archive); "
         f"C.UTF-8 directory {'present' if loc['c_utf8_directory'] else 'absent'}.", "",
         "| locale | native µs/exec | guardian µs/exec | added µs | notifications per exec | of which opens (fd / ENOENT / error), execs |",
         "|---|---|---|---|---|---|"]
    for c in loc["cases"]:
        per = c.get("notifications_per_exec")
        kp = c.get("kinds_per_exec", {})
        split = (f"{kp.get('open_fd', 0):.1f} / {kp.get('open_enoent', 0):.1f} / {kp.get('open_error', 0):.1f}, "
                 f"{kp.get('exec', 0):.1f}") if kp else "—"
        L.append(f"| {c['locale']} | {c['native_us']:.0f} | {c['guardian_us']:.0f} | **+{c['added_us']:.0f}** | "
                 f"{per:.1f} | {split} |" if per is not None else
                 f"| {c['locale']} | {c['native_us']:.0f} | {c['guardian_us']:.0f} | **+{c['added_us']:.0f}** | — | — |")
    for c in loc["cases"]:
        if c.get("supervisor", {}).get("kinds"):
            L.append("")
            L.append(f"Supervisor's decision latency by kind, {c['locale']}:")
            L += kinds_markdown(c["supervisor"]["kinds"])
    return L


NETWORK_ROWS = [
    ("connect", "connect", "fresh plain connection: connect"),
    ("connect", "first_response", "fresh plain connection: connect → response to one GET"),
    ("handshake", "new_host_handshake", "fresh TLS connection, new host name: connect + full handshake"),
    ("handshake", "new_host_first_response", "fresh TLS connection, new host name: → response to one GET"),
    ("handshake", "same_host_handshake", "fresh TLS connection, known host name: connect + full handshake"),
    ("handshake", "same_host_first_response", "fresh TLS connection, known host name: → response to one GET"),
    ("keepalive_http", "request", "keep-alive HTTP request, warm connection"),
    ("keepalive_https", "request", "keep-alive HTTPS request, warm connection"),
]


def network_markdown(net):
    if not net or not net.get("cells"):
        return []
    cells, z = net["cells"], net["sizes"]
    L = ["", "### Network (loopback through Guardian's proxy; the client times itself, start-up excluded)", "",
         f"Fresh connections: {z['connections']} plain, {z['new_hosts']} TLS to new host names and {z['same_host']} to a "
         f"known one per run; keep-alive: {z['requests']} requests per run on one connection; samples of all runs pooled.", "",
         "| cell | N | native p50 / p99 µs | guardian p50 / p99 µs | added p50 / p99 µs |", "|---|---|---|---|---|"]
    for cell, key, label in NETWORK_ROWS:
        c = cells.get(cell, {})
        n, g = (c.get("native") or {}).get(key), (c.get("guardian") or {}).get(key)
        if not (n and g):
            L.append(f"| {label} | | FAILED | | |")
            continue
        a = c["added"][key]
        L.append(f"| {label} | {g['n']} | {n['p50_us']:.0f} / {n['p99_us']:.0f} | {g['p50_us']:.0f} / {g['p99_us']:.0f} | "
                 f"**{a['p50_us']:+.0f}** / {a['p99_us']:+.0f} |")
    extra = cells.get("handshake", {}).get("guardian_new_host_extra_us")
    if extra:
        L.append("")
        L.append(f"A new host name's first TLS connection under Guardian, over a known one's (leaf minted, context built, "
                 f"then cached): {extra['handshake'] / 1000:+.2f} ms to the end of the handshake, "
                 f"{extra['first_response'] / 1000:+.2f} ms to the first response.")
    floor = any((cells.get(k) or {}).get("floor") for k in ("download_http", "download_https"))
    if floor:
        L += ["", "The floor (`bench/micro/tlsrelay.c`): the native client through a minimal relay in C in the same rounds — "
              "for HTTPS a TLS-terminating relay with OpenSSL (one decrypt and one encrypt per byte, no parsing, "
              "no decision), for HTTP a TCP relay that splices; its CPU time per GB from /proc over all runs.", "",
              "| download (one GET on a warm connection) | native MB/s (min–max) | floor MB/s (min–max) | floor ÷ native "
              "| floor CPU s/GB | guardian MB/s (min–max) | guardian ÷ native | guardian ÷ floor |",
              "|---|---|---|---|---|---|---|---|"]
    else:
        L += ["", "| download (one GET on a warm connection) | native MB/s (min–max) | guardian MB/s (min–max) | guardian ÷ native |",
              "|---|---|---|---|"]
    for cell, label in (("download_http", "HTTP"), ("download_https", "HTTPS")):
        c = cells.get(cell, {})
        n, g, f = c.get("native"), c.get("guardian"), c.get("floor")
        if not (n and g):
            L.append(f"| {label} | FAILED | | |")
            continue
        gcol = f"{g['mb_s']:.0f} ({g['min_mb_s']:.0f}–{g['max_mb_s']:.0f}) | **{c['ratio']:.2f}**"
        if not floor:
            L.append(f"| {label}, {n['bytes'] / 1e6:.0f} MB | {n['mb_s']:.0f} ({n['min_mb_s']:.0f}–{n['max_mb_s']:.0f}) | {gcol} |")
        elif not f:
            L.append(f"| {label}, {n['bytes'] / 1e6:.0f} MB | {n['mb_s']:.0f} ({n['min_mb_s']:.0f}–{n['max_mb_s']:.0f}) | FAILED | | | {gcol} | |")
        else:
            cpu = f"{f['cpu_s_per_gb']:.2f}" if "cpu_s_per_gb" in f else "— (under 0.1 s in all)"
            L.append(f"| {label}, {n['bytes'] / 1e6:.0f} MB | {n['mb_s']:.0f} ({n['min_mb_s']:.0f}–{n['max_mb_s']:.0f}) | "
                     f"{f['mb_s']:.0f} ({f['min_mb_s']:.0f}–{f['max_mb_s']:.0f}) | **{c['ratio_floor']:.2f}** | "
                     f"{cpu} | {gcol} | **{c['guardian_over_floor']:.2f}** |")
    notes = []
    if net.get("floor_tls"):
        notes.append("The relay's legs negotiated: " + "; ".join(net["floor_tls"]) + ".")
    tls = {w: d.get("tls") for w, d in (cells.get("download_https") or {}).items() if isinstance(d, dict) and d.get("tls")}
    if tls:
        notes.append("The client's HTTPS download connection: " + "; ".join(f"{w} {v}" for w, v in tls.items()) + ".")
    if net.get("floor_skipped"):
        notes.append(f"No floor column: {net['floor_skipped']}.")
    for w in net.get("compared", []):
        for cell, label in (("download_http", "HTTP"), ("download_https", "HTTPS")):
            c = cells.get(cell, {})
            n, g = c.get("native"), c.get(w)
            if n and g:
                pad = " | | |" if floor else ""
                L.append(f"| {label}, {n['bytes'] / 1e6:.0f} MB, **{w}** (same runs) | {n['mb_s']:.0f} |{pad} "
                         f"{g['mb_s']:.0f} ({g['min_mb_s']:.0f}–{g['max_mb_s']:.0f}) | **{c[f'ratio_{w}']:.2f}** |"
                         + (f" {g['mb_s'] / c['floor']['mb_s']:.2f} |" if floor and c.get("floor") else (" |" if floor else "")))
    if notes:
        L += [""] + notes
    if net.get("guardian_download_hwm_mib"):
        L.append("")
        L.append(f"Guardian's peak RSS during a download: {net['guardian_download_hwm_mib']} MiB"
                 + "".join(f"; {w}: {v} MiB" for w, v in net.get("download_hwm_mib", {}).items() if w != "guardian") + ".")
    return L


def network_only_markdown(res, command):
    """The report of a run of the network cells alone (--only network)."""
    m = res["machine"]
    L = [f"## Guardian benchmark, network cells only — {m['date']}{' (smoke: tiny sizes, not a measurement)' if res['smoke'] else ''}", "",
         f"- Machine: {m['nproc']} CPUs, {m['cpu']}, {m['memory_gib']} GiB; kernel {m['kernel']}; {m['os']}",
         f"- Load average at start {fmt_load(m['load_start'])}, at end {fmt_load(m.get('load_end'))}",
         f"- Guardian {m['revision']} ({m['guardian']}); {res['runs']} run(s) per cell, wrappers interleaved",
         f"- Command: `{command}`"]
    L += network_markdown(res.get("network"))
    return "\n".join(L) + "\n"


def opens_only_markdown(res, command):
    """The report of a run of the open cells alone (--only opens): every runner of each case,
    the guardian builds compared and the floor among them, run by run."""
    m = res["machine"]
    L = [f"## Guardian benchmark, open cells only — {m['date']}{' (smoke: tiny sizes, not a measurement)' if res['smoke'] else ''}", "",
         f"- Machine: {m['nproc']} CPUs, {m['cpu']}, {m['memory_gib']} GiB; kernel {m['kernel']}; {m['os']}",
         f"- Load average at start {fmt_load(m['load_start'])}, at end {fmt_load(m.get('load_end'))}",
         f"- Guardian {m['revision']} ({m['guardian']}); {res['runs']} run(s) per cell, runners interleaved run by run",
         f"- Command: `{command}`", "",
         "Per open: the loop's time ÷ N, median of the runs (each run in brackets). The target's view: "
         "clock_gettime around each open, first run. Own clock: RECV returned → answer sent, p50 of the "
         "case's kind (open_fd, or open_enoent) per run, from the session-end event (guardian) or `floor -s`.", "",
         "| case | runner | µs per open (runs) | target's view p50 / p99 µs | own clock p50 µs (runs) |",
         "|---|---|---|---|---|"]
    for o in res.get("opens", []):
        kind = "open_enoent" if "ENOENT" in o["case"] else "open_fd"
        for wname in ["native", "guardian"] + [c for c in res.get("compared", [])] + ["floor"]:
            r = o.get(wname)
            if not r:
                continue
            runs = ", ".join(f"{x:.2f}" for x in r.get("runs_per_open_us", []))
            own = o.get(f"{wname}_own_p50_us", {}).get(kind, [])
            own_cell = f"{median(own):.1f} ({', '.join(f'{x:.1f}' for x in own)})" if own else "—"
            L.append(f"| {o['case']} | {wname} | {r['per_open_us']:.2f} ({runs}) | {r['p50_us']:.1f} / {r['p99_us']:.1f} | {own_cell} |")
    if res.get("problems"):
        L += ["", "Problems: " + "; ".join(res["problems"])]
    return "\n".join(L) + "\n"


def fmt_load(x):
    return " ".join(f"{v:.2f}" for v in x) if x else "?"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--smoke", action="store_true", help="tiny sizes, one run: checks the suite works (CI)")
    ap.add_argument("--runs", type=int, help="timed runs per cell (default 5; 1 with --smoke)")
    ap.add_argument("--guardian", help="the guardian binary")
    ap.add_argument("--json", help="where to write the JSON results")
    ap.add_argument("--markdown", help="also write the markdown report here")
    ap.add_argument("--workdir", help="generate inputs here (kept); default a temp dir, removed")
    ap.add_argument("--command", default="bench/run.sh", help=argparse.SUPPRESS)
    ap.add_argument("--startup-only", action="store_true", help="only the start-up cells (this machine's HOME, and one at the pin walk's budget)")
    ap.add_argument("--only", choices=["network", "opens", "exec", "workloads"],
                    help="run only these cells (network: the proxy cells; opens: the open loop's allowed, project, ENOENT and directory cells; exec: the exec loop; no workloads; "
                         "workloads: the workloads natively and under guardian with and without masking, and the project pre-scan alone)")
    ap.add_argument("--compare", metavar="NAME=PATH", action="append",
                    help="workload, network and open cells: also measure this guardian binary, interleaved with the others (repeatable)")
    ap.add_argument("--report", metavar="JSON", help="only print the markdown report of an earlier run's JSON")
    args = ap.parse_args()
    if args.report:
        with open(args.report) as f:
            res = json.load(f)
        sys.stdout.write(markdown(res, res.get("command", args.command)))
        return 0
    if not args.guardian or not os.access(args.guardian, os.X_OK):
        print(f"bench: {args.guardian} is not an executable guardian binary", file=sys.stderr)
        return 2
    suite = Suite(args)
    try:
        res = suite.run()
        res["command"] = args.command
    finally:
        if not args.workdir:
            shutil.rmtree(suite.work, ignore_errors=True)
    text = markdown(res, args.command)
    sys.stdout.write(text)
    if args.json:
        os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
        with open(args.json, "w") as f:
            json.dump(res, f, indent=1)
        log(f"bench: results in {args.json}")
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text)
    if res["problems"]:
        log("bench: problems:\n  " + "\n  ".join(res["problems"]))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
