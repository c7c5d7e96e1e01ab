#!/usr/bin/env bash
# Checks that every manifest, config and script under deploy/ parses and holds together.
#
# One line per file ("ok" or "FAIL" with the reason), then "N passed, M failed".
# Exit status 0 when nothing failed, 1 otherwise. Needs bash and python3 with PyYAML;
# uses systemd-analyze, shellcheck and kubectl (for `kubectl kustomize`) when present.
#
#   deploy/check.sh            # check everything under deploy/
#   deploy/check.sh FILE...    # check only these files
set -u

deploy_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if ! command -v python3 >/dev/null 2>&1; then
    echo "check.sh: python3 is needed" >&2
    exit 1
fi
if ! python3 -c 'import yaml' 2>/dev/null; then
    echo "check.sh: PyYAML is needed (Debian/Ubuntu: apt-get install -y python3-yaml)" >&2
    exit 1
fi

exec python3 - "$deploy_dir" "$@" <<'PYTHON'
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

DEPLOY = sys.argv[1]
ROOT = os.path.dirname(DEPLOY)
results = []  # (ok, relpath, message)


class CheckError(Exception):
    pass


def rel(path):
    return os.path.relpath(path, ROOT)


def need(cond, message):
    if not cond:
        raise CheckError(message)


# ---------------------------------------------------------------------------- YAML / Kubernetes

WORKLOAD_KINDS = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "ReplicaSet", "CronJob"}


def pod_spec(doc):
    kind = doc.get("kind")
    spec = doc.get("spec") or {}
    if kind == "Pod":
        return spec
    if kind == "CronJob":
        return ((spec.get("jobTemplate") or {}).get("spec") or {}).get("template", {}).get("spec")
    return (spec.get("template") or {}).get("spec")


def configmaps_known(directory):
    """ConfigMap names (and their keys) a kustomization in `directory` would create."""
    known = {}
    kfile = os.path.join(directory, "kustomization.yaml")
    if not os.path.exists(kfile):
        return known
    with open(kfile, encoding="utf-8") as f:
        k = yaml.safe_load(f) or {}
    for gen in k.get("configMapGenerator") or []:
        keys = set()
        for entry in gen.get("files") or []:
            key, _, path = entry.partition("=")
            keys.add(key if path else os.path.basename(entry))
        for lit in gen.get("literals") or []:
            keys.add(lit.split("=", 1)[0])
        known[gen.get("name")] = keys
    for res in k.get("resources") or []:
        p = os.path.join(directory, res)
        if not os.path.isfile(p):
            continue
        try:  # a broken resource is reported on its own line
            with open(p, encoding="utf-8") as f:
                docs = list(yaml.safe_load_all(f))
        except yaml.YAMLError:
            continue
        for d in docs:
            if isinstance(d, dict) and d.get("kind") == "ConfigMap":
                known[(d.get("metadata") or {}).get("name")] = set((d.get("data") or {}).keys())
    return known


# ConfigMaps that the READMEs tell the operator to create by hand.
EXTERNAL_CONFIGMAPS = {"guardian-seccomp"}


def check_workload(doc, path):
    spec = pod_spec(doc)
    name = doc["metadata"]["name"]
    need(isinstance(spec, dict), f"{doc['kind']} {name}: no pod spec")
    containers = list(spec.get("containers") or [])
    inits = list(spec.get("initContainers") or [])
    need(containers, f"{name}: no containers")
    volumes = {v.get("name"): v for v in spec.get("volumes") or []}
    need(None not in volumes, f"{name}: a volume without a name")
    seen = set()
    known_cms = configmaps_known(os.path.dirname(path))
    for c in containers + inits:
        cname = c.get("name")
        need(cname and cname not in seen, f"{name}: container name missing or repeated: {cname!r}")
        seen.add(cname)
        need(c.get("image"), f"{name}/{cname}: no image")
        for m in c.get("volumeMounts") or []:
            need(m.get("name") in volumes, f"{name}/{cname}: mounts undeclared volume {m.get('name')!r}")
            need(str(m.get("mountPath", "")).startswith("/"), f"{name}/{cname}: mountPath must be absolute")
        sc = c.get("securityContext") or {}
        need(not sc.get("privileged"), f"{name}/{cname}: privileged is not needed and not allowed here")
        prof = sc.get("seccompProfile") or {}
        if prof.get("type") == "Localhost":
            need(prof.get("localhostProfile"), f"{name}/{cname}: Localhost seccompProfile needs localhostProfile")
        for ref in c.get("envFrom") or []:
            cm = (ref.get("configMapRef") or {})
            if cm and not cm.get("optional"):
                need(cm.get("name") in known_cms or cm.get("name") in EXTERNAL_CONFIGMAPS,
                     f"{name}/{cname}: envFrom ConfigMap {cm.get('name')!r} is not defined")
    for vname, v in volumes.items():
        cm = v.get("configMap")
        if cm:
            cmname = cm.get("name")
            need(cmname in known_cms or cmname in EXTERNAL_CONFIGMAPS,
                 f"{name}: volume {vname} uses ConfigMap {cmname!r}, which nothing defines")
            for item in cm.get("items") or []:
                if cmname in known_cms:
                    need(item.get("key") in known_cms[cmname],
                         f"{name}: volume {vname} wants key {item.get('key')!r}, not in ConfigMap {cmname}")
                need(not str(item.get("path", "")).startswith("/"), f"{name}: item paths are relative")


def check_kustomization(doc, path):
    base = os.path.dirname(path)
    for res in doc.get("resources") or []:
        need(os.path.exists(os.path.join(base, res)), f"resource {res} does not exist")
    for gen in doc.get("configMapGenerator") or []:
        need(gen.get("name"), "a configMapGenerator without a name")
        for entry in gen.get("files") or []:
            p = entry.split("=", 1)[-1]
            need(os.path.isfile(os.path.join(base, p)), f"configMapGenerator file {p} does not exist")
    kubectl = shutil.which("kubectl")
    if kubectl:
        r = subprocess.run([kubectl, "kustomize", base], capture_output=True, text=True, timeout=60)
        need(r.returncode == 0, "kubectl kustomize failed: " + (r.stderr.strip().splitlines() or ["?"])[-1])
        docs = [d for d in yaml.safe_load_all(r.stdout) if d]
        return f"kustomization, renders {len(docs)} objects"
    return "kustomization"


def check_fluent_bit(doc, path):
    need(isinstance(doc, dict), "not a mapping")
    unknown = set(doc) - {"env", "includes", "service", "pipeline", "parsers", "multiline_parsers",
                          "plugins", "upstream_servers", "customs"}
    need(not unknown, f"unknown top-level sections: {sorted(unknown)}")
    pipe = doc.get("pipeline") or {}
    inputs, outputs = pipe.get("inputs") or [], pipe.get("outputs") or []
    need(inputs and outputs, "pipeline needs inputs and outputs")
    parsers = {p.get("name") for p in doc.get("parsers") or []} | {"json", "docker", "logfmt"}
    for section in ("inputs", "filters", "outputs"):
        for plugin in pipe.get(section) or []:
            need(isinstance(plugin, dict) and plugin.get("name"), f"{section}: an entry without a name")
            if section != "inputs":
                need(plugin.get("match") or plugin.get("match_regex"), f"{section} {plugin['name']}: no match")
            if plugin.get("parser"):
                need(plugin["parser"] in parsers, f"{section} {plugin['name']}: unknown parser {plugin['parser']}")
    tails = [i for i in inputs if i.get("name") == "tail"]
    need(any(str(t.get("path", "")).endswith("events/*.jsonl") for t in tails),
         "no tail input reads Guardian's events/*.jsonl")
    return f"Fluent Bit config, {len(inputs)} input(s), {len(outputs)} output(s)"


PROFILE_KEYS = {"name", "description", "environment", "extends", "environments", "defaults", "rules",
                "secrets", "settings", "notify", "timeout", "user_namespaces"}


def check_profile(doc, path):
    need(isinstance(doc, dict), "a profile is a mapping")
    stem = os.path.splitext(os.path.basename(path))[0]
    need(doc.get("name") == stem, f"name {doc.get('name')!r} should match the file name {stem!r}")
    unknown = set(doc) - PROFILE_KEYS
    need(not unknown, f"unknown keys: {sorted(unknown)}")
    ext = doc.get("extends")
    need(ext is None or isinstance(ext, (list, str)), "extends is a name or a list of names")
    return f"Guardian profile {stem}"


def check_yaml(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        docs = [d for d in yaml.safe_load_all(text)]
    except yaml.YAMLError as e:
        raise CheckError(f"invalid YAML: {e}".replace("\n", " "))
    docs = [d for d in docs if d is not None]
    need(docs, "no YAML document")
    if "fluent-bit" in path.split(os.sep):
        return check_fluent_bit(docs[0], path)
    if os.sep + "profiles" + os.sep in path:
        return check_profile(docs[0], path)
    if os.path.basename(path) == "kustomization.yaml":
        return check_kustomization(docs[0], path)
    kinds = []
    for d in docs:
        need(isinstance(d, dict), "a document is not a mapping")
        if "apiVersion" in d or "kind" in d:
            need(d.get("apiVersion") and d.get("kind"), "Kubernetes object needs apiVersion and kind")
            need((d.get("metadata") or {}).get("name"), f"{d['kind']}: metadata.name missing")
            if d["kind"] in WORKLOAD_KINDS:
                check_workload(d, path)
            kinds.append(f"{d['kind']} {d['metadata']['name']}")
    if kinds:
        return f"{len(docs)} document(s): " + ", ".join(kinds)
    return f"{len(docs)} YAML document(s)"


# ---------------------------------------------------------------------------- JSON

def strip_jsonc(text):
    """Drops // and /* */ comments outside strings, and trailing commas (JSON with comments)."""
    out, i, n, in_str = [], 0, len(text), False
    while i < n:
        c = text[i]
        if in_str:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
            out.append(c)
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            need(end >= 0, "unterminated /* comment")
            i = end + 2
            continue
        else:
            out.append(c)
        i += 1
    return re.sub(r",(\s*[}\]])", r"\1", "".join(out))


SECCOMP_ACTIONS = {"SCMP_ACT_ALLOW", "SCMP_ACT_ERRNO", "SCMP_ACT_KILL", "SCMP_ACT_KILL_PROCESS",
                   "SCMP_ACT_KILL_THREAD", "SCMP_ACT_TRAP", "SCMP_ACT_TRACE", "SCMP_ACT_LOG",
                   "SCMP_ACT_NOTIFY"}
SECCOMP_OPS = {"SCMP_CMP_NE", "SCMP_CMP_LT", "SCMP_CMP_LE", "SCMP_CMP_EQ", "SCMP_CMP_GE",
               "SCMP_CMP_GT", "SCMP_CMP_MASKED_EQ"}
GUARDIAN_NEEDS = {"seccomp", "prctl", "ioctl", "ptrace", "process_vm_readv", "pidfd_open",
                  "pidfd_getfd", "openat2", "execve", "wait4", "waitid", "fork", "clone"}


def check_seccomp(doc):
    need(doc.get("defaultAction") in SECCOMP_ACTIONS, "defaultAction is not a seccomp action")
    allowed = set()
    for i, s in enumerate(doc.get("syscalls") or []):
        need(isinstance(s.get("names"), list) and s["names"], f"syscalls[{i}]: names must be a non-empty list")
        need(s.get("action") in SECCOMP_ACTIONS, f"syscalls[{i}]: unknown action {s.get('action')!r}")
        for a in s.get("args") or []:
            need(a.get("op") in SECCOMP_OPS, f"syscalls[{i}]: unknown op {a.get('op')!r}")
            need(isinstance(a.get("index"), int) and 0 <= a["index"] < 6, f"syscalls[{i}]: bad arg index")
        if s["action"] == "SCMP_ACT_ALLOW":
            allowed.update(s["names"])
    missing = GUARDIAN_NEEDS - allowed
    need(not missing, f"does not allow what Guardian needs: {sorted(missing)}")
    denied_ns = {"unshare", "setns", "mount", "bpf", "io_uring_setup"} & allowed
    need(not denied_ns, f"allows more than intended: {sorted(denied_ns)}")
    return f"seccomp profile, {len(allowed)} syscalls allowed"


def check_devcontainer(doc, path):
    build = doc.get("build") or {}
    need(doc.get("image") or build.get("dockerfile"), "needs image or build.dockerfile")
    if build.get("dockerfile"):
        need(os.path.isfile(os.path.join(os.path.dirname(path), build["dockerfile"])),
             f"build.dockerfile {build['dockerfile']} does not exist")
    settings = ((doc.get("customizations") or {}).get("vscode") or {}).get("settings") or {}
    profiles = settings.get("terminal.integrated.profiles.linux") or {}
    default = settings.get("terminal.integrated.defaultProfile.linux")
    need(default in profiles, "the default terminal profile is not defined")
    need("guardian" in str(profiles[default].get("path", "")) and "run" in profiles[default].get("args", []),
         "the default terminal does not run under `guardian run`")
    return "devcontainer.json (JSON with comments)"


def check_json(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    jsonc = os.path.basename(path) == "devcontainer.json"
    try:
        doc = json.loads(strip_jsonc(text) if jsonc else text)
    except ValueError as e:
        raise CheckError(f"invalid JSON: {e}")
    if jsonc:
        return check_devcontainer(doc, path)
    if isinstance(doc, dict) and "defaultAction" in doc:
        return check_seccomp(doc)
    return "JSON"


# ---------------------------------------------------------------------------- TOML

def check_toml(path):
    import tomllib
    with open(path, "rb") as f:
        try:
            tomllib.load(f)
        except tomllib.TOMLDecodeError as e:
            raise CheckError(f"invalid TOML: {e}")
    return "TOML"


# ---------------------------------------------------------------------------- systemd

SYSTEMD_SECTIONS = {"Unit", "Service", "Install", "Timer", "Socket", "Path", "X-Guardian"}


def check_unit(path):
    sections, current = {}, None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        if not line or line[0] in "#;":
            continue
        while line.endswith("\\") and i < len(lines):
            line = line[:-1] + " " + lines[i].strip()
            i += 1
        m = re.fullmatch(r"\[([A-Za-z-]+)\]", line)
        if m:
            current = m.group(1)
            need(current in SYSTEMD_SECTIONS, f"line {i}: unknown section [{current}]")
            sections.setdefault(current, {})
            continue
        need(current, f"line {i}: a setting before any section")
        need(re.match(r"^[A-Za-z][A-Za-z0-9]*\s*=", line), f"line {i}: not Key=value: {line[:40]!r}")
        key, value = (s.strip() for s in line.split("=", 1))
        sections[current].setdefault(key, []).append(value)
    for s in ("Unit", "Service", "Install"):
        need(s in sections, f"missing [{s}]")
    need(sections["Service"].get("ExecStart"), "no ExecStart=")
    need(any("guardian" in v and " run " in f" {v} " for v in sections["Service"]["ExecStart"]),
         "ExecStart does not go through `guardian run`")
    note = "systemd unit (INI check)"
    analyze = shutil.which("systemd-analyze")
    if analyze:
        with tempfile.TemporaryDirectory() as tmp:
            name = os.path.basename(path).replace("@.", "@check.")
            copy = os.path.join(tmp, name)
            shutil.copyfile(path, copy)
            r = subprocess.run([analyze, "verify", copy], capture_output=True, text=True, timeout=60)
        problems = [l for l in (r.stdout + r.stderr).splitlines() if l.strip()]
        # The binaries a unit names need not be installed on the checking machine.
        absent = [l for l in problems if "is not executable: No such file or directory" in l
                  or re.search(r"Command 'man [^']*' failed", l)]
        real = [l for l in problems if l not in absent]
        if real:
            raise CheckError("systemd-analyze verify: " + real[0])
        note = "systemd unit, systemd-analyze verify clean"
        if absent:
            what = sorted({re.sub(r"^.*Command '?([^']*?)'? (is not|failed).*$", r"\1", l) for l in absent})
            note += " (not installed here: " + ", ".join(what) + ")"
    return note


def check_envfile(path):
    keys = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            m = re.match(r"^([A-Za-z_][A-Za-z0-9_]*)=", s)
            need(m, f"line {n}: not KEY=value")
            keys.append(m.group(1))
    if "systemd" in path.split(os.sep):
        missing = {"AGENT_PROJECT", "AGENT_COMMAND", "GUARDIAN_PROFILE"} - set(keys)
        need(not missing, f"missing {sorted(missing)}")
    return f"environment file, {len(keys)} variables"


# ---------------------------------------------------------------------------- Containerfile

INSTRUCTIONS = {"FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
                "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL", "MAINTAINER"}


def containerfile_instructions(path):
    out, buf, start = [], "", 0
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not buf and (not line.strip() or line.lstrip().startswith("#")):
                continue
            if buf and line.lstrip().startswith("#"):
                continue
            if not buf:
                start = n
            if line.rstrip().endswith("\\"):
                buf += line.rstrip()[:-1] + " "
                continue
            buf += line
            word, _, rest = buf.strip().partition(" ")
            out.append((start, word.upper(), rest.strip()))
            buf = ""
    need(not buf, "the file ends inside a continued line")
    return out


def check_containerfile(path):
    ins = containerfile_instructions(path)
    for n, word, _ in ins:
        need(word in INSTRUCTIONS, f"line {n}: unknown instruction {word}")
    words = [w for _, w, _ in ins]
    need("FROM" in words, "no FROM")
    first = next(w for w in words if w != "ARG")
    need(first == "FROM", "the first instruction after ARGs must be FROM")
    text = " ".join(f"{w} {r}" for _, w, r in ins)
    froms = [r for _, w, r in ins if w == "FROM"]
    if "devcontainer" in path.split(os.sep):
        need("libseccomp2" in text, "the image needs libseccomp2")
        need(re.search(r"COPY --from=\S+ \S*guardian", text), "Guardian is not copied into the image")
        return f"Dockerfile, {len(froms)} stage(s)"
    need(len(froms) >= 2, "must be multi-stage (a build stage and a runtime stage)")
    need(re.search(r"(?i)\bAS\s+build\b", froms[0]), "the first stage should be named `build`")
    need("libseccomp-dev" in text, "the build stage must install libseccomp-dev")
    need("swift build" in text and "-c release" in text, "no `swift build -c release`")
    need(release_builds_are_rooted(text), RPATH_MESSAGE)
    need("libseccomp2" in text, "the runtime stage must install libseccomp2")
    need(re.search(r"COPY --from=build", text), "the runtime stage must COPY --from=build")
    entry = [r for _, w, r in ins if w == "ENTRYPOINT"]
    need(entry, "no ENTRYPOINT")
    try:
        argv = json.loads(entry[-1])
    except ValueError:
        raise CheckError("ENTRYPOINT must be in exec form (a JSON array)")
    need(argv[:1] and argv[0].endswith("guardian") and "run" in argv and argv[-1] == "--",
         "ENTRYPOINT must be `guardian run ... --`")
    users = [r for _, w, r in ins if w == "USER"]
    need(users and users[-1] not in ("root", "0"), "the runtime stage should run as a non-root USER")
    return f"Containerfile, {len(froms)} stages, ENTRYPOINT {' '.join(argv)}"


# ---------------------------------------------------------------------------- scripts

RPATH_MESSAGE = ("a release build of guardian without --disable-local-rpath: the binary would look for its "
                 "libraries in its own directory first ($ORIGIN), where a planted libseccomp.so.2 runs inside the supervisor")


def release_builds_are_rooted(text):
    """Every release build of guardian in `text` also disables the local rpath."""
    builds = re.findall(r"swift build -c release[^\n|&;]*--product guardian", text)
    return all("--disable-local-rpath" in b for b in builds)


def check_shell(path):
    r = subprocess.run(["bash", "-n", path], capture_output=True, text=True)
    need(r.returncode == 0, "bash -n: " + (r.stderr.strip().splitlines() or ["?"])[0])
    need(release_builds_are_rooted(open(path).read()), RPATH_MESSAGE)
    need(os.access(path, os.X_OK), "not executable (chmod +x)")
    sc = shutil.which("shellcheck")
    if sc:
        r = subprocess.run([sc, "-S", "error", path], capture_output=True, text=True)
        need(r.returncode == 0, "shellcheck: " + (r.stdout.strip().splitlines() or ["?"])[0])
        return "shell script, bash -n and shellcheck clean"
    return "shell script, bash -n clean"


def check_python(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        compile(source, path, "exec")
    except SyntaxError as e:
        raise CheckError(f"line {e.lineno}: {e.msg}")
    return "Python, compiles"


# ---------------------------------------------------------------------------- dispatch

SKIP = (".md", ".dockerignore")


def checker_for(path):
    base = os.path.basename(path)
    if base.endswith((".yaml", ".yml")):
        return check_yaml
    if base.endswith(".json"):
        return check_json
    if base.endswith(".toml"):
        return check_toml
    if base.endswith((".service", ".timer", ".socket", ".path")):
        return check_unit
    if base.endswith((".env", ".env.example")):
        return check_envfile
    if base in ("Containerfile", "Dockerfile") or base.endswith((".Containerfile", ".Dockerfile")):
        return check_containerfile
    if base.endswith(".py"):
        return check_python
    if base.endswith(".sh"):
        return check_shell
    with open(path, "rb") as f:
        head = f.read(64)
    if head.startswith(b"#!") and b"sh" in head.split(b"\n")[0]:
        return check_shell
    return None


def main(argv):
    if argv:
        files = [os.path.abspath(p) for p in argv]
    else:
        files = []
        for d, dirs, names in os.walk(DEPLOY):
            dirs[:] = sorted(x for x in dirs if not x.startswith("."))
            files += [os.path.join(d, n) for n in sorted(names)]
    for path in files:
        if path.endswith(SKIP):
            continue
        check = checker_for(path)
        if check is None:
            results.append((False, rel(path), "no check knows this kind of file; teach deploy/check.sh"))
            continue
        try:
            results.append((True, rel(path), check(path)))
        except CheckError as e:
            results.append((False, rel(path), str(e)))
        except Exception as e:  # a checker bug still fails the file, visibly
            results.append((False, rel(path), f"{type(e).__name__}: {e}"))
    for ok, path, msg in results:
        msg = " ".join(str(msg).split())  # one line per file, whatever the error looked like
        print(f"{'ok  ' if ok else 'FAIL'}  {path}: {msg}")
    passed = sum(1 for r in results if r[0])
    failed = len(results) - passed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


sys.exit(main(sys.argv[2:]))
PYTHON
