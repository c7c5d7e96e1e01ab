// Measures the policy engine: one exec against the full catalog, one file evaluation, the pin
// walk's question over a HOME at its budget, and loading every built-in profile.
// Run: swift run -c release PolicyBench [exec] [file] [pins] [load]
// (no argument: all four; one section alone is what to put under `perf record`).
import Foundation
import GuardianPolicy

func measure(_ iterations: Int, _ body: () -> Void) -> (median: Double, p99: Double) {
    var samples: [Double] = []
    samples.reserveCapacity(iterations)
    for _ in 0..<iterations {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
    }
    samples.sort()
    return (samples[samples.count / 2], samples[samples.count * 99 / 100])
}

func format(_ x: Double) -> String { String(format: "%.2f", x) }

let sections = Set(CommandLine.arguments.dropFirst())
func wanted(_ section: String) -> Bool { sections.isEmpty || sections.contains(section) }

let context = PolicyContext(home: "/home/user", projectDirectory: "/home/user/project", configDirectory: "/nonexistent", systemDirectory: "/nonexistent")
func loadAll() -> [CompiledPolicy] {
    ["dev", "staging", "production"].map { try! PolicyLoader.compile($0, context: context).policy }
}
// The first load is what a supervisor's start pays (lazily initialised runtime and libraries
// included); later ones show the steady cost.
let loadStart = DispatchTime.now().uptimeNanoseconds
let dev = try! PolicyLoader.compile("dev", context: context).policy
let devLoadMs = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1_000_000
for name in ["staging", "production"] { _ = try! PolicyLoader.compile(name, context: context) }
let firstLoadMs = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1_000_000

let execs: [(String, ExecRequest)] = [
    ("git push --force origin main", ExecRequest(program: "/usr/bin/git", argv: ["git", "push", "--force", "origin", "main"], cwd: "/home/user/project", environment: ["HOME": "/home/user"])),
    ("psql -h db.prod -c 'DROP TABLE users'", ExecRequest(program: "/usr/lib/postgresql/16/bin/psql", argv: ["psql", "-h", "db.prod.example.com", "-c", "DROP TABLE users"], cwd: "/home/user/project")),
    ("npm run build", ExecRequest(program: "/usr/lib/node_modules/npm/bin/npm-cli.js", argv: ["npm", "run", "build"], cwd: "/home/user/project", interpreter: "/usr/bin/node")),
    ("curl GraphQL volumeDelete", ExecRequest(program: "/usr/bin/curl", argv: ["curl", "-X", "POST", "https://backboard.railway.app/graphql/v2", "-d", #"{"query":"mutation { volumeDelete(volumeId: \"v\") }"}"#], cwd: "/home/user/project")),
]
if wanted("exec") { print("exec evaluation against \(dev.ruleSummaries.count) rules (dev):") }
for (label, request) in execs where wanted("exec") {
    let r = measure(20_000) { _ = dev.evaluate(request) }
    print("  \(label): median \(format(r.median)) µs, p99 \(format(r.p99)) µs")
}
// An argument made to be slow for a regex engine that retries from every start: 144 KB that
// passes http.graphql-delete-mutation's `contains` and has a "mutation" at every word.
let longBody = String(repeating: "mutation ", count: 16_000) + "delete"
let longCurl = ExecRequest(program: "/usr/bin/curl", argv: ["curl", "-d", longBody, "https://api.example.com/graphql"], cwd: "/home/user/project")
if wanted("exec") {
    let r = measure(200) { _ = dev.evaluate(longCurl) }
    print("  curl with a 144 KB body: median \(format(r.median)) µs, p99 \(format(r.p99)) µs")
}

let files = [
    FileRequest(path: "/home/user/project/src/app/main.swift", access: .read),
    FileRequest(path: "/home/user/.aws/credentials", access: .read),
    FileRequest(path: "/home/user/project/.env.local", access: .read),
]
if wanted("file") { print("file evaluation:") }
for file in files where wanted("file") {
    let r = measure(100_000) { _ = dev.evaluate(file) }
    print("  \(file.path): median \(format(r.median)) µs, p99 \(format(r.p99)) µs")
}
// The pin walk's question — does a rule protect this file from reading? — over the files of
// bench.py's HOME at the walk's budget (ssh and cloud credentials, 30 applications' settings
// under ~/.config, a browser profile: 4,707 files in 304 directories), asked of `evaluate`
// file by file and of `readProtection()` a directory at a time, the two passes alternating.
// Both must find the same files.
if wanted("pins") {
    var directories: [(String, [String])] = [
        ("/home/user/.ssh", ["id_ed25519", "id_ed25519.pub", "known_hosts", "config"]),
        ("/home/user/.aws", ["config", "credentials"]),
        ("/home/user/.config/gcloud", ["application_default_credentials.json"]),
        ("/home/user/.mozilla/profile", (0..<200).map { "f\($0).sqlite" }),
    ]
    for app in 0..<30 {
        for d in 0..<10 { directories.append(("/home/user/.config/app\(app)/d\(d)", (0..<15).map { "f\($0).json" })) }
    }
    let paths = directories.map { dir, names in names.map { dir + "/" + $0 } }
    let count = paths.reduce(0) { $0 + $1.count }
    let protection = dev.readProtection()!
    var plain: [Double] = [], scoped: [Double] = []
    for _ in 0..<200 {
        var perFile = 0, perDirectory = 0
        var start = DispatchTime.now().uptimeNanoseconds
        for files in paths {
            for path in files where dev.evaluate(FileRequest(path: path, access: .read)).decision > .audit { perFile += 1 }
        }
        plain.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
        start = DispatchTime.now().uptimeNanoseconds
        for (i, files) in paths.enumerated() {
            let scope = protection.entries(of: directories[i].0)
            for path in files where scope.protects(path)! { perDirectory += 1 }
        }
        scoped.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
        precondition(perFile == perDirectory && perFile > 0, "the two ways found \(perFile) and \(perDirectory) protected files")
    }
    plain.sort()
    scoped.sort()
    print("pin walk's question over \(count) files in \(paths.count) directories, 200 passes each:")
    for (label, xs) in [("evaluate per file", plain), ("per directory (readProtection)", scoped)] {
        print("  \(label): median \(format(xs[xs.count / 2] / 1000)) ms (\(format(xs[xs.count / 2] / Double(count))) µs per file), min \(format(xs[0] / 1000)) ms")
    }
}

if wanted("load") {
    let again = measure(sections.isEmpty ? 10 : 200) { _ = loadAll() }
    print("load all built-in profiles (dev, staging, production): first \(format(firstLoadMs)) ms (dev alone \(format(devLoadMs)) ms), then median \(format(again.median / 1000)) ms")
}
