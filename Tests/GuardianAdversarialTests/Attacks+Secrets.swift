import Foundation
import GuardianTestSupport

/// Reading a secret that sits in a file no credential rule names (shared/THREATS.md: secrets by
/// content). The world's project holds `scripts/domains.sh` with a Railway token — a bare UUID,
/// as in the incident; each attack prints it if it can. $TOKEN is the value.
extension Attack {
    static let secretToken = "3f2c9a1e-7b4d-4c8e-9a6f-1d2e3c4b5a69"

    static func plantToken(_ w: World) throws -> Prepared {
        try FileManager.default.createDirectory(atPath: w.project + "/scripts", withIntermediateDirectories: true)
        try "#!/bin/sh\n# manage the custom domains\nRAILWAY_TOKEN=\(secretToken)\nrailway domain add \"$1\"\n"
            .write(toFile: w.project + "/scripts/domains.sh", atomically: true, encoding: .utf8)
        return Prepared(env: ["TOKEN": secretToken])
    }

    static let secrets: [Attack] = [
        Attack(name: "secret-grep", script: #"grep -rn RAILWAY_TOKEN= ."#,
               goal: .output(secretToken), evidence: .rule("secrets.masked"), setup: { try plantToken($0) }),
        Attack(name: "secret-cat-and-python", script: #"cat scripts/domains.sh; python3 -c 'print(open("scripts/domains.sh").read())'"#,
               goal: .output(secretToken), evidence: .rule("secrets.masked"), setup: { try plantToken($0) }),
        Attack(name: "secret-copy-then-read", script: #"cat scripts/domains.sh > "$OUT/c"; cp scripts/domains.sh "$OUT/d" 2>/dev/null; cat "$OUT/c" "$OUT/d" 2>/dev/null"#,
               goal: .output(secretToken), evidence: .rule("secrets.masked"), setup: { try plantToken($0) }),
        Attack(name: "secret-mmap-sendfile", script: #""$H/fdread" scripts/domains.sh"#,
               goal: .output(secretToken), evidence: .rule("secrets.masked"), setup: { try plantToken($0) }),
        Attack(name: "secret-hardlink", script: #"ln scripts/domains.sh "$OUT/h" && cat "$OUT/h""#,
               goal: .output(secretToken), evidence: .rule("secrets.masked"), setup: { try plantToken($0) }),
        Attack(name: "secret-opath-reopen", script: #"""
            python3 -c 'import os; fd = os.open("scripts/domains.sh", os.O_PATH); print(open(f"/proc/self/fd/{fd}").read())'
            """#, goal: .output(secretToken), evidence: .rule("secrets.masked"), setup: { try plantToken($0) }),
        // Read-write opens would hand over the real file: refused.
        Attack(name: "secret-read-write-open", script: #"""
            python3 -c 'f = open("scripts/domains.sh", "r+"); print(f.read())'
            """#, goal: .output(secretToken), evidence: .event, setup: { try plantToken($0) }),
    ]
}
