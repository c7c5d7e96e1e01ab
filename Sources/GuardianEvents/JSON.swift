// A small JSON writer for event lines: fixed key order, no Foundation, no allocation beyond the
// output buffer. The key order is part of the canonical form the hash chain covers.

struct JSONWriter {
    var bytes: [UInt8] = []
    private var first = true

    init() { bytes.reserveCapacity(512); bytes.append(UInt8(ascii: "{")) }

    mutating func key(_ k: String) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        string(k)
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func field(_ k: String, _ v: String?) {
        guard let v else { return }
        key(k); string(v)
    }

    mutating func fieldOrNull(_ k: String, _ v: String?) {
        key(k)
        if let v { string(v) } else { bytes.append(contentsOf: "null".utf8) }
    }

    mutating func field<I: FixedWidthInteger>(_ k: String, _ v: I?) {
        guard let v else { return }
        key(k); integer(Int64(v))
    }

    /// Decimal digits, as `String(v)` writes them, without building the String (the generic
    /// conversion was most of an event's formatting).
    mutating func integer(_ v: Int64) {
        if v < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = v.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: d[(20 - count)...])
        }
    }

    mutating func field(_ k: String, _ v: [String]?) {
        guard let v else { return }
        key(k)
        bytes.append(UInt8(ascii: "["))
        for (i, s) in v.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(s)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func field(_ k: String, _ v: [String: String]?) {
        guard let v else { return }
        key(k)
        bytes.append(UInt8(ascii: "{"))
        for (i, name) in v.keys.sorted().enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(name)
            bytes.append(UInt8(ascii: ":"))
            string(v[name]!)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func finish() -> [UInt8] {
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        // Invalid UTF-8 from a target (a path is bytes) is already repaired by String.
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [92, 92])
            case 0x0A: bytes.append(contentsOf: [92, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [92, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [92, UInt8(ascii: "t")])
            case 0..<0x20, 0x7F:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(Self.hex[Int(b >> 4)])
                bytes.append(Self.hex[Int(b & 0xF)])
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

extension Event {
    /// The canonical line without the chain fields: what the hash covers.
    public func canonicalJSON() -> [UInt8] {
        var w = JSONWriter()
        w.field("time", time)
        w.field("session", session)
        w.field("seq", seq)
        w.field("pid", pid)
        w.field("ppid", ppid)
        w.field("kind", kind.rawValue)
        w.field("decision", decision)
        w.fieldOrNull("rule", rule)
        w.field("reason", reason)
        w.field("profile", profile)
        w.field("environment", environment)
        w.field("program", program)
        w.field("interpreter", interpreter)
        w.field("sha256", sha256)
        w.field("argv", argv)
        w.field("cwd", cwd)
        w.field("path", path)
        w.field("access", access)
        w.field("syscall", syscall)
        w.field("host", host)
        w.field("port", port)
        w.field("method", method)
        w.field("operation", operation)
        w.field("listener", listener)
        w.field("credential", credential)
        w.field("command", command)
        w.field("exit_status", exitStatus)
        w.field("detail", detail)
        return w.finish()
    }
}

/// A JSON string literal, escaped exactly as event lines are, for commands that print JSON.
public enum JSONText {
    public static func quote(_ s: String) -> String {
        var w = JSONWriter()
        w.bytes.removeAll()
        w.string(s)
        return String(decoding: w.bytes, as: UTF8.self)
    }
}
