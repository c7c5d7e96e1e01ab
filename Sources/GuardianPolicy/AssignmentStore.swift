import Foundation

// Which profile a project directory is assigned. Kept in Guardian's config directory, never in
// the project, so the supervised tree cannot weaken its own profile.

public struct AssignmentStore: Sendable {
    public var configDirectory: String
    public var file: String { configDirectory + "/assignments.json" }

    public init(configDirectory: String) { self.configDirectory = configDirectory }

    /// Directory → profile. A missing file is no assignment; an unreadable one is an error.
    public func all() throws -> [String: String] {
        guard FileManager.default.fileExists(atPath: file) else { return [:] }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            return try JSONDecoder().decode(Assignments.self, from: data).assignments
        } catch {
            throw PolicyError("cannot read \(file): \(error.localizedDescription); fix or remove it")
        }
    }

    /// The assignment of `directory` or of its nearest assigned ancestor.
    public func nearest(to directory: String) throws -> (directory: String, profile: String)? {
        let assignments = try all()
        guard !assignments.isEmpty else { return nil }
        var dir = directory
        while true {
            if let profile = assignments[dir] { return (dir, profile) }
            if dir == "/" || dir.isEmpty { return nil }
            dir = (dir as NSString).deletingLastPathComponent
        }
    }

    public func assign(_ directory: String, profile: String) throws {
        var assignments = try all()
        assignments[directory] = profile
        try save(assignments)
    }

    /// Returns whether `directory` was assigned.
    public func unassign(_ directory: String) throws -> Bool {
        var assignments = try all()
        guard assignments.removeValue(forKey: directory) != nil else { return false }
        try save(assignments)
        return true
    }

    private func save(_ assignments: [String: String]) throws {
        try FileManager.default.createDirectory(atPath: configDirectory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(Assignments(assignments: assignments))
        // Write a new file and rename it over the old one, so a reader never sees half a file.
        try data.write(to: URL(fileURLWithPath: file), options: .atomic)
    }

    private struct Assignments: Codable {
        var assignments: [String: String]
    }
}
