import Foundation
import GuardianTestSupport
import Testing

/// `guardian check --request`: an HTTP request decided as the proxy would decide it, with what
/// it does and which rules matched, and the same exit status as a command's check.
@Suite struct CheckRequestTests {
    @Test func aRequestIsDecidedAndExplained() throws {
        let w = try World()
        defer { w.cleanup() }
        var r = try w.run([World.guardianBinary, "check", "--profile", "staging", "--request", #"POST https://db.prod.acme.com/sql {"query":"DROP TABLE orders"}"#])
        #expect(r.status == 3, "\(r.all)")
        #expect(r.stdout.contains("does: sql DROP TABLE orders") && r.stdout.contains("environment.other") && r.stdout.contains("api.sql-destructive"), "\(r.all)")
        try w.write(#"{"query":"mutation { x: volumeDelete(volumeId: \"v\") }"}"#, to: w.project + "/m.json")
        r = try w.run([World.guardianBinary, "check", "--request", "POST https://backboard.railway.com/graphql/v2", "--body", w.project + "/m.json"])
        #expect(r.status == 2 && r.stdout.contains("does: graphql mutation volumeDelete") && r.stdout.contains("railway.api-destructive"), "\(r.all)")
        r = try w.run([World.guardianBinary, "check", "--request", "GET https://api.github.com/repos/acme/app"])
        #expect(r.status == 0 && r.stdout.contains("decision: allow"), "\(r.all)")
        // What the proxy refuses to classify is a deny, with its reason.
        r = try w.run([World.guardianBinary, "check", "--request", #"POST https://api.example.com/graphql {"query":"mutation { "}"#])
        #expect(r.status == 3 && r.stdout.contains("request.graphql-unparseable"), "\(r.all)")
        r = try w.run([World.guardianBinary, "check", "--request", "not a request"])
        #expect(r.status == 64 && r.stderr.contains("METHOD URL"), "\(r.all)")
    }
}
