import Testing
@testable import GuardianSupervisor

/// The one-pass path classification an allowed open asks (PathTraits) answers what the naive
/// one it replaced answered: prefixes of the system's trees, installed parts anywhere in the
/// path, a certificate file's suffix.
@Suite struct PathTraitsTests {
    /// The classification as it was first written: prefix and substring tests on arrays.
    static func naiveTrust(_ path: [UInt8]) -> Bool {
        for place in ServedFiles.singleRootPlaces where path.starts(with: place) { return false }
        for place in ServedFiles.certificatePlaces where path.starts(with: place) { return true }
        guard let dot = path.lastIndex(of: UInt8(ascii: ".")), path.count - dot <= 7 else { return false }
        let suffix = path[(dot + 1)...].map { $0 | 0x20 }
        return ServedFiles.trustSuffixes.contains { $0.elementsEqual(suffix) }
    }

    static func naiveSecret(_ path: [UInt8]) -> Bool {
        for place in SecretFiles.systemPlaces where path.starts(with: place) { return false }
        for part in SecretFiles.installedParts {
            guard path.count >= part.count else { continue }
            for i in 0...(path.count - part.count) where Array(path[i..<(i + part.count)]) == part { return false }
        }
        return true
    }

    static let corpus: [String] = [
        "/", "", "/etc/ssl/certs/ca-certificates.crt", "/etc/ssl/", "/etc/ssl", "/etc/pki/tls/certs/ca-bundle.trust",
        "/etc/ca-certificates/update.d/x", "/usr/share/ca-certificates/mozilla/ACCVRAIZ1.crt",
        "/usr/local/share/ca-certificates/corp.crt", "/home/u/venv/lib/site-packages/certifi/cacert.pem",
        "/p/certs/corp.CRT", "/p/x.cer", "/p/ca.bundle", "/p/ca.BUNDLE", "/p/x.pemx", "/p/pem", "/p/.pem", "/p/a.b/c",
        "/p/a.pem/c", "/x.pem/ab", "/p/x.p€m", "/p/x.PEM", "/p/x.Pem", "/p/x.crt.", "/p/x.", ".pem", "pem",
        "/usr/lib/libc.so.6", "/usr/include/stdio.h", "/lib64/ld-linux-x86-64.so.2", "/etc/ld.so.cache", "/etc/ld.so.preload",
        "/etc/hostname", "/etc/passwd", "/etc/alternatives/java", "/proc/self/status", "/sys/kernel/x", "/dev/null",
        "/opt/swift/usr/bin/swift", "/var/lib/dpkg/status", "/home/u/.env", "/home/u/p/.env.local", "/work/p/src/main.c",
        "/work/p/.git/objects/ab/cdef", "/work/p/.git/objects", "/work/p/.git/config", "/work/p/.git/objectsx/a",
        "/r/.pyenv/versions/3.11.7/lib/python3.11/os.py", "/r/.pyenv/version", "/a/site-packages/x.py", "/a/site-packagesx/y",
        "/a/dist-packages/z.py", "/w/node_modules/a/index.js", "/w/node_modules", "/h/.rustup/toolchains/x/lib.rlib",
        "/h/.cargo/registry/src/a.rs", "/h/.cargo/credentials.toml", "/h/.npm/_cacache/x", "/h/.npm/_authToken",
        "/w/__pycache__/a.pyc", "/h/go/pkg/mod/x@v1/a.go", "/h/go/pkg/x.go", "/h/.m2/repository/a.jar", "/h/.m2/settings.xml",
        "/h/.gradle/caches/x", "/h/.gradle/gradle.properties", "//site-packages/", "/site-packages/", "site-packages/",
        "/usr", "/usr/", "/usrx/a", "/tmp/x/usr/lib/y", "/tmp/a//b", "/tmp/.git/objects/", "/.git/objects/",
    ]

    @Test func answersAsTheNaiveClassification() {
        var paths = Self.corpus
        // Every prefix and suffix of each path too: boundaries are where one-pass code slips.
        for p in Self.corpus {
            let b = Array(p.utf8)
            for k in 0...b.count {
                paths.append(String(decoding: b[..<k], as: UTF8.self))
                paths.append(String(decoding: b[k...], as: UTF8.self))
            }
        }
        for path in paths {
            let bytes = Array(path.utf8)
            let traits = PathTraits(bytes)
            #expect(traits.mayBeTrustBundle == Self.naiveTrust(bytes), "trust: \(path)")
            #expect(traits.mayHoldSecret == Self.naiveSecret(bytes), "secret: \(path)")
            #expect(SecretFiles.mayHold(bytes, size: 10) == Self.naiveSecret(bytes), "mayHold: \(path)")
        }
        #expect(!SecretFiles.mayHold(Array("/work/p/.env".utf8), size: 0))
        #expect(!SecretFiles.mayHold(Array("/work/p/.env".utf8), size: SecretFiles.sizeLimit + 1))
        #expect(SecretFiles.mayHold(Array("/work/p/.env".utf8), size: SecretFiles.sizeLimit))
    }
}

/// The byte search that tells a git directory's hooks by their path answers what a substring
/// test answers.
@Suite struct GitHooksSearchTests {
    @Test(arguments: [
        ("/srv/app.git/hooks/post-receive", true), ("/hooks/x", true), ("/a/b/hooks/", true), ("hooks/x", false),
        ("/a/hook/x", false), ("/a/hooksx/y", false), ("/a/xhooks/y", false), ("/a/b/hooks", false), ("", false),
        ("/ä/hooks/ö", true), ("/a//hooks/", true), ("/a/hoo/hooks/b", true),
    ])
    func holdsHooks(_ path: String, _ expected: Bool) {
        #expect(GitDirectory.holdsHooks(path) == expected, "\(path)")
        #expect(GitDirectory.holdsHooks(path) == path.contains("/hooks/"), "\(path)")
    }
}
