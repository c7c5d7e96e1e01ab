import Foundation
import GuardianTestSupport
import Testing

/// `guardian check` on programs no grammar knows says which word named the environment and what
/// decided the operation: an option, an argument of a deploy-type verb, a colon path, a verb in
/// the program's name, a package registry's destroy, a tool's own dry run.
extension ExecTests {
    @Test func checkExplainsProgramsNoGrammarKnows() throws {
        let w = try World()
        defer { w.cleanup() }
        func check(_ profile: String, _ argv: [String]) throws -> (Int32, String) {
            let r = try w.run([World.guardianBinary, "check", "--profile", profile, "--"] + argv)
            return (r.status, r.stdout)
        }
        var (status, out) = try check("staging", ["dbt", "run", "--target", "prod"])
        #expect(status == 3 && out.contains("environment: production (from --target 'prod': word 'prod')"), "\(out)")
        (status, out) = try check("staging", ["zappa", "update", "production"])
        #expect(status == 3 && out.contains("from zappa update argument 'production'"), "\(out)")
        (status, out) = try check("staging", ["salt", "-G", "env:production", "state.apply"])
        #expect(status == 3 && out.contains("from -G 'env:production'"), "\(out)")
        (status, out) = try check("dev", ["dokku", "apps:destroy", "myapp"])
        #expect(status == 2 && out.contains("operation: destroy (dokku apps:destroy)"), "\(out)")
        (status, out) = try check("dev", ["lvremove", "-f", "vg00/lvol1"])
        #expect(status == 2 && out.contains("lvremove: its name says it removes"), "\(out)")
        (status, out) = try check("dev", ["npm", "unpublish", "my-package@1.0.0"])
        #expect(status == 2 && out.contains("npm unpublish removes a published package from its registry"), "\(out)")
        (status, out) = try check("dev", ["zfs", "destroy", "-nv", "tank/home@monday"])
        #expect(status == 0 && out.contains("zfs's dry run") && out.contains("changes nothing"), "\(out)")
        (status, out) = try check("dev", ["ng", "build", "--configuration", "production"])
        #expect(status == 0 && out.contains("environment: none named"), "\(out)")
    }
}
