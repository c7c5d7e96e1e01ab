import Foundation
import Synchronization

// Where profiles are found: a file path; then by name in the user's profiles, the system's,
// and the built-in ones.

struct ProfileSource: Sendable {
    var text: String
    /// A path on disk, or `profiles/NAME.yaml` for a built-in profile.
    var file: String
    var isBuiltin: Bool
}

public struct ProfileLibrary: Sendable {
    /// `<config>/profiles`
    public var userDirectory: String
    /// `/etc/guardian/profiles`
    public var systemDirectory: String

    public init(userDirectory: String, systemDirectory: String) {
        self.userDirectory = userDirectory
        self.systemDirectory = systemDirectory
    }

    public init(context: PolicyContext) {
        self.init(userDirectory: context.configDirectory + "/profiles", systemDirectory: context.systemDirectory + "/profiles")
    }

    /// A reference with a `/` that is not a catalog name, or ending in `.yaml`/`.yml`, is a file.
    static func isPath(_ reference: String) -> Bool {
        reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") || reference.hasPrefix("/") || reference.hasPrefix(".")
    }

    func locate(_ reference: String, relativeTo: String?) throws -> ProfileSource {
        if Self.isPath(reference) {
            var path = reference
            if !path.hasPrefix("/"), let relativeTo {
                path = (relativeTo as NSString).deletingLastPathComponent + "/" + path
            }
            path = (path as NSString).standardizingPath
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw PolicyError("cannot read profile file \(path)")
            }
            return ProfileSource(text: text, file: path, isBuiltin: false)
        }
        for directory in [userDirectory, systemDirectory] {
            for ext in ["yaml", "yml"] {
                let path = "\(directory)/\(reference).\(ext)"
                if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                    return ProfileSource(text: text, file: path, isBuiltin: false)
                }
            }
        }
        if let text = BuiltinProfiles.texts[reference] {
            return ProfileSource(text: text, file: "profiles/\(reference).yaml", isBuiltin: true)
        }
        throw PolicyError("unknown profile '\(reference)': not in \(userDirectory), \(systemDirectory), or the built-in profiles (\(BuiltinProfiles.profileNames.joined(separator: ", ")))")
    }

    /// Built-in profiles as parsed, by file: they are constants, and dev, staging and production
    /// all extend the whole catalog, so a process that loads several parses it once.
    private static let parsedBuiltins = Mutex<[String: ProfileDocument]>([:])

    /// `source` parsed; built-in sources only once per process.
    static func document(_ source: ProfileSource) throws -> ProfileDocument {
        guard source.isBuiltin else { return try parse(source.text, file: source.file) }
        if let document = parsedBuiltins.withLock({ $0[source.file] }) { return document }
        let document = try parse(source.text, file: source.file)
        parsedBuiltins.withLock { $0[source.file] = document }
        return document
    }

    static func parse(_ text: String, file: String) throws -> ProfileDocument {
        var parser = ProfileParser(file: file)
        let document = parser.parse(text)
        if !parser.diagnostics.isEmpty { throw PolicyError(all: parser.diagnostics) }
        guard let document else { throw PolicyError("\(file): not a profile") }
        return document
    }

    /// Every profile by name: built-in, system, user (later ones shadow earlier ones).
    public func listNames() -> [(name: String, source: String)] {
        var result: [(String, String)] = BuiltinProfiles.profileNames.map { ($0, "built-in") }
        for directory in [systemDirectory, userDirectory] {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for file in files.sorted() where file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
                let name = (file as NSString).deletingPathExtension
                result.removeAll { $0.0 == name }
                result.append((name, "\(directory)/\(file)"))
            }
        }
        return result
    }
}
