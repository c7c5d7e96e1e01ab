// What a git push over smart HTTP asks the server to do to its refs: the command list at the
// start of a `POST …/git-receive-pack` body (gitprotocol-pack, "Reference Update Request"),
// pkt-lines of `OLD-ID NEW-ID REFNAME` (the first followed by NUL and the client's
// capabilities) up to a flush packet, before the packfile. A new id of zeros deletes the ref
// on the server — what `git push --delete`, `git push :branch` and a mirror push of a branch
// that is gone locally send, whoever sends it (git with a configured mirror or refspec, a
// library, a script). Whether an update is a forced one (not a fast-forward) depends on the
// server's history, which the request does not carry: it is not told apart here.

/// One ref the push updates.
public struct GitRefUpdate: Sendable, Hashable {
    public var old: String
    public var new: String
    public var ref: String

    /// The push deletes the ref on the server.
    public var deletes: Bool { new.allSatisfy { $0 == "0" } }
}

enum GitPushCommands {
    /// The ref updates of a receive-pack request; nil when `request` is not one. A body that
    /// does not hold a readable command list is refused: the server would read something
    /// Guardian did not.
    static func updates(_ request: HTTPRequest, path: String) throws(RequestRefusal) -> [GitRefUpdate]? {
        guard request.method == "POST", path.hasSuffix("/git-receive-pack") else { return nil }
        var updates: [GitRefUpdate] = []
        var index = 0
        var inCertificate = false
        let body = request.body
        while true {
            guard index + 4 <= body.count, let length = hexLength(body[index..<(index + 4)]) else { throw unreadable("a pkt-line length") }
            if length == 0 { break }  // flush: the commands end, the packfile follows
            guard length >= 4, index + length <= body.count else { throw unreadable("a pkt-line that runs past the body") }
            var line = Array(body[(index + 4)..<(index + length)])
            index += length
            if let nul = line.firstIndex(of: 0) { line = Array(line[..<nul]) }
            if line.last == UInt8(ascii: "\n") { line.removeLast() }
            let text = String(decoding: line, as: UTF8.self)
            // A signed push: the commands are inside the certificate.
            if text == "push-cert" { inCertificate = true; continue }
            if text == "push-cert-end" { inCertificate = false; continue }
            if text.hasPrefix("shallow ") { continue }
            let parts = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            if parts.count == 3, isObjectID(parts[0]), isObjectID(parts[1]) {
                updates.append(GitRefUpdate(old: String(parts[0]), new: String(parts[1]), ref: String(parts[2])))
            } else if !inCertificate {
                throw unreadable("the command '\(text.prefix(80))'")
            }
            if updates.count > 10_000 { throw unreadable("more than 10,000 commands") }
        }
        return updates
    }

    static func isObjectID(_ s: Substring) -> Bool {
        (s.utf8.count == 40 || s.utf8.count == 64) && s.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
    }

    static func hexLength(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for b in bytes {
            let digit: Int
            switch b {
            case 48...57: digit = Int(b) - 48
            case 97...102: digit = Int(b) - 87
            case 65...70: digit = Int(b) - 55
            default: return nil
            }
            value = value * 16 + digit
        }
        return value
    }

    static func unreadable(_ what: String) -> RequestRefusal {
        RequestRefusal(rule: RequestRefusal.gitPushUnreadable, reason: "the git push's command list cannot be read (\(what))")
    }
}

extension RequestRefusal {
    /// A `git-receive-pack` request whose command list does not parse.
    public static let gitPushUnreadable = "request.git-push-unreadable"
}
