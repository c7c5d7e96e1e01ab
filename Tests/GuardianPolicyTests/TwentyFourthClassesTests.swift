import Testing
@testable import GuardianPolicy

/// The classes the twenty-fourth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, spellings and options), not taken from any corpus.
struct TwentyFourthClassesTests {
    /// xargs appends what its input names to the command it runs; a key list piped to a
    /// delete deletes every key listed.
    static let destroying: [String] = [
        "git ls-files -m | xargs git restore", "git status --porcelain | cut -c4- | xargs -r git checkout --",
        "kubectl get pvc -n shop -o name | xargs kubectl delete -n shop", "docker volume ls -q | xargs docker volume rm",
        "redis-cli --scan --pattern 'cart:*' | xargs -I{} redis-cli DEL {}", "git clean -fdx -- src/",
    ]
    static let notDestroying: [String] = [
        "git ls-files -m | xargs git diff --stat", "git ls-files '*.py' | xargs wc -l", "kubectl get pods -o name | xargs kubectl describe",
        "git clean -fdX -- build/ node_modules/", "git clean -fx -- coverage/ .pytest_cache/", "gh cache delete --all", "gh cache list",
        "redis-cli --scan --pattern 'cart:*' | xargs -I{} redis-cli TTL {}",
    ]

    @Test(arguments: destroying) func theseDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: notDestroying) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Production named inside a subshell, behind clustered options of a runner, after an ssh
    /// jump host, or by the workflow a deploy runs.
    static let production: [String] = [
        "( cd deploy/prod && terraform plan )", "(cd envs/production && tofu init)", "sudo -Eu deploy kubectl --context prod-eu get pods",
        "sudo -iu app bash -lc 'APP_ENV=production ./bin/console cache:warmup'", "ssh -J ops@bastion.example.io ops@db-prod-2 uptime",
        "ssh -tJ ops@bastion.example.io ops@db-prod-2 uptime", "gh workflow run release-production.yml -f ref=v2", "gh run list --workflow prod-deploy.yml",
    ]
    static let elsewhere: [String] = [
        "( cd deploy/dev && terraform plan )", "sudo -Eu deploy kubectl --context dev-eu get pods", "ssh -J ops@bastion.example.io ops@db-dev-2 uptime",
        "gh workflow run ci.yml -f ref=v2", "gh run list --workflow tests.yml", "echo \"$(date) done\"",
    ]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: elsewhere) func theseNameNoProduction(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// A database shell's meta-command after its querying verb reads; a staging shell given one
    /// runs under dev.
    static let reads: [String] = [
        #"turso db shell shop-staging ".schema""#, #"turso db shell shop-staging ".tables""#,
        "( cd infra/staging && terraform init -backend=false && terraform validate )",
    ]
    @Test(arguments: reads) func readsOfStagingRunUnderDev(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func aStatementThatChangesIsNoRead() {
        #expect(Fixture.dev.evaluate(Fixture.exec(#"turso db shell shop-staging "DELETE FROM sessions""#)).decision == .deny)
        #expect(Fixture.dev.evaluate(Fixture.exec(#"turso db shell shop-staging ".import data.csv users""#)).decision == .deny)
    }

    /// Clustered short options: the value-taking letter that ends the cluster takes the next word.
    @Test func clusteredOptionsTakeTheNextWordOnlyWhenTheirValueLetterEndsThem() {
        let sudo = CompiledPolicy.prefixRunners["sudo"]!
        #expect(CompiledPolicy.takesNextWord("-iu", sudo))
        #expect(CompiledPolicy.takesNextWord("-u", sudo))
        #expect(!CompiledPolicy.takesNextWord("-ui", sudo))
        #expect(!CompiledPolicy.takesNextWord("-E", sudo))
        #expect(!CompiledPolicy.takesNextWord("--user", sudo))
    }

    /// Parentheses of a subshell come off; a substitution's own stay.
    @Test func subshellParentheses() {
        #expect(CompiledPolicy.withoutSubshellParentheses(["(", "cd", "x"]) == ["cd", "x"])
        #expect(CompiledPolicy.withoutSubshellParentheses(["(cd", "x"]) == ["cd", "x"])
        #expect(CompiledPolicy.withoutSubshellParentheses(["terraform", "plan)"]) == ["terraform", "plan"])
        #expect(CompiledPolicy.withoutSubshellParentheses(["terraform", "plan", ")"]) == ["terraform", "plan"])
        #expect(CompiledPolicy.withoutSubshellParentheses(["echo", "$(date)"]) == ["echo", "$(date)"])
        #expect(CompiledPolicy.withoutSubshellParentheses(["echo", "$(date))"]) == ["echo", "$(date)"])
    }
}
