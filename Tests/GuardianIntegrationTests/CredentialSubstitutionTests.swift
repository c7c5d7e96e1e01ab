import Foundation
import GuardianTestSupport
import Testing

/// A token found by content reaches the agent as a stand-in; sent back in a request, the
/// proxy puts the real value in its place only where the profile binds it — the incident's
/// domains token may create custom domains, not delete volumes — and a real value that did
/// not come through Guardian is refused at a protected API.
@Suite(.serialized) struct CredentialSubstitutionTests {
    static let token = "8e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b"
    /// A token of the same shape nobody registered (read back from a git pack, say).
    static let foreign = "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"
    static let historic = "6c5b4a39-2817-4e6d-9f5e-4d3c2b1a0f9e"

    static func profile(_ w: World) throws -> String {
        try FileManager.default.createDirectory(atPath: w.project + "/scripts", withIntermediateDirectories: true)
        try "#!/bin/sh\n# manage the custom domains\nRAILWAY_TOKEN=\(token)\nrailway domain add \"$1\"\n"
            .write(toFile: w.project + "/scripts/domains.sh", atomically: true, encoding: .utf8)
        for (path, mode) in [(w.project + "/scripts", 0o755), (w.project + "/scripts/domains.sh", 0o644)] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        }
        let path = w.root.path + "/bound.yaml"
        try w.write("""
            name: bound
            environment: staging
            extends: [staging]
            credentials:
              - source: [./scripts/domains.sh]
                hosts: [api.test.example]
                request: {graphql: {operation: [mutation], fields: ["customDomain*"]}}
            rules:
              - id: test.api-delete
                reason: the stand-in API's deletes
                decision: deny
                request: {host: [api.test.example], method: [DELETE]}
            """, to: path)
        chmod(path, 0o644)
        return path
    }

    static let agent = #"""
        import json, os, re, sys, urllib.request as u, urllib.error as e
        tok = re.search(r"RAILWAY_TOKEN=(\S+)", open("scripts/domains.sh").read()).group(1)
        print("read", tok)
        def send(url, q, token, label, scheme="Bearer"):
            import base64
            auth = "Basic " + base64.b64encode(("x-access-token:" + token).encode()).decode() if scheme == "Basic" else "Bearer " + token
            try:
                r = u.urlopen(u.Request(url + "/graphql/v2", data=json.dumps({"query": q}).encode(),
                                        headers={"Content-Type": "application/json", "Authorization": auth}))
                print(label, "sent", r.status, r.read().decode())
            except e.HTTPError as x:
                print(label, "refused", x.code, x.headers.get("x-guardian-rule"), x.headers.get("x-guardian-reason"))
        https, http = os.environ["HTTPS"], os.environ["HTTP"]
        for mode in sys.argv[1:]:
            if mode == "create":
                send(https, 'mutation { customDomainCreate(input: {domain: "a.example"}) { id } }', tok, mode)
            elif mode == "basic":
                send(https, 'mutation { customDomainUpdate(id: "d1", input: {}) { id } }', tok, mode, scheme="Basic")
            elif mode == "delete":
                send(https, 'mutation { volumeDelete(volumeId: "vol_1") }', tok, mode)
            elif mode == "elsewhere":
                send(http, 'mutation { customDomainCreate(input: {domain: "b.example"}) { id } }', tok, mode)
            elif mode == "pieces":
                send(https, 'mutation { customDomainCreate(input: {domain: "c.example"}) { id } }', os.environ["P1"] + os.environ["P2"], mode)
            elif mode == "foreign":
                send(https, 'mutation { customDomainCreate(input: {domain: "d.example"}) { id } }', os.environ["FOREIGN"], mode)
            elif mode == "decoded":
                import base64
                send(https, 'mutation { customDomainCreate(input: {domain: "e.example"}) { id } }', base64.b64decode(os.environ["B64"]).decode(), mode)
            elif mode == "history":
                import subprocess
                shown = subprocess.run(["git", "show", "HEAD~1:.env"], capture_output=True, text=True)
                old = shown.stdout
                if "TOKEN=" not in old:
                    log = subprocess.run(["git", "log", "--oneline"], capture_output=True, text=True)
                    print("history: git show failed:", shown.stderr.strip()[:300], "| log:", log.stdout.strip()[:200], log.stderr.strip()[:300])
                    continue
                send(https, 'mutation { customDomainCreate(input: {domain: "f.example"}) { id } }', re.search(r"TOKEN=(\S+)", old).group(1), mode)
        """#

    /// The incident under the built-in staging profile, no binding: the token from
    /// `RAILWAY_TOKEN=` is Railway's, so Railway's API host gets the real value for what the
    /// rules allow, and a volumeDelete is stopped with the token's source in the event.
    @Test func underTheBuiltInStagingProfileRailwayGetsTheTokenForWhatTheRulesAllow() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        _ = try Self.profile(w)
        let railway = net.httpsURL.replacingOccurrences(of: "api.test.example", with: "backboard.railway.com")
        let r = try net.guardian(["python3", "-c", Self.agent, "create", "delete"], profile: "staging",
                                 extraEnv: ["HTTPS": railway, "HTTP": net.httpURL])
        #expect(r.stdout.contains("create sent 200"), "\(r.all.prefix(1200))")
        #expect(net.received.contains("Bearer \(Self.token)") && net.received.contains("customDomainCreate"), "\(net.received.prefix(800))")
        // Held by the catalog's destructive-mutation rules; nobody watches, so refused at once.
        #expect(r.stdout.contains("delete refused 403 api.graphql-destructive-mutation") || r.stdout.contains("delete refused 403 railway.api-destructive"), "\(r.all.prefix(1200))")
        #expect(!net.received.contains("volumeDelete"))
        let refused = w.events().first { $0["kind"] as? String == "net" && $0["decision"] as? String == "ask" }
        let credential = ((refused?["credential"] as? [String]) ?? []).joined()
        #expect(credential.contains("railway-token from \(w.project)/scripts/domains.sh:3"), "\(w.events().suffix(3))")
    }

    func run(_ modes: [String], _ w: World, _ net: NetworkWorld) throws -> World.Output {
        let pieces = ["P1": String(Self.token.prefix(13)), "P2": String(Self.token.dropFirst(13)), "FOREIGN": Self.foreign,
                      "B64": Data(Self.token.utf8).base64EncodedString(),
                      // The unprivileged run's agent is another user than the repository's owner.
                      "GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "safe.directory", "GIT_CONFIG_VALUE_0": "*"]
        return try net.guardian(["python3", "-c", Self.agent] + modes, profile: try Self.profile(w),
                                extraEnv: ["HTTPS": net.httpsURL, "HTTP": net.httpURL].merging(pieces) { $1 })
    }

    @Test func theBoundUseGetsTheRealTokenAndTheEventNamesItsSource() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let r = try run(["create", "basic"], w, net)
        #expect(r.stdout.contains("create sent 200"), "\(r.all.prefix(1200))")
        #expect(r.stdout.contains("basic sent 200"), "\(r.all.prefix(1200))")
        // Inside Basic's base64 too.
        #expect(net.received.contains("Basic " + Data("x-access-token:\(Self.token)".utf8).base64EncodedString()), "\(net.received.prefix(800))")
        #expect(!r.stdout.contains(Self.token), "the agent read a stand-in, and the API's echo of the real token came back as the stand-in")
        let standIn = r.stdout.split(separator: "\n").first { $0.hasPrefix("read ") }.map { String($0.dropFirst(5)) } ?? "?"
        #expect(r.stdout.contains("\"authorization\": \"Bearer \(standIn)\""), "\(r.all.prefix(1200))")
        // The API heard the real token, in the request the agent sent.
        #expect(net.received.contains("Bearer \(Self.token)"), "\(net.received.prefix(800))")
        #expect(net.received.contains("customDomainCreate"))
        let e = w.events().first { ($0["credential"] as? [String])?.isEmpty == false }
        let credential = (e?["credential"] as? [String])?.joined() ?? ""
        #expect(credential.contains("railway-token from \(w.project)/scripts/domains.sh:3, real value for this host"), "\(w.events().suffix(3))")
        #expect(!"\(w.events())".contains(Self.token), "no event carries the value")
    }

    @Test func anotherUseIsStoppedAndTheStandInNeverLeavesForAnotherHost() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let r = try run(["delete", "elsewhere"], w, net)
        #expect(r.stdout.contains("delete refused 403"), "\(r.all.prefix(1200))")
        #expect(r.stdout.contains("scripts/domains.sh"), "the agent is told whose credential: \(r.all.prefix(1200))")
        #expect(!net.received.contains("volumeDelete"))
        // Plain HTTP to 127.0.0.1 is not a host the binding names: the stand-in stays a stand-in.
        #expect(r.stdout.contains("elsewhere sent 200"), "\(r.all.prefix(1200))")
        #expect(net.received.contains("b.example") && !net.received.contains(Self.token), "\(net.received.prefix(800))")
        let refused = w.events().first { $0["kind"] as? String == "net" && $0["decision"] as? String != "allow" && ($0["credential"] as? [String]) != nil }
        let refusedCredential = ((refused?["credential"] as? [String]) ?? []).joined()
        #expect(refusedCredential.contains("scripts/domains.sh"), "\(w.events().suffix(4))")
        let kept = w.events().first { (($0["credential"] as? [String]) ?? []).joined().contains("kept as a stand-in") }
        #expect(kept != nil, "\(w.events().suffix(4))")
    }

    @Test func aRebuiltOrForeignTokenIsRefusedAtTheProtectedHost() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        // A token committed to .env and removed since: git reads it from its packed objects,
        // where Guardian cannot mask it.
        try FileManager.default.createDirectory(atPath: w.project, withIntermediateDirectories: true)
        try "RAILWAY_TOKEN=\(Self.historic)\n".write(toFile: w.project + "/.env", atomically: true, encoding: .utf8)
        let setup = try w.run(["sh", "-ec", """
            git init -q .
            git -c user.email=t@example.com -c user.name=t add .env
            git -c user.email=t@example.com -c user.name=t commit -qm env
            git -c user.email=t@example.com -c user.name=t rm -q .env
            git -c user.email=t@example.com -c user.name=t commit -qm 'no env'
            chmod -R a+rX .
            """], extraEnv: ["GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "safe.directory", "GIT_CONFIG_VALUE_0": "*"], cwd: w.project)
        #expect(setup.status == 0, "\(setup.all)")
        let r = try run(["pieces", "foreign", "decoded", "history"], w, net)
        #expect(r.stdout.contains("pieces refused 403 credentials.real-value"), "\(r.all.prefix(1200))")
        #expect(r.stdout.contains("foreign refused 403 credentials.unregistered"), "\(r.all.prefix(1200))")
        #expect(r.stdout.contains("decoded refused 403 credentials.real-value"), "\(r.all.prefix(1200))")
        #expect(r.stdout.contains("history refused 403 credentials.unregistered"), "\(r.all.prefix(1200))")
        #expect(!net.received.contains(Self.token) && !net.received.contains(Self.foreign) && !net.received.contains(Self.historic), "\(net.received.prefix(800))")
        for domain in ["c", "d", "e", "f"] { #expect(!net.received.contains("\(domain).example")) }
    }
}

/// AWS keys in the environment reach the agent as stand-ins; an AWS SDK signs with them, and
/// Guardian signs the request again with the real keys where they are bound — checked by a
/// server that recomputes the signature with botocore.
/// (As root only: the unprivileged run's agent cannot import this machine's boto3, installed
/// under root's home.)
@Suite(.serialized, .enabled(if: !World.unprivileged)) struct AWSResigningTests {
    static let keyID = "AKIAZ7QX3EXAMPLE2TST"
    static let secret = "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"

    func profile(_ w: World, bound: Bool) throws -> String {
        let path = w.root.path + "/aws.yaml"
        try w.write("""
            name: aws
            environment: staging
            extends: [staging]
            \(bound ? "credentials:\n  - {source: [$AWS_ACCESS_KEY_ID], hosts: [api.test.example]}" : "")
            """, to: path)
        chmod(path, 0o644)
        return path
    }

    static let agent = #"""
        import os, boto3, botocore.exceptions as x
        print("key", os.environ["AWS_ACCESS_KEY_ID"], len(os.environ["AWS_SECRET_ACCESS_KEY"]))
        sts = boto3.client("sts", endpoint_url=os.environ["HTTPS"], region_name="us-east-1")
        try:
            print("account", sts.get_caller_identity()["Account"])
        except x.ClientError as e:
            print("error", e.response["Error"]["Code"])
        """#

    func run(_ w: World, _ net: NetworkWorld, bound: Bool) throws -> World.Output {
        try net.guardian(["python3", "-c", Self.agent], profile: try profile(w, bound: bound),
                         extraEnv: ["HTTPS": net.httpsURL, "AWS_ACCESS_KEY_ID": Self.keyID, "AWS_SECRET_ACCESS_KEY": Self.secret,
                                    "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null"])
    }

    @Test func aBoundKeyIsSignedAgainWithTheRealSecret() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w, apiArguments: ["--aws", "\(Self.keyID):\(Self.secret)"])
        defer { net.stop() }
        let r = try run(w, net, bound: true)
        #expect(r.stdout.contains("key AKIA") && r.stdout.contains(" 40\n"), "\(r.all.prefix(1200))")
        #expect(!r.stdout.contains(Self.keyID), "the agent holds a stand-in: \(r.all.prefix(1200))")
        #expect(r.stdout.contains("account 123456789012"), "\(r.all.prefix(1200))")
        #expect(net.received.contains("signature ok"), "\(net.received.prefix(1200))")
        #expect(!"\(w.events())".contains(Self.secret))
    }

    @Test func anUnboundKeyStaysAStandIn() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w, apiArguments: ["--aws", "\(Self.keyID):\(Self.secret)"])
        defer { net.stop() }
        let r = try run(w, net, bound: false)
        // api.test.example is not AWS: without a binding the stand-ins are what it gets.
        #expect(r.stdout.contains("error"), "\(r.all.prefix(1200))")
        #expect(!net.received.contains(Self.keyID) && !net.received.contains("signature ok"), "\(net.received.prefix(1200))")
    }
}
