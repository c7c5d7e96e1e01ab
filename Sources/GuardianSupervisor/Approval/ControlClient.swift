import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Talks to running sessions over their control sockets in `$GUARDIAN_HOME/run/`.
public struct ControlClient: Sendable {
    public let runDirectory: String

    public init(runDirectory: String) { self.runDirectory = runDirectory }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The sessions whose control socket answers, by session id.
    public func sessions() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: runDirectory)) ?? []
        return names.filter { $0.hasSuffix(".sock") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Sends one request to one session and returns its answer.
    public func send(_ request: [String: Any], to session: String) throws -> [String: Any] {
        var request = request
        request["v"] = ControlServer.protocolVersion
        let path = runDirectory + "/" + session + ".sock"
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "cannot create a socket") }
        defer { close(fd) }
        let rc = ControlServer.withAddress(path) { addr, len in connect(fd, addr, len) }
        guard rc == 0 else {
            throw Failure(description: "session \(session) does not answer (\(String(cString: strerror(errno))))")
        }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var data = try JSONSerialization.data(withJSONObject: request)
        data.append(0x0A)
        _ = data.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard let line = ControlServer.readLine(fd),
              let answer = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else { throw Failure(description: "session \(session) sent no answer") }
        if answer["ok"] as? Bool != true {
            throw Failure(description: answer["error"] as? String ?? "session \(session) refused the request")
        }
        return answer
    }

    /// Every held request of every running session.
    public func pending() -> [[String: Any]] {
        var out: [[String: Any]] = []
        for s in sessions() {
            if let answer = try? send(["op": "pending"], to: s), let list = answer["pending"] as? [[String: Any]] {
                out.append(contentsOf: list)
            }
        }
        return out.sorted { ($0["id"] as? Int ?? 0) < ($1["id"] as? Int ?? 0) }
    }

    /// Approves or denies request `id`, wherever it waits: the session, and whether the call
    /// was answered already (the approval then covers its identical retry).
    public func answer(_ id: Int, approve: Bool, forSession: Bool) throws -> (session: String, retry: Bool) {
        for request in pending() where request["id"] as? Int == id {
            let session = request["session"] as? String ?? ""
            _ = try send(["op": approve ? "approve" : "deny", "id": id, "for_session": forSession], to: session)
            return (session, request["awaiting_retry"] as? Bool ?? false)
        }
        throw Failure(description: "no held request \(id): `guardian pending` lists them")
    }

    /// Connects to `session` as an approver: while the returned socket stays open, the
    /// session's held calls wait for an answer instead of being refused at once. Close it to stop.
    public func watch(_ session: String) -> Int32? {
        let path = runDirectory + "/" + session + ".sock"
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return nil }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let line = Array("{\"v\":\(ControlServer.protocolVersion),\"op\":\"watch\"}\n".utf8)
        guard ControlServer.withAddress(path, { addr, len in connect(fd, addr, len) }) == 0,
              line.withUnsafeBytes({ Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == line.count,
              let reply = ControlServer.readLine(fd),
              let answer = try? JSONSerialization.jsonObject(with: Data(reply.utf8)) as? [String: Any],
              answer["ok"] as? Bool == true
        else {
            close(fd)
            return nil
        }
        return fd
    }
}
