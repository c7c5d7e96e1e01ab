import Synchronization

/// Which process of the tree connected, for events and for the reason it is told.
public struct ConnectionOrigin: Sendable, Hashable {
    public var pid: Int32
    public var program: String?

    public init(pid: Int32, program: String? = nil) {
        self.pid = pid
        self.program = program
    }
}

/// Where a connection the supervisor handed to the proxy was going. Registered under the
/// tree's socket's own address before the supervisor connects it to the proxy, so the entry
/// exists before the proxy can accept the connection (the proxy finds it by the peer address).
public struct Expected: Sendable, Hashable {
    public var destination: Endpoint
    public var origin: ConnectionOrigin
    /// The name the tree resolved this address from, when Guardian's resolver answered it.
    public var name: String?

    public init(destination: Endpoint, origin: ConnectionOrigin, name: String? = nil) {
        self.destination = destination
        self.origin = origin
        self.name = name
    }
}

/// Source address of a handed-over connection → where it was going. An entry is taken once;
/// one the proxy never accepts (the tree closed the socket first) is dropped when its source
/// port is registered again.
final class DestinationTable: Sendable {
    private let entries = Mutex<[Endpoint: Expected]>([:])

    func expect(_ expected: Expected, from source: Endpoint) {
        entries.withLock { $0[source.unmapped] = expected }
    }

    func take(_ source: Endpoint) -> Expected? {
        entries.withLock { $0.removeValue(forKey: source.unmapped) }
    }

    func cancel(_ source: Endpoint) {
        _ = take(source)
    }

    var count: Int { entries.withLock { $0.count } }
}
