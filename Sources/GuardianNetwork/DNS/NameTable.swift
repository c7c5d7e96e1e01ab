import Synchronization

/// Which names the tree's resolver answered with which addresses, so a connection to an address
/// carries the name it was looked up by (for rules and events), and the mappings given with
/// `--resolve` (curl's HOST:PORT:ADDRESS).
public final class NameTable: Sendable {
    private let byAddress = Mutex<[[UInt8]: String]>([:])
    private let fixed: [String: [[UInt8]]]

    /// `HOST:PORT:ADDRESS` entries (the port is curl's and ignored here: a name maps to an
    /// address for every port). Returns nil with the offending entry for a malformed one.
    public init(resolve entries: [String]) throws(NameTableError) {
        var fixed: [String: [[UInt8]]] = [:]
        for entry in entries {
            let parts = entry.split(separator: ":", maxSplits: 2).map(String.init)
            guard parts.count == 3, !parts[0].isEmpty, Int(parts[1]) != nil else { throw NameTableError(entry: entry) }
            var address = parts[2]
            if address.hasPrefix("[") && address.hasSuffix("]") { address = String(address.dropFirst().dropLast()) }
            guard let bytes = SessionAuthority.addressBytes(address) else { throw NameTableError(entry: entry) }
            fixed[parts[0].lowercased(), default: []].append(bytes)
        }
        self.fixed = fixed
        byAddress.withLock { table in
            for (name, addresses) in fixed { for a in addresses { table[a] = name } }
        }
    }

    func fixedAddresses(_ name: String) -> [[UInt8]]? { fixed[name] }

    func record(_ name: String, _ addresses: [[UInt8]]) {
        byAddress.withLock { table in
            if table.count > 65536 { table.removeAll(keepingCapacity: true) }
            for a in addresses { table[a] = name }
        }
    }

    /// The name the tree last resolved to this address, if any.
    public func name(for endpoint: Endpoint) -> String? {
        byAddress.withLock { $0[endpoint.unmapped.address] }
    }
}

public struct NameTableError: Error, CustomStringConvertible {
    public var entry: String
    public var description: String { "--resolve \(entry): expected HOST:PORT:ADDRESS, e.g. api.example.com:443:127.0.0.1" }
}
