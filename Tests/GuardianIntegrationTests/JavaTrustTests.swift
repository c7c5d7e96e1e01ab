import Foundation
import GuardianTestSupport
import Testing

/// Java reads its own keystore, not PEM: Guardian names a PKCS#12 store of the system roots
/// and the session CA in JAVA_TOOL_OPTIONS, after the user's options.
@Suite struct JavaTrustTests {
    static let java = "/usr/bin/java"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: java), "java is not installed"))
    func javaTrustsTheSession() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        try w.write("""
            import java.net.URI;
            import java.net.http.*;
            public class Main {
                public static void main(String[] args) throws Exception {
                    var response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(System.getenv("URL") + "/java")).build(),
                        HttpResponse.BodyHandlers.ofString());
                    System.out.println("status " + response.statusCode());
                }
            }
            """, to: w.project + "/Main.java")
        // The user's own options stay, and a trust store they name loses to the session's.
        let r = try net.guardian(["java", "Main.java"], extraEnv: [
            "URL": net.httpsURL, "JAVA_TOOL_OPTIONS": "-Duser.language=en -Djavax.net.ssl.trustStore=/nonexistent.p12"])
        #expect(r.stdout.contains("status 200"), "\(r.all.prefix(1500))")
        #expect(net.received.contains("/java"))
    }
}
