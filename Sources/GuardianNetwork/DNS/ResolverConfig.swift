/// The tree's view of /etc/resolv.conf (resolv.conf(5)) under a network gateway: the system's
/// file with its `nameserver` lines replaced by one that names Guardian's resolver.
///
/// Why: the tree's DNS goes to the resolver whatever server it names, but a resolver library
/// may accept an answer only from the address it sent the query to. c-ares (Node's
/// `dns.resolve*`, gRPC's default resolver) compares the answer's source address with the
/// server's and drops any other as spoofed (`ares_conn_read`); musl, dnspython and hickory
/// compare the port too. Named in the file the library reads, Guardian's resolver is that
/// server. Everything else (search, domain, options, sortlist, comments) is kept as it is.
public enum ResolverConfig {
    /// `original` with every `nameserver` line taken out and `nameserver ADDRESS` first.
    public static func rewrite(_ original: [UInt8], nameserver address: String) -> [UInt8] {
        var out = Array("# nameserver lines replaced by Guardian's resolver for this session\nnameserver \(address)\n".utf8)
        var lines = original.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for line in lines where !isNameserver(line) {
            out += line
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    /// A `nameserver` line: the keyword (after any blanks; glibc wants it at the start, other
    /// readers trim first) followed by a blank or the end of the line.
    static func isNameserver(_ line: ArraySlice<UInt8>) -> Bool {
        let keyword = Array("nameserver".utf8)
        let rest = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard rest.starts(with: keyword) else { return false }
        let after = rest.dropFirst(keyword.count)
        return after.first.map { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") } ?? true
    }
}
