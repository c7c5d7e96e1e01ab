import Testing
@testable import GuardianPolicy

/// Targets named inside the files a command is given (a kubeconfig's current context, an env
/// file's variables) or by the env files it loads; the caller hands the contents over.
struct TargetFileTests {
    struct Case: Sendable, CustomStringConvertible {
        var line: String
        var files: [String: String] = [:]
        var profile = "staging"
        var environment: String?
        var decision: Decision
        var description: String { line }
    }

    static let kubeconfig = "apiVersion: v1\nkind: Config\ncurrent-context: prod-eu # the live cluster\ncontexts:\n- name: prod-eu\n"
    static let devKubeconfig = "apiVersion: v1\ncurrent-context: kind-dev\n"

    static let cases: [Case] = [
        // kubeconfig contents: --kubeconfig, then KUBECONFIG (the first file that sets current-context wins).
        Case(line: "kubectl --kubeconfig ./ci.yaml delete pod api-1", files: ["./ci.yaml": kubeconfig], environment: "production", decision: .deny),
        Case(line: "helm --kubeconfig=/tmp/kc upgrade api ./chart", files: ["/tmp/kc": kubeconfig], environment: "production", decision: .deny),
        Case(line: "KUBECONFIG=/tmp/a:/tmp/b kubectl get pods", files: ["/tmp/a": "apiVersion: v1\n", "/tmp/b": kubeconfig], environment: "production", decision: .deny),
        Case(line: "KUBECONFIG=/tmp/a:/tmp/b kubectl get pods", files: ["/tmp/a": devKubeconfig, "/tmp/b": kubeconfig], profile: "dev", environment: "dev", decision: .allow),
        Case(line: "kubectl --kubeconfig ./ci.yaml get pods", profile: "dev", environment: nil, decision: .allow),
        Case(line: "kubectl --kubeconfig ./ci.yaml get pods", files: ["./ci.yaml": devKubeconfig], profile: "dev", environment: "dev", decision: .allow),
        // Neither: the kubeconfig of the command's HOME, as kubectl reads it. A command that names
        // its context is decided on that one alone.
        Case(line: "kubectl delete pod api-1", files: ["/home/user/.kube/config": kubeconfig], environment: "production", decision: .deny),
        Case(line: "helm list -A", files: ["/home/user/.kube/config": kubeconfig], environment: "production", decision: .deny),
        Case(line: "HOME=/srv/ci kubectl get pods", files: ["/srv/ci/.kube/config": kubeconfig], environment: "production", decision: .deny),
        Case(line: "HOME=/srv/ci kubectl get pods", files: ["/home/user/.kube/config": kubeconfig], profile: "dev", environment: nil, decision: .allow),
        Case(line: "kubectl --context kind-dev get pods", files: ["/home/user/.kube/config": kubeconfig], profile: "dev", environment: "dev", decision: .allow),
        Case(line: "helm --kube-context kind-dev list", files: ["/home/user/.kube/config": kubeconfig], profile: "dev", environment: "dev", decision: .allow),
        Case(line: "kubectl --kubeconfig ./ci.yaml --context kind-dev get pods", files: ["./ci.yaml": kubeconfig], profile: "dev", environment: "dev", decision: .allow),
        // Choosing a context acts on nothing: a staging one may be chosen from dev, a production
        // one not from staging; the commands after it in the line act in it.
        Case(line: "kubectx shop-staging", files: ["/home/user/.kube/config": devKubeconfig], profile: "dev", environment: "staging", decision: .allow),
        Case(line: "kubectl config use-context shop-staging && kubectl get pods -A", profile: "dev", environment: "staging", decision: .allow),
        Case(line: "kubectx shop-prod", profile: "staging", environment: "production", decision: .deny),
        Case(line: "kubectx shop-staging && kubectl delete ns jobs", files: ["/home/user/.kube/config": devKubeconfig], profile: "dev", environment: "staging", decision: .deny),
        Case(line: "kubectl config use-context shop-staging; kubectl apply -f k8s/", profile: "dev", environment: "staging", decision: .deny),
        Case(line: "kubectx shop-staging && kubectl --context kind-dev apply -f k8s/", profile: "dev", environment: "staging", decision: .audit),
        // env files by name
        Case(line: "docker compose --env-file .env.production up -d", environment: "production", decision: .deny),
        Case(line: "docker run --env-file=.env.production app npm run migrate", environment: "production", decision: .deny),
        Case(line: "node --env-file=.env.production scripts/seed.js", environment: "production", decision: .deny),
        Case(line: "dotenv -e .env.production -- npx prisma migrate deploy", environment: "production", decision: .deny),
        Case(line: "env-cmd -f .env.production node migrate.js", environment: "production", decision: .deny),
        Case(line: "bash -c 'set -a; source .env.production; set +a; npm run migrate'", environment: "production", decision: .deny),
        Case(line: "sh -c '. ./.env.production && node scripts/migrate.js'", environment: "production", decision: .deny),
        // A sourced file counts as variables do: for what deploys, migrates or is a remote tool.
        Case(line: "sh -c 'source .env.production && npm test'", profile: "dev", environment: nil, decision: .allow),
        Case(line: "sh -c 'source .env.production && kubectl get pods'", environment: "production", decision: .deny),
        // env files by content
        Case(line: "docker run --env-file .env app", files: [".env": "# app\nexport DATABASE_URL=\"postgres://u:p@db.prod.internal:5432/app\"\n"], environment: "production", decision: .deny),
        Case(line: "node --env-file=.env migrate.js", files: [".env": "NODE_ENV=production\n"], environment: "production", decision: .deny),
        Case(line: "docker compose --env-file .env up -d", files: [".env": "REDIS_HOST=redis-production.internal\n"], environment: "production", decision: .deny),
        Case(line: "docker compose --env-file .env up -d", files: [".env": "DATABASE_URL=postgres://u:p@localhost:5432/app\nNODE_ENV=development\n"], profile: "dev", environment: "dev", decision: .allow),
        // not env files: files read, compared or listed
        Case(line: "cat .env.production", profile: "dev", environment: nil, decision: .allow),
        Case(line: "diff .env.production .env.staging", profile: "dev", environment: nil, decision: .allow),
        Case(line: "bash -c 'source venv/bin/activate && pytest'", profile: "dev", environment: nil, decision: .allow),
    ]

    @Test(arguments: cases)
    func fileNamesTarget(_ c: Case) {
        var request = Fixture.exec(c.line)
        request.files = c.files
        let e = Fixture.policy(c.profile).evaluate(request)
        #expect(e.environment == c.environment, "\(c.line): \(e.targetSource ?? "no source")")
        #expect(e.decision == c.decision, "\(c.line): \(e.matches.map(\.id))")
    }

    /// What the caller is asked to read: the kubeconfig a kube tool is given (else KUBECONFIG's
    /// files) and the env files a command is given, as the command names them.
    @Test(arguments: [
        ("kubectl --kubeconfig ./ci.yaml get pods", ["./ci.yaml"]),
        ("KUBECONFIG=/a:/b kubectl get pods", ["/a", "/b"]),
        ("KUBECONFIG=/a kubectl --kubeconfig=/c get pods", ["/c"]),
        ("kubectl get pods", ["/home/user/.kube/config"]),
        ("HOME=/srv/ci helm list", ["/srv/ci/.kube/config"]),
        ("KUBECONFIG= kubectl get pods", ["/home/user/.kube/config"]),
        ("kubectl --context kind-dev get pods", []),
        ("kubectx shop-staging", []),
        ("kubectl config use-context shop-staging", []),
        ("docker compose --env-file .env.production up", [".env.production"]),
        ("dotenv -e .env -- node x.js", [".env"]),
        ("KUBECONFIG=/a cat /a", []),
        ("cat .env", []),
    ])
    func filesToRead(_ line: String, _ expected: [String]) {
        #expect(Fixture.staging.filesNamingTargets(Fixture.exec(line)) == expected)
    }

    /// `guardian check` explains which file and which word named the environment.
    @Test func explanationNamesTheFile() {
        var request = Fixture.exec("kubectl --kubeconfig ./ci.yaml delete pod api-1")
        request.files = ["./ci.yaml": Self.kubeconfig]
        let e = Fixture.staging.evaluate(request)
        #expect(e.targetSource == "current-context of ./ci.yaml 'prod-eu': word 'prod'")
        let byName = Fixture.staging.evaluate(Fixture.exec("docker compose --env-file .env.production up -d"))
        #expect(byName.targetSource == "env file '.env.production': word 'production'")
    }

    /// A location variable shows its host, never the credentials in front of it.
    @Test func reasonsShowHostsNotCredentials() {
        for text in ["DB_DSN=admin:s3cret@db.prod.internal:5432\n", "DATABASE_URL=postgres://admin:s3cret@db.prod.internal/app\n"] {
            var request = Fixture.exec("docker run --env-file .env app")
            request.files = [".env": text]
            let e = Fixture.staging.evaluate(request)
            #expect(e.environment == "production")
            #expect(!(e.targetSource ?? "").contains("s3cret"), "\(e.targetSource ?? "")")
            #expect(!e.matches.contains { $0.reason.contains("s3cret") })
        }
    }

    @Test func envFileParsing() {
        let parsed = TargetPlaces.envAssignments("# c\n\nexport A=1\nB = 'two'\nC=\"x y\"\nnot a line\n1X=2\n")
        #expect(parsed.map(\.0) == ["A", "B", "C", "1X"])
        #expect(parsed.map(\.1) == ["1", "two", "x y", "2"])
        #expect(TargetPlaces.currentContext("a: b\ncurrent-context: \"prod\"\n") == "prod")
        #expect(TargetPlaces.currentContext("contexts:\n  current-context: nested\n") == nil)
    }
}
