import Foundation
import Testing
@testable import GuardianPolicy
@testable import profile_embed

/// The built-in profiles reach a start as constants (`BuiltinDocuments.swift`), not as YAML to
/// parse. These tests hold those constants to what the parser makes of the embedded YAML, so a
/// profile edited without `sh profiles/embed.sh` fails here instead of running stale rules. The
/// file itself is written by profile-embed (Sources/ProfileEmbed), through the writer tested here.
struct BuiltinDocumentsTests {
    static let generatedFile = "\(repositoryRoot)/Sources/GuardianPolicy/BuiltinDocuments.swift"

    @Test func theGeneratedFileIsTheWritersOutputForTheEmbeddedYAML() throws {
        let expected = DocumentWriter.file(try DocumentWriter.parsedBuiltins())
        let onDisk = try String(contentsOfFile: Self.generatedFile, encoding: .utf8)
        if onDisk != expected {
            // The first line that differs, not two whole files.
            let a = onDisk.split(separator: "\n", omittingEmptySubsequences: false)
            let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let found = line < a.count ? String(a[line]) : "(end of file)"
            let wanted = line < b.count ? String(b[line]) : "(end of file)"
            Issue.record("Sources/GuardianPolicy/BuiltinDocuments.swift is stale at line \(line + 1): run sh profiles/embed.sh\n  file:   \(found)\n  parser: \(wanted)")
        }
    }

    @Test func everyEmbeddedDocumentIsWhatTheParserMakesOfItsYAML() throws {
        let parsed = try DocumentWriter.parsedBuiltins()
        #expect(Set(BuiltinProfiles.documents.keys) == Set(parsed.map(\.file)))
        for (file, document) in parsed {
            let embedded = try #require(BuiltinProfiles.documents[file], "\(file) is not embedded: run sh profiles/embed.sh")
            // Every stored property, nested ones and locations included, as Swift prints them.
            #expect(String(reflecting: embedded) == String(reflecting: document), "\(file)")
        }
    }

    @Test func aBuiltinProfileLoadsFromTheEmbeddedDocuments() throws {
        let source = try ProfileLibrary(userDirectory: "/nonexistent", systemDirectory: "/nonexistent").locate("catalog/credentials", relativeTo: nil)
        #expect(source.isBuiltin)
        let document = try ProfileLibrary.document(source)
        #expect(String(reflecting: document) == String(reflecting: try #require(BuiltinProfiles.documents[source.file])))
        #expect(document.rules.count > 10)
    }

    @Test func theWriterEscapesWhatASwiftLiteralCannotHoldAsIs() {
        #expect(DocumentWriter.literal(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(DocumentWriter.literal("x\n\t\r\u{1}é\u{7F}") == #""x\n\t\r\u{1}\u{e9}\u{7f}""#)
        #expect(DocumentWriter.literal(#"\(interpolated)"#) == #""\\(interpolated)""#)
        #expect(DocumentWriter.functionName("profiles/catalog/cloud.yaml") == "catalogCloud")
        #expect(DocumentWriter.functionName("profiles/dev.yaml") == "dev")
    }
}
