import Yams

// Reading typed values out of YAML nodes, with a diagnostic where the type is wrong.

extension ProfileParser {
    func location(_ node: Node?) -> SourceLocation {
        let mark = node?.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    mutating func fail(_ node: Node?, _ message: String) {
        fail(at: location(node), message)
    }

    mutating func fail(at location: SourceLocation, _ message: String) {
        diagnostics.append(PolicyError(message, at: location))
    }

    mutating func unknownKey(_ key: Node, allowed: String) {
        fail(key, "unknown key '\(key.string ?? "?")' (expected one of: \(allowed))")
    }

    mutating func string(_ node: Node) -> String? {
        if case .scalar(let scalar) = node { return scalar.string }
        fail(node, "expected a string")
        return nil
    }

    mutating func bool(_ node: Node) -> Bool {
        if let b = node.bool { return b }
        fail(node, "expected true or false")
        return false
    }

    /// An integer (`min_args: 2`). Yams reads YAML 1.1's forms (`0x1F`, `017`, `1_000`, `1:30`)
    /// through Foundation's string search, whose first use costs a fifth of a millisecond at
    /// every start. Plain decimal digits — the form profiles use — are read here, with the
    /// same result (Yams too ends in `Int(String)` for them); anything else still by Yams.
    func integer(_ node: Node) -> Int? {
        if case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
           Self.isDecimal(scalar.string, fraction: false) {
            return Int(scalar.string)
        }
        return node.int
    }

    /// A number (`timeout: 30`, `ask_timeout: 2.5`): as `integer`, digits with at most a point
    /// are read here with `Double(String)`, as Yams ends up reading them; `.inf`, `1_000.5`,
    /// `1:30` and the rest by Yams.
    func number(_ node: Node) -> Double? {
        if case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
           Self.isDecimal(scalar.string, fraction: true) {
            return Double(scalar.string)
        }
        return node.float
    }

    /// `[-]digits` with no leading zero (Yams reads `017` as octal, and `-0` as nothing), or
    /// `0`; with `fraction`, unsigned digits and points.
    static func isDecimal(_ text: String, fraction: Bool) -> Bool {
        let utf8 = text.utf8
        guard !utf8.isEmpty else { return false }
        if fraction { return utf8.allSatisfy { $0 == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
        if text == "0" { return true }
        let digits = utf8.first == UInt8(ascii: "-") ? utf8.dropFirst() : utf8[...]
        guard let first = digits.first, first != UInt8(ascii: "0") else { return false }
        return digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// A string or a list of strings.
    mutating func strings(_ node: Node) -> [Located<String>] {
        switch node {
        case .scalar(let scalar):
            return [Located(value: scalar.string, location: location(node))]
        case .sequence(let items):
            return items.compactMap { item in
                if case .scalar(let scalar) = item { return Located(value: scalar.string, location: location(item)) }
                fail(item, "expected a string")
                return nil
            }
        case .mapping:
            fail(node, "expected a string or a list of strings")
            return []
        }
    }

    mutating func sequence(_ node: Node) -> [Node] {
        if case .sequence(let items) = node { return Array(items) }
        fail(node, "expected a list")
        return []
    }

    mutating func pairs(_ node: Node) -> [(Node, Node)] {
        if case .mapping(let mapping) = node { return mapping.map { ($0.key, $0.value) } }
        if case .scalar(let s) = node, s.string.isEmpty { return [] }
        fail(node, "expected a mapping")
        return []
    }

    mutating func decision(_ node: Node) -> Decision? {
        guard let name = string(node) else { return nil }
        if let d = Decision(name: name) { return d }
        fail(node, "unknown decision '\(name)': use allow, audit, ask or deny")
        return nil
    }

    /// `volume delete` → ["volume", "delete"].
    static func words(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }

    static func error(from error: YamlError, file: String) -> PolicyError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let where_ = context.map { " \($0.text)" } ?? ""
            return PolicyError("invalid YAML: \(problem)\(where_)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        default:
            return PolicyError("invalid YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
