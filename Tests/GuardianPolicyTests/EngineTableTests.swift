import Foundation
import Testing
@testable import GuardianPolicy

@Test(arguments: [
    ("/home/user/.aws/credentials", FileAccess.read, Decision.deny),
    ("/home/user/.ssh/id_ed25519", .read, .deny),
    ("/home/user/.ssh/id_ed25519.pub", .read, .allow),
    ("/home/user/project/.env", .read, .deny),
    ("/home/user/project/apps/web/.env.local", .read, .deny),
    ("/home/user/project/.env.example", .read, .allow),
    ("/home/user/project/.env.sample", .read, .allow),
    ("/home/user/project/.env.production", .read, .deny),
    ("/home/user/project/src/main.swift", .read, .allow),
    ("/home/user/project/foo.env.local", .read, .allow),
    ("/home/user/.kube/config", .read, .deny),
    ("/home/user/.config/gcloud/credentials.db", .read, .deny),
    ("/home/user/.config/gh/hosts.yml", .read, .deny),
    ("/home/user/.git-credentials", .read, .deny),
])
func devFileDecisions(_ path: String, _ access: FileAccess, _ expected: Decision) {
    #expect(Fixture.dev.evaluate(FileRequest(path: path, access: access)).decision == expected)
}

@Test func environmentTaggedCredentials() {
    let file = FileRequest(path: "/home/user/project/.env.staging", access: .read)
    #expect(Fixture.dev.evaluate(file).decision == .deny)
    #expect(Fixture.dev.evaluate(file).environment == "staging")
    #expect(Fixture.staging.evaluate(file).decision == .audit)
    #expect(Fixture.staging.evaluate(FileRequest(path: "/home/user/project/.env.production", access: .read)).decision == .deny)
}

@Test(arguments: [
    ("/home/user/.aws", Decision.deny),
    ("/home/user", .deny),
    ("/home/user/project/build", .allow),
    ("/home/user/project/src", .allow),
])
func movingADirectory(_ directory: String, _ expected: Decision) {
    #expect(Fixture.dev.evaluateSubtree(directory, access: .delete).decision == expected)
}

@Test func protectedPathsAreConcrete() {
    let paths = Fixture.dev.protectedPaths
    #expect(paths.contains("/home/user/.aws/credentials"))
    #expect(!paths.contains { $0.contains("*") })
}

@Test func environmentVariablesCoverBindings() {
    let vars = Fixture.dev.environmentVariables
    for name in ["RAILWAY_ENVIRONMENT", "KUBECONFIG", "AWS_PROFILE", "DATABASE_URL", "PGHOST", "HOME", "TF_WORKSPACE", "DOCKER_HOST", "CLOUDSDK_CORE_PROJECT"] {
        #expect(vars.contains(name), "\(name)")
    }
}

@Test func scriptsAreMatchedByTheirInterpreter() {
    let request = ExecRequest(program: "/home/user/project/manage.py", argv: ["./manage.py", "flush"], cwd: "/home/user/project", interpreter: "/usr/bin/python3.12")
    #expect(Fixture.dev.evaluate(request).decision == .ask)
    let versioned = ExecRequest(program: "/usr/bin/python3.12", argv: ["python3", "manage.py", "flush"], cwd: "/home/user/project")
    #expect(Fixture.dev.evaluate(versioned).decision == .ask)
}

@Test func everyMatchIsReturnedStrictestFirst() {
    let e = Fixture.dev.evaluate(Fixture.exec("rm -rf /"))
    #expect(e.matches.map(\.id) == ["rm.recursive-root-or-home", "rm.recursive-outside-project"])
    #expect(e.primary?.id == "rm.recursive-root-or-home")
}

@Test func otherEnvironmentCanBeAllowedExplicitly() throws {
    let yaml = """
        name: t
        environment: staging
        extends: [catalog/environments]
        rules:
          - id: allow.prod-logs
            reason: reading production logs is fine
            decision: allow
            exec: {program: kubectl, subcommand: logs, target_environment: [production]}
            examples: {match: ["kubectl --context prod-eu logs api"], not_match: ["kubectl --context prod-eu delete pod x"]}
        """
    let document = try ProfileLibrary.parse(yaml, file: "t.yaml")
    _ = document
    let dir = "/tmp/guardian-explicit-\(getpid())"
    try? yaml.write(toFile: dir + ".yaml", atomically: true, encoding: .utf8)
    let policy = try PolicyLoader.compile(dir + ".yaml", context: Fixture.context).policy
    #expect(policy.evaluate(Fixture.exec("kubectl --context prod-eu logs api")).decision == .allow)
    #expect(policy.evaluate(Fixture.exec("kubectl --context prod-eu get pods")).decision == .deny)
}

@Test(arguments: [
    ("git push -rf origin main", ["-rf"], true),
    ("rm -fr x", ["-fr"], true),
])
func combinedShortFlags(_ line: String, _ flags: [String], _ present: Bool) {
    let args = Arguments(ShellWords.split(line))
    #expect(FlagSpec("-f|--force").isPresent(in: args) == present)
}

@Test(arguments: [
    ("kubectl --force=false delete x", false),
    ("kubectl --force=true delete x", true),
    ("kubectl --force delete x", true),
])
func longFlagValues(_ line: String, _ present: Bool) {
    #expect(FlagSpec("-f|--force").isPresent(in: Arguments(ShellWords.split(line))) == present)
}

@Test(arguments: [
    ("postgres://app:secret@db.prod.example.com:5432/app", "db.prod.example.com" as String?),
    ("https://api.railway.app/graphql?x=1", "api.railway.app"),
    ("mongodb+srv://user@cluster0.abc.mongodb.net,other/db", "cluster0.abc.mongodb.net"),
    ("redis://cache:6379", "cache"),
    ("host=db.staging port=5432 dbname=app", "db.staging"),
    ("dbname=app host=10.0.0.5", "10.0.0.5"),
    ("https://", nil),
    ("plain-argument", nil),
    ("ho", nil),
])
func hostOfAURLOrConnectionString(_ text: String, _ host: String?) {
    #expect(TargetExtractor.host(in: Substring(text)) == host)
}

/// `unless_content: [certificates]` (credentials.keys): a read of a file found to hold only
/// certificates is not matched; any other access, or a read whose content is unknown, is.
@Test(arguments: [
    ("/home/user/project/certs/ca.pem", FileAccess.read, FileContent?.none, Decision.deny),
    ("/home/user/project/certs/ca.pem", .read, .certificates, .allow),
    ("/home/user/project/certs/ca.pem", .write, .certificates, .deny),
    ("/home/user/project/certs/ca.pem", .delete, .certificates, .deny),
    ("/home/user/project/certs/server.key", .read, .certificates, .allow),
    // Rules without the condition are not spared by it.
    ("/home/user/.ssh/deploy.pem", .read, .certificates, .deny),
    ("/home/user/.aws/credentials", .read, .certificates, .deny),
])
func certificatesOnlyIsNotACredential(_ path: String, _ access: FileAccess, _ content: FileContent?, _ expected: Decision) {
    let evaluation = Fixture.dev.evaluate(FileRequest(path: path, access: access, content: content))
    #expect(evaluation.decision == expected)
    if content == nil && expected == .deny { #expect(evaluation.dependsOnContent) }
}

@Test func unlessContentIsParsedAndChecked() throws {
    let rule = Fixture.dev.evaluate(FileRequest(path: "/home/user/project/x.pem", access: .read)).matches.first { $0.id == "credentials.keys" }
    #expect(rule?.unlessContent == [.certificates])
    #expect(Fixture.dev.evaluate(FileRequest(path: "/home/user/.aws/credentials", access: .read)).dependsOnContent == false)
}

/// Rules with `paths:` list the words with a directory for the caller to resolve, and decide on
/// the word as written and on where it leads: the stricter of the two.
@Test func pathRulesDecideOnWhereASymlinkLeads() {
    let line = "rm -rf /tmp/link/notes scratch/link/ build/x plain"
    #expect(Fixture.dev.pathsToResolve(Fixture.exec(line)) == ["/tmp/link/notes", "scratch/link/", "build/x"])
    #expect(Fixture.dev.pathsToResolve(Fixture.exec("ls -la /tmp/link/notes")).isEmpty)
    #expect(Fixture.dev.pathsToResolve(Fixture.exec("rm -f /tmp/link/notes")).isEmpty, "rm without -r: no rule with paths applies")
    // Written, each is scratch or the project's.
    var request = Fixture.exec(line)
    #expect(Fixture.dev.evaluate(request).decision == .allow)
    // Resolved, one leads into HOME, another to HOME itself.
    request.resolvedPaths = ["/tmp/link/notes": "/home/user/notes", "build/x": "/home/user/project/build/x"]
    #expect(Fixture.dev.evaluate(request).primary?.id == "rm.recursive-outside-project")
    // The reason says where the word leads.
    #expect(Fixture.dev.evaluate(request).primary?.reason.hasSuffix("(/tmp/link/notes leads to /home/user/notes)") == true, "\(String(describing: Fixture.dev.evaluate(request).primary?.reason))")
    request.resolvedPaths = ["scratch/link/": "/home/user"]
    #expect(Fixture.dev.evaluate(request).decision == .deny)
    // Resolved into scratch space or the project, nothing changes.
    request.resolvedPaths = ["/tmp/link/notes": "/var/tmp/notes", "scratch/link/": "/home/user/project/cache"]
    #expect(Fixture.dev.evaluate(request).decision == .allow)
}
