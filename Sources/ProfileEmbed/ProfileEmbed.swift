import Foundation

/// `swift run profile-embed [FILE]`: writes the built-in profiles, as the parser reads them, to
/// FILE (Sources/GuardianPolicy/BuiltinDocuments.swift, from the repository's root). Run by
/// profiles/embed.sh after it has written BuiltinProfiles.swift and an empty stand-in for FILE,
/// so a parser change never leaves a file that no longer compiles.
@main
struct ProfileEmbed {
    static func main() {
        let file = CommandLine.arguments.dropFirst().first ?? "Sources/GuardianPolicy/BuiltinDocuments.swift"
        do {
            try DocumentWriter.file(try DocumentWriter.parsedBuiltins()).write(toFile: file, atomically: true, encoding: .utf8)
        } catch {
            FileHandle.standardError.write(Data("profile-embed: \(file): \(error)\n".utf8))
            exit(1)
        }
    }
}
