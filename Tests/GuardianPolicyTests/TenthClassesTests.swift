import Foundation
import Testing
@testable import GuardianPolicy

/// The classes the tenth held-out corpus's misses named, table by table: each mechanism with
/// lines that must get it and lines that must not. The lines are written for the mechanism
/// (other tools, names and spellings), not taken from any corpus.
struct TenthClassesTests {
    // MARK: A command line given whole

    /// Control operators and compound commands among the words: each command between them is
    /// decided, a loop's body as the commands it runs.
    static let heldLines: [String] = [
        "git pull --rebase && git reset --hard @{u}", "make lint ; git clean -fdx", "npm ci || rm -rf ~/Projects/site",
        "terraform init -upgrade && terraform apply -destroy -auto-approve", "echo starting; dropdb shop_test",
        "for t in orders items; do psql -d shop_dev -c \"DROP TABLE $t\"; done",
        "while read name; do gcloud compute instances delete \"$name\" --quiet; done < stale.txt",
        "if true; then kubectl delete namespace review-42; fi",
        "sh -c 'for b in a b; do redis-cli -n 3 FLUSHDB; done'",
        "xargs -a stale.txt git push origin --delete", "xargs --arg-file=old-keys.txt valkey-cli DEL",
    ]

    static let allowedLines: [String] = [
        "git fetch --all && git status -sb", "npm ci && npm test", "kubectl get pods -n app | grep -c Running",
        "for f in src/*.ts; do wc -l \"$f\"; done", "while read f; do echo \"$f\"; done < files.txt",
        "if test -f package.json; then npm run build; fi", "rg -n 'drop|delete' src", "jq '.items[] | .name' data.json",
        "cd web && npm run lint", "find . -name '*.swift' -exec wc -l {} ;",
    ]

    @Test(arguments: heldLines) func aCommandLineIsDecidedCommandByCommand(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.decision >= .ask, "\(line): \(String(describing: e.operation))")
    }

    @Test(arguments: allowedLines) func aCommandLineOfLookingCommandsRuns(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.decision <= .audit, "\(line): \(e.matches.map(\.id))")
    }

    /// The words a line is read back from, and the commands a script's keywords leave.
    @Test func aLineIsReadBackAsTheShellReadsIt() {
        let r = CompiledPolicy.commandLineCommands(ExecRequest(program: "/usr/bin/for", argv: ["for", "x", "in", "a", "b;", "do", "rm", "-rf", "$x;", "done"], cwd: "/p", environment: [:]))
        #expect(r.map(\.argv) == [["rm", "-rf", "$x"]])
        let plain = ExecRequest(program: "/usr/bin/git", argv: ["git", "commit", "-m", "fix; tidy"], cwd: "/p", environment: [:])
        #expect(CompiledPolicy.commandLineCommands(plain).isEmpty)
        #expect(CompiledPolicy.withoutKeywords(["do", "dropdb", "x"]) == ["dropdb", "x"])
        #expect(CompiledPolicy.withoutKeywords(["done"]).isEmpty)
    }

    /// After a `cd` the command is decided in the directory too: an environment's directory
    /// names it for the tools that take their project from there.
    static let directoryNamesProduction: [String] = [
        "cd stacks/prod && terraform apply",
    ]

    @Test(arguments: directoryNamesProduction) func aDirectoryChangedToNamesTheEnvironment(_ line: String) {
        Fixture.expectNamesProduction(line)
    }

    @Test func renderingInAProductionDirectoryStillRuns() {
        #expect(Fixture.dev.evaluate(Fixture.exec("cd deploy/production && docker compose config")).decision <= .audit)
    }
}
