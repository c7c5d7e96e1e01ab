import Testing
@testable import GuardianNetwork

/// The tree's /etc/resolv.conf: every nameserver line goes, Guardian's resolver comes first,
/// everything else stays.
@Suite struct ResolverConfigTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var original: String
        var kept: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "one server", original: "nameserver 10.255.255.53\n", kept: []),
        Case(name: "systemd-resolved's stub file", original: """
            # This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).
            nameserver 127.0.0.53
            options edns0 trust-ad
            search corp.example
            """, kept: ["# This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).",
                        "options edns0 trust-ad", "search corp.example"]),
        Case(name: "several, IPv6, tabs and blanks", original: "nameserver\t8.8.8.8\n  nameserver 2001:4860:4860::8888\nnameserver 1.1.1.1 \ndomain example\n",
             kept: ["domain example"]),
        Case(name: "no newline at the end, CRLF", original: "search a.example\r\nnameserver 9.9.9.9\r\noptions ndots:2", kept: ["search a.example\r", "options ndots:2"]),
        Case(name: "empty file", original: "", kept: []),
        Case(name: "words that only start like the keyword", original: "nameservers 1.2.3.4\n#nameserver 5.6.7.8\n", kept: ["nameservers 1.2.3.4", "#nameserver 5.6.7.8"]),
    ]

    @Test(arguments: cases)
    func nameserversAreReplaced(_ c: Case) {
        let out = String(decoding: ResolverConfig.rewrite(Array(c.original.utf8), nameserver: "127.53.53.53"), as: UTF8.self)
        // Split as bytes: in a String "\r\n" is one character.
        let lines = out.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        let servers = lines.filter { $0.hasPrefix("nameserver ") || $0.hasPrefix("nameserver\t") }
        #expect(servers == ["nameserver 127.53.53.53"], "\(out)")
        #expect(lines.firstIndex(of: "nameserver 127.53.53.53")! < 2, "Guardian's resolver comes first")
        let rest = lines.filter { !$0.isEmpty && !servers.contains($0) && !$0.hasPrefix("# nameserver lines replaced") }
        #expect(rest == c.kept, "\(out)")
        #expect(out.hasSuffix("\n"))
    }
}
