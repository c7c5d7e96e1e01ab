import Foundation
import GuardianTestSupport
import Testing

/// A token in a file no rule names — the incident's `scripts/domains.sh` — is read through a
/// masked copy: same length and format, never the value; the file on disk is untouched.
@Suite struct SecretsTests {
    static let token = "3f2c9a1e-7b4d-4c8e-9a6f-1d2e3c4b5a69"

    func project(_ w: World) throws {
        try FileManager.default.createDirectory(atPath: w.project + "/scripts", withIntermediateDirectories: true)
        try "#!/bin/sh\n# manage the custom domains\nRAILWAY_TOKEN=\(Self.token)\nrailway domain add \"$1\"\n"
            .write(toFile: w.project + "/scripts/domains.sh", atomically: true, encoding: .utf8)
        try "print('hello')\n".write(toFile: w.project + "/app.py", atomically: true, encoding: .utf8)
        // The unprivileged rerun's agent is another user: it may write what an agent would.
        for (path, mode) in [(w.project + "/scripts", 0o777), (w.project + "/scripts/domains.sh", 0o666), (w.project + "/app.py", 0o666)] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        }
    }

    @Test func theIncidentTokenIsNeverRevealedAndTheFileIsUntouched() throws {
        let w = try World()
        defer { w.cleanup() }
        try project(w)
        let before = try Data(contentsOf: URL(fileURLWithPath: w.project + "/scripts/domains.sh"))
        // The control: without Guardian every one of these prints the token.
        let script = #"""
            grep -rn RAILWAY_TOKEN= .
            cat scripts/domains.sh
            cat scripts/domains.sh > copy.sh; cat copy.sh
            python3 -c 'print(open("scripts/domains.sh").read())'
            python3 -c 'import os, sys; [print(os.readlink("/proc/self/fd/%d" % os.open(p, os.O_RDONLY))) for p in sys.argv[1:]]' scripts/domains.sh app.py
            """#
        let control = try w.run(["bash", "-c", script])
        #expect(control.stdout.contains(Self.token))
        try? FileManager.default.removeItem(atPath: w.project + "/copy.sh")

        let r = try w.guardian(["bash", "-c", script], profile: "staging")
        #expect(!r.all.contains(Self.token), "the token reached the agent: \(r.all.prefix(600))")
        // One stand-in, the same everywhere, a UUID like the token.
        let lines = r.stdout.split(separator: "\n").filter { $0.contains("RAILWAY_TOKEN=") }
        #expect(lines.count >= 4, "\(r.stdout)")
        let standIns = Set(lines.map { String($0.split(separator: "=").last ?? "") })
        #expect(standIns.count == 1 && standIns.first?.count == Self.token.count, "\(standIns)")
        #expect(r.stdout.contains("/memfd:guardian-masked"), "a masked file is served as a copy")
        #expect(r.stdout.contains(w.project + "/app.py") || r.stdout.contains("/app.py"), "a clean file gets the real file")
        // The disk is untouched; the event names the file and the detector, never the value.
        #expect(try Data(contentsOf: URL(fileURLWithPath: w.project + "/scripts/domains.sh")) == before)
        let masked = w.events().filter { $0["rule"] as? String == "secrets.masked" }
        #expect(masked.contains { ($0["path"] as? String)?.hasSuffix("scripts/domains.sh") == true && ($0["reason"] as? String)?.contains("railway-token (line 3)") == true }, "\(masked.prefix(2))")
        let log = try String(contentsOfFile: w.state + "/events/" + (FileManager.default.contentsOfDirectory(atPath: w.state + "/events").first { $0.hasSuffix(".jsonl") } ?? ""), encoding: .utf8)
        #expect(!log.contains(Self.token), "the log holds the value")
    }

    @Test func aCopyUnderAnotherNameIsKnownByItsValue() throws {
        let w = try World()
        defer { w.cleanup() }
        try project(w)
        // A bare UUID with nothing around it is not a secret by itself...
        try "deploy notes\nid: \(Self.token)\n".write(toFile: w.project + "/notes.txt", atomically: true, encoding: .utf8)
        // ...but once the token was found, its copies are.
        let r = try w.guardian(["sh", "-c", "cat scripts/domains.sh >/dev/null; cat notes.txt"], profile: "staging")
        #expect(r.stdout.contains("deploy notes") && !r.stdout.contains(Self.token), "\(r.stdout)")
    }

    @Test func theProjectIsScannedAtStartSoACopyReadFirstIsKnown() throws {
        let w = try World()
        defer { w.cleanup() }
        try project(w)
        try "deploy notes\nid: \(Self.token)\n".write(toFile: w.project + "/notes.txt", atomically: true, encoding: .utf8)
        // The agent never opens domains.sh: the background scan of the project found it (it
        // starts half a second into the session, at idle priority).
        let r = try w.guardian(["sh", "-c", "sleep 2; cat notes.txt"], profile: "staging")
        #expect(r.stdout.contains("deploy notes") && !r.stdout.contains(Self.token), "\(r.stdout)")
    }

    @Test func writingAMaskedFileIsRefusedSoTheSecretIsNotLost() throws {
        let w = try World()
        defer { w.cleanup() }
        try project(w)
        let before = try String(contentsOfFile: w.project + "/scripts/domains.sh", encoding: .utf8)
        let r = try w.guardian(["sh", "-c", "sed -i 's/add/add --yes/' scripts/domains.sh; echo sed=$?; echo '# more' >> scripts/domains.sh; echo append=$?; echo x >> app.py; echo clean=$?"], profile: "staging")
        #expect(r.stdout.contains("append=2") || r.stdout.contains("append=1"), "\(r.all)")
        #expect(r.stdout.contains("clean=0"), "a clean file is written as usual: \(r.all)")
        #expect(try String(contentsOfFile: w.project + "/scripts/domains.sh", encoding: .utf8).contains(Self.token))
        #expect(r.stderr.contains("secrets.masked-file-write"), "\(r.stderr)")
        _ = before
    }

    /// coreutils' copies compare the open file's inode with the path's: a masked copy is served
    /// at a number of the filter's served band, where its fstat shows the original, so `cp`,
    /// `cp -p`, `cp -r` and `install` copy the masked content — the stand-in, never the token.
    /// A descriptor in the band that is not a masked copy shows its own identity.
    @Test func copiesOfAMaskedFileCarryTheStandIn() throws {
        let w = try World()
        defer { w.cleanup() }
        try project(w)
        try "echo hi\n".write(toFile: w.project + "/scripts/other.sh", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: w.project + "/scripts/other.sh")
        let script = #"""
            mkdir -p out
            cp scripts/domains.sh out/cp.sh; echo "cp=$?"
            cp -p scripts/domains.sh out/cpp.sh; echo "cp-p=$?"
            cp -r scripts out/tree; echo "cp-r=$?"
            install -m 644 scripts/domains.sh out/install.sh; echo "install=$?"
            cat scripts/domains.sh > out/cat.sh
            (ulimit -n 512; cat scripts/domains.sh > out/low.sh); echo "low=$?"
            python3 -c 'import shutil; shutil.copyfile("scripts/domains.sh", "out/shutil.sh")'
            python3 - <<'EOF'
            import os
            fd = os.open("scripts/domains.sh", os.O_RDONLY)
            same = os.fstat(fd).st_ino == os.stat("scripts/domains.sh").st_ino
            print("masked-fd-shows-original", same, fd >= 960)
            other = os.open("app.py", os.O_RDONLY)
            os.dup2(other, 1000)
            print("band-fd-shows-itself", os.fstat(1000).st_ino == os.stat("app.py").st_ino)
            EOF
            cat out/*.sh out/tree/*
            stat -c 'mtime %Y' scripts/domains.sh out/cpp.sh
            """#
        let control = try w.run(["bash", "-c", script])
        #expect(control.stdout.contains("cp=0") && control.stdout.contains("install=0"), "\(control.all)")
        try? FileManager.default.removeItem(atPath: w.project + "/out")

        let r = try w.guardian(["bash", "-c", script], profile: "staging")
        #expect(!r.all.contains(Self.token), "the token reached the agent: \(r.all.prefix(800))")
        // Under a descriptor limit below the band the copy is served at the lowest number.
        for step in ["cp", "cp-p", "cp-r", "install", "low"] {
            #expect(r.stdout.contains("\(step)=0"), "\(step): \(r.all.prefix(1200))")
        }
        #expect(r.stdout.contains("masked-fd-shows-original True True"), "\(r.all.prefix(1200))")
        #expect(r.stdout.contains("band-fd-shows-itself True"), "\(r.all.prefix(1200))")
        // Every copy (cp, cp -p, install, cat, the low-limit cat, shutil, the tree's) holds the one stand-in, the token's length.
        let standIns = Set(r.stdout.split(separator: "\n").filter { $0.hasPrefix("RAILWAY_TOKEN=") }.map { $0.dropFirst("RAILWAY_TOKEN=".count) })
        #expect(standIns.count == 1 && standIns.first?.count == Self.token.count, "\(standIns)")
        #expect(r.stdout.split(separator: "\n").filter { $0.hasPrefix("RAILWAY_TOKEN=") }.count == 7, "\(r.stdout)")
        // cp -p kept the original's times.
        let mtimes = r.stdout.split(separator: "\n").filter { $0.hasPrefix("mtime ") }
        #expect(mtimes.count == 2 && mtimes[0] == mtimes[1], "\(mtimes)")
        // The file on disk still holds the token.
        #expect(try String(contentsOfFile: w.project + "/scripts/domains.sh", encoding: .utf8).contains(Self.token))
    }

    /// statx of a masked copy in the served band — Rust's `File::metadata`, Node's `fs.fstat` —
    /// and newfstatat's AT_EMPTY_PATH form show the original as the kernel would: mode, inode,
    /// size, times, device and mount, the fields asked for only (no birth time unless asked); a
    /// path other than the empty one, and a descriptor that is not a masked copy, are the
    /// kernel's.
    @Test func statxOfAMaskedCopyShowsTheOriginal() throws {
        let w = try World()
        defer { w.cleanup() }
        try project(w)
        let script = #"""
            python3 - <<'EOF'
            import ctypes, os, struct
            libc = ctypes.CDLL(None, use_errno=True)
            AT_FDCWD, AT_EMPTY_PATH = -100, 0x1000
            BASIC, BTIME, MNT_ID = 0x7FF, 0x800, 0x1000
            FIELDS = ("mode", "ino", "size", "mtime", "ctime", "dev", "mnt")  # atime: Guardian's read moved it
            def sx(fd, path, flags, mask):
                buf = ctypes.create_string_buffer(256)
                if libc.statx(fd, path, flags, mask, buf) != 0:
                    return {"errno": ctypes.get_errno()}
                raw = buf.raw
                at = lambda o: struct.unpack_from("<qI", raw, o)
                return {"mask": struct.unpack_from("<I", raw, 0)[0], "mode": struct.unpack_from("<H", raw, 28)[0],
                        "ino": struct.unpack_from("<Q", raw, 32)[0], "size": struct.unpack_from("<Q", raw, 40)[0],
                        "atime": at(64), "btime": at(80), "ctime": at(96), "mtime": at(112),
                        "dev": struct.unpack_from("<II", raw, 136), "mnt": struct.unpack_from("<Q", raw, 144)[0]}
            fd = os.open("scripts/domains.sh", os.O_RDONLY)
            path = sx(AT_FDCWD, b"scripts/domains.sh", 0, BASIC | BTIME)
            mine = sx(fd, b"", AT_EMPTY_PATH, BASIC)
            print("statx-in-band", fd >= 960)
            print("statx-shows-original", all(mine[k] == path[k] for k in FIELDS), [(k, mine[k], path[k]) for k in FIELDS if mine[k] != path[k]])
            print("statx-mask", mine["mask"] & BASIC == BASIC, mine["mask"] & BTIME == 0, mine["btime"] == (0, 0), mine["mask"] & MNT_ID != 0)
            asked = sx(fd, b"", AT_EMPTY_PATH, BASIC | BTIME)
            print("statx-btime", asked["mask"] & BTIME == path["mask"] & BTIME, asked["btime"] == path["btime"])
            print("statx-relative-path", sx(fd, b"x", AT_EMPTY_PATH, BASIC).get("errno") == 20)
            # newfstatat itself (glibc's fstat), by number: its AT_EMPTY_PATH form is the descriptor.
            NR = {"x86_64": 262, "aarch64": 79}[os.uname().machine]
            st = ctypes.create_string_buffer(256)
            done = libc.syscall(ctypes.c_long(NR), ctypes.c_long(fd), b"", st, ctypes.c_long(AT_EMPTY_PATH))
            print("fstatat-empty-path", done == 0 and struct.unpack_from("<Q", st.raw, 8)[0] == path["ino"])
            other = os.open("app.py", os.O_RDONLY)
            os.dup2(other, 1000)
            print("statx-band-fd-shows-itself", sx(1000, b"", AT_EMPTY_PATH, BASIC)["ino"] == os.stat("app.py").st_ino)
            EOF
            node -e 'const fs = require("fs"); const fd = fs.openSync("scripts/domains.sh", "r");
                const a = fs.fstatSync(fd, {bigint: true}), b = fs.statSync("scripts/domains.sh", {bigint: true});
                console.log("node-fstat", fd >= 960, a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mode === b.mode && a.mtimeNs === b.mtimeNs && a.birthtimeNs === b.birthtimeNs);
                console.log(fs.readFileSync(fd, "utf8"))'
            """#
        let r = try w.guardian(["bash", "-c", script], profile: "staging")
        #expect(!r.all.contains(Self.token), "the token reached the agent: \(r.all.prefix(800))")
        for line in ["statx-in-band True", "statx-shows-original True []", "statx-mask True True True True", "statx-btime True True",
                     "statx-relative-path True", "fstatat-empty-path True", "statx-band-fd-shows-itself True", "node-fstat true true"] {
            #expect(r.stdout.contains(line), "\(line): \(r.all.prefix(1600))")
        }
        // Node read the masked copy through the descriptor whose statx showed the original.
        #expect(r.stdout.split(separator: "\n").contains { $0.hasPrefix("RAILWAY_TOKEN=") && $0.count == "RAILWAY_TOKEN=".count + Self.token.count }, "\(r.stdout)")
    }
}
