import CGuardianShim
import NIOCore
import NIOPosix
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Large response bodies moved from the server's socket to the client's inside the kernel
/// (splice(2) through a pipe): the bytes never enter Guardian's memory, where relaying them
/// through NIO costs a copy in and a copy out of every byte — on a loopback download, as much
/// CPU as the client and the server together (docs/PERFORMANCE.md, "Downloads through the
/// proxy"). `ResponseRelay` hands a body over only when the proxy has nothing to do with its
/// bytes: plain HTTP/1.1 on both sides, no credential substituted in the request (so no mask),
/// a Content-Length of at least `threshold`. A transfer runs on a thread of `pool`, waiting on
/// both sockets with poll(2); at most `limit` run at once, and a body that finds none free is
/// relayed the ordinary way.
final class BulkTransfers: Sendable {
    let pool: NIOThreadPool
    let limit: Int
    private let active = Atomic<Int>(0)
    /// Smaller bodies are relayed through NIO: the handover costs a /proc/self/fd scan.
    static let threshold = 1 << 20
    /// A transfer ends when neither side moved for this long.
    static let idleMilliseconds: Int32 = 30_000

    init(limit: Int = 2) {
        self.limit = limit
        pool = NIOThreadPool(numberOfThreads: limit)
        pool.start()
    }

    func shutdown() { try? pool.syncShutdownGracefully() }

    /// A transfer slot, or false when all are taken.
    func reserve() -> Bool {
        var current = active.load(ordering: .relaxed)
        while current < limit {
            let (exchanged, original) = active.compareExchange(expected: current, desired: current + 1, ordering: .acquiringAndReleasing)
            if exchanged { return true }
            current = original
        }
        return false
    }

    func release() { active.subtract(1, ordering: .acquiringAndReleasing) }

    /// Moves `count` bytes from `server`'s socket to `client`'s (channels of one event loop,
    /// called on it; nothing may be read from `server` nor written to `client` through NIO
    /// meanwhile). Succeeds with the bytes moved when all were; fails otherwise. Nil, before a
    /// byte moved, when the sockets cannot be found among Guardian's descriptors. The slot taken
    /// by `reserve()` is given back either way.
    func move(_ count: Int64, from server: Channel, to client: Channel) -> EventLoopFuture<Int64>? {
        let loop = client.eventLoop
        guard let serverSide = Self.descriptor(server) else { release(); return nil }
        guard let clientSide = Self.descriptor(client) else { _ = Self.close(serverSide); release(); return nil }
        let future = pool.runIfActive(eventLoop: loop) { () throws -> Int64 in
            defer { _ = Self.close(serverSide); _ = Self.close(clientSide) }
            var moved: Int64 = 0
            let rc = gd_splice_sockets(serverSide.raw, clientSide.raw, count, Self.idleMilliseconds, &moved)
            guard rc == count else { throw BulkTransferError(code: rc < 0 ? Int32(-rc) : EPIPE, moved: moved) }
            return moved
        }
        future.whenComplete { _ in self.release() }
        return future
    }

    /// A descriptor of Guardian's own for the socket behind `channel`, found by its addresses.
    private static func descriptor(_ channel: Channel) -> Descriptor? {
        guard let local = channel.localAddress, let peer = channel.remoteAddress else { return nil }
        let fd = local.withSockAddr { l, _ in peer.withSockAddr { p, _ in gd_socket_dup_by_addresses(l, p) } }
        return fd >= 0 ? Descriptor(raw: fd) : nil
    }

    struct Descriptor: Sendable { var raw: Int32 }

    private static func close(_ d: Descriptor) -> Int32 { Glibc.close(d.raw) }
}

struct BulkTransferError: Error, CustomStringConvertible {
    var code: Int32
    var moved: Int64
    var description: String { "the body could not be moved whole (errno \(code), \(moved) bytes moved)" }
}
