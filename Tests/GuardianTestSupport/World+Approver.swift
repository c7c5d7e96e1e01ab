import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An approver connected to the world's sessions, as `guardian tail -f --interactive` is: while
/// it stays open, held calls wait for an answer instead of being refused at once.
public final class Approver: @unchecked Sendable {
    private var sockets: [Int32] = []

    /// Connects to every session that has a control socket in the world now, waiting up to
    /// `timeout` seconds for at least one.
    public init(_ w: World, timeout: Double = 20) {
        let run = w.state + "/run"
        let deadline = Date().addingTimeInterval(timeout)
        while sockets.isEmpty && Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: run)) ?? []
            for name in names where name.hasSuffix(".sock") {
                if let fd = Self.watch(run + "/" + name) { sockets.append(fd) }
            }
            if sockets.isEmpty { usleep(20_000) }
        }
    }

    public var connected: Bool { !sockets.isEmpty }

    public func close() {
        for fd in sockets { Glibc.close(fd) }
        sockets = []
    }

    deinit { close() }

    private static func watch(_ path: String) -> Int32? {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return nil }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < 108 else { Glibc.close(fd); return nil }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        let request = Array("{\"v\":1,\"op\":\"watch\"}\n".utf8)
        var reply = [UInt8](repeating: 0, count: 256)
        guard rc == 0, send(fd, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else {
            Glibc.close(fd)
            return nil
        }
        let n = recv(fd, &reply, reply.count, 0)
        guard n > 0, String(decoding: reply[0..<n], as: UTF8.self).contains("\"ok\":true") else {
            Glibc.close(fd)
            return nil
        }
        return fd
    }
}
