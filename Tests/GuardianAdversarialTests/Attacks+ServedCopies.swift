import Foundation
import GuardianTestSupport

/// Using the served-copy path (a `*.pem` of certificates only is readable, served as the bytes
/// Guardian checked) to read a private key: certificates first and a key after them, stray
/// text, and a file whose content or place changes between the check and the read. The key is
/// planted in the world (so the goal is a line the attack prints when it read it, not the
/// canary anywhere in the world).
extension Attack {
    /// The first root of the system bundle.
    static let aRoot: String = {
        let system = (try? String(contentsOfFile: "/etc/ssl/certs/ca-certificates.crt", encoding: .utf8)) ?? ""
        guard let end = system.range(of: "-----END CERTIFICATE-----\n") else { return "" }
        return String(system[..<end.upperBound])
    }()
    static let keyBlock = "-----BEGIN PRIVATE KEY-----\n\(World.canary)\n-----END PRIVATE KEY-----\n"

    static func plant(_ files: [String: String], linked: [(String, String)] = []) -> @Sendable (World) throws -> Prepared {
        { w in
            for (name, text) in files {
                let path = w.project + "/" + name
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try w.write(text, to: path)
            }
            for (from, to) in linked { try FileManager.default.linkItem(atPath: w.project + "/" + from, toPath: w.project + "/" + to) }
            return Prepared()
        }
    }

    static let servedCopies: [Attack] = [
        Attack(name: "pem-certificates-then-key", script: #"cat certs/tls.pem | grep -q CANARY && echo KEY-LEAKED"#, goal: .output("KEY-LEAKED"), evidence: .event,
               setup: plant(["certs/tls.pem": aRoot + aRoot + keyBlock])),
        Attack(name: "pem-certificates-then-text", script: #"cat certs/tls.pem | grep -q CANARY && echo KEY-LEAKED"#, goal: .output("KEY-LEAKED"), evidence: .event,
               setup: plant(["certs/tls.pem": aRoot + "# rotated\n" + World.canary + "\n"])),
        // Two directories swapped over and over: the name that held certificates a moment ago
        // now holds the key. Guardian checks and serves the object it resolved.
        Attack(name: "served-copy-directory-swap", script: #"""
            python3 - <<'PY'
            import os, threading, time
            stop = False
            def swap():
                while not stop:
                    os.rename("a", "t"); os.rename("b", "a"); os.rename("t", "b")
            threading.Thread(target=swap, daemon=True).start()
            # At least 3,000 tries and two seconds: on a loaded machine the other thread may
            # barely run during the first thousands.
            i, until = 0, time.monotonic() + 2
            while i < 3000 or time.monotonic() < until:
                i += 1
                try:
                    data = open("a/bundle.pem").read()
                except OSError:
                    continue
                if "CANARY" in data:
                    print("KEY-LEAKED"); break
            stop = True
            PY
            """#, goal: .output("KEY-LEAKED"), evidence: .event,
               setup: plant(["a/bundle.pem": aRoot, "b/bundle.pem": aRoot + keyBlock]), timeout: 120),
        // The content changes in place, through a hardlink no rule names, while the .pem is read.
        Attack(name: "served-copy-rewrite-race", script: #"""
            python3 - <<'PY'
            import os, threading, time
            clean = open("c/bundle.txt").read()
            dirty = clean + open("c/key.txt").read()
            stop = False
            def rewrite():
                fd = os.open("c/bundle.txt", os.O_WRONLY)
                while not stop:
                    for text in (dirty, clean):
                        os.pwrite(fd, text.encode(), 0); os.ftruncate(fd, len(text))
            threading.Thread(target=rewrite, daemon=True).start()
            i, until = 0, time.monotonic() + 2
            while i < 3000 or time.monotonic() < until:
                i += 1
                try:
                    data = open("c/bundle.pem").read()
                except OSError:
                    continue
                if "CANARY" in data:
                    print("KEY-LEAKED"); break
            stop = True
            PY
            """#, goal: .output("KEY-LEAKED"), evidence: .event,
               setup: plant(["c/bundle.pem": aRoot, "c/key.txt": keyBlock], linked: [("c/bundle.pem", "c/bundle.txt")]), timeout: 120),
    ]
}
