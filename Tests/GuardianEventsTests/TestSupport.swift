import Foundation
@testable import GuardianEvents

/// A fresh directory under /tmp, removed when the test is done with it.
final class TempDirectory {
    let path: String

    init() {
        var template = Array("/tmp/guardian-events-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(made != nil, "mkdtemp failed")
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    var paths: GuardianPaths { GuardianPaths(home: path, state: path + "/state", config: path + "/config") }
}

func readBytes(_ path: String) -> [UInt8] {
    (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
}

func writeBytes(_ path: String, _ bytes: [UInt8]) {
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
}

func lines(of path: String) -> [String] {
    String(decoding: readBytes(path), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}

extension Event {
    static func exec(_ session: String, _ argv: [String], decision: String = "allow", rule: String? = nil) -> Event {
        var e = Event(session: session, pid: 100, ppid: 1, kind: .exec, decision: decision, profile: "dev", rule: rule)
        e.program = argv.first
        e.argv = argv
        e.cwd = "/work"
        return e
    }

    static func open(_ session: String, _ path: String, decision: String = "deny", rule: String? = "secrets") -> Event {
        var e = Event(session: session, pid: 101, ppid: 100, kind: .open, decision: decision, profile: "dev", rule: rule)
        e.path = path
        e.access = "read"
        e.syscall = "openat"
        return e
    }

    static func start(_ session: String, _ command: [String]) -> Event {
        var e = Event(session: session, pid: 99, ppid: 1, kind: .session, decision: "start", profile: "dev")
        e.command = command
        return e
    }

    static func end(_ session: String, status: Int32) -> Event {
        var e = Event(session: session, pid: 99, ppid: 1, kind: .session, decision: "end", profile: "dev")
        e.exitStatus = status
        return e
    }
}

/// Writes a complete, ended session of `count` events (start, execs, end) and returns its path.
@discardableResult
func writeSession(_ directory: String, _ session: String, execs: Int = 3, end: Bool = true) throws -> String {
    let log = try EventLog(directory: directory, session: session)
    try log.append(.start(session, ["claude"]))
    for i in 0..<execs { try log.append(.exec(session, ["/bin/echo", "step \(i)"])) }
    if end { try log.append(.end(session, status: 0)) }
    log.close()
    return log.path
}
