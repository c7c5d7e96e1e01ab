import Testing
@testable import GuardianSecrets

@Suite struct SentinelTests {
    @Test(arguments: [
        ("ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5", 4),
        ("3f2c9a1e-7b4d-4c8e-9a6f-1d2e3c4b5a69", 0),
        ("AKIAQWERTYUIOPASDFGH", 4),
        ("sk_live_51HqLyjWDarjtT1zdp7dcXfGh", 8),
        ("dop_v1_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 7),
    ])
    func keepsLengthPrefixAndFormat(_ value: String, _ keep: Int) {
        let v = Array(value.utf8)
        let s = Sentinel.make(for: v, keep: keep)
        #expect(s.count == v.count)
        #expect(s != v)
        #expect(Array(s.prefix(keep)) == Array(v.prefix(keep)))
        for (a, b) in zip(v.dropFirst(keep), s.dropFirst(keep)) {
            #expect(Bytes.isDigit(a) == Bytes.isDigit(b) || (Bytes.isHex(a) && Bytes.isHex(b)))
            if !Bytes.isAlnum(a) { #expect(a == b) }
        }
        if Bytes.isUUID(v[...]) {
            #expect(Bytes.isUUID(s[...]))
            #expect(s[14] == UInt8(ascii: "4"))
        }
    }

    @Test func escapesInsideAQuotedStringStayEscapes() {
        // A private key inside JSON (a service account, Terraform state): `\n` stays `\n`, so
        // the masked file is still JSON.
        let value = Array(#"MIIEowIBAAKCAQEA1x\nq2Zr8Tb\nEND"#.utf8)
        let s = Sentinel.make(for: value, keep: 0)
        #expect(s.count == value.count && s != value)
        for (i, c) in value.enumerated() where c == 0x5C { #expect(s[i] == 0x5C && s[i + 1] == value[i + 1]) }
    }

    @Test(arguments: [
        ("[default]\npassword = tR7!kq2Pz#9Lm\n", "tR7!kq2Pz#9Lm"),
        ("<password>Kq8vN2xR5tLw9ZpE</password>", "Kq8vN2xR5tLw9ZpE"),
        ("<add key=\"ClearTextPassword\" value=\"Pa55w0rd-NuGet!\" />", "Pa55w0rd-NuGet!"),
        ("machine api.heroku.com login a@b.c password 5c1f0e2a-8d4b-4f6e-9a7c-1b2d3e4f5a6b", "5c1f0e2a-8d4b-4f6e-9a7c-1b2d3e4f5a6b"),
        ("ALTER USER app WITH PASSWORD 'N3wPa55word!24';", "N3wPa55word!24"),
        ("url = https://9f8e2c41d07b3a65e1c4f08d27b9a3e6c5d14f20@github.com/acme/app.git", "9f8e2c41d07b3a65e1c4f08d27b9a3e6c5d14f20"),
        // A `public` word on the line before does not make a key public.
        ("REACT_APP_PUBLIC=1\nAPI_KEY=Zq8wX3vN9pL2kR7tY5mB4cD6\n", "Zq8wX3vN9pL2kR7tY5mB4cD6"),
        ("define( 'DB_PASSWORD', 'Tr0ub4dor&3x!' );", "Tr0ub4dor&3x!"),
        ("sentry-cli --auth-token 5f2a9c1e7b4d4c8e9a6f1d2e3c4b5a69aa01 releases list", "5f2a9c1e7b4d4c8e9a6f1d2e3c4b5a69aa01"),
    ])
    func credentialFileFormats(_ text: String, _ secret: String) {
        let bytes = Array(text.utf8)
        let found = SecretScanner().scan(bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(found == [secret])
    }

    @Test(arguments: [
        "Pass follow_symlinks=False, unless not supported on this platform.",
        "https://lore.kernel.org/git/7vbptlsuyv.fsf@alter.siamese.dyndns.org/",
        "password = self.password",
        "<password>${env.MAVEN_PASSWORD}</password>",
        "passwordless login; your password must contain 12 characters",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "RAILWAY_PROJECT_ID=0de0a2fc-5ff9-42f5-ba75-f696f068f6a5",
        "# public key: age152ty07c5kugld8h7jxcw9u2ls93szd8r4f0m2p25a567ct0wqu3uvdu8xw",
        "    'HTTPPasswordMgrWithPriorAuth', 'AbstractBasicAuthHandler',",
        "<key>ProductUserVisibleVersion</key>",
        "SENTRY_DSN=https://0ee4082a28bbfd24e5672b45f1a7b0d0@o123456.ingest.sentry.io/4505",
    ])
    func lookalikesAreNotSecrets(_ text: String) {
        #expect(SecretScanner().scan(Array(text.utf8)).isEmpty)
    }

    @Test func theRegistryGivesOneSentinelPerValueAndMapsItBack() {
        let registry = SecretRegistry()
        let value = Array("3f2c9a1e-7b4d-4c8e-9a6f-1d2e3c4b5a69".utf8)
        let a = registry.register(value, detector: "railway-token", source: "scripts/domains.sh", line: 3, keep: 0)
        let b = registry.register(value, detector: "context-token", source: "other.sh", line: 9, keep: 0)
        #expect(a == b, "first sight wins: the source stays the first file")
        #expect(registry.real(for: a.sentinel) == value)
        #expect(registry.real(for: value) == nil)
    }

    @Test func maskingKeepsEveryOtherByteAndFindsCopiesByValue() {
        let registry = SecretRegistry()
        let scanner = SecretScanner()
        let token = "3f2c9a1e-7b4d-4c8e-9a6f-1d2e3c4b5a69"
        let original = Array("#!/bin/sh\nRAILWAY_TOKEN=\(token)\nrailway domain add x\n".utf8)
        let findings = scanner.scan(original, known: registry.known)
        let masked = SecretMasker.mask(original, findings, registry: registry, source: "scripts/domains.sh")
        #expect(masked.bytes.count == original.count)
        let text = String(decoding: masked.bytes, as: UTF8.self)
        #expect(!text.contains(token))
        #expect(text.hasPrefix("#!/bin/sh\nRAILWAY_TOKEN=") && text.hasSuffix("\nrailway domain add x\n"))
        #expect(masked.masked.first?.line == 2)
        #expect(masked.masked.first?.detector == "railway-token")
        // A copy under an innocent name, found only because the value is known now.
        let copy = Array("notes: \(token)\n".utf8)
        #expect(scanner.scan(copy).isEmpty, "a bare UUID alone is not a secret")
        let again = scanner.scan(copy, known: registry.known)
        #expect(again.count == 1 && again.first?.detector == "known-secret")
        let maskedCopy = SecretMasker.mask(copy, again, registry: registry, source: "notes.txt")
        #expect(String(decoding: maskedCopy.bytes, as: UTF8.self) == "notes: \(String(decoding: registry.entry(for: Array(token.utf8))!.sentinel, as: UTF8.self))\n")
        #expect(maskedCopy.masked.first?.entry.source == "scripts/domains.sh", "provenance: where it was first found")
    }
}
