import Testing
@testable import GuardianCommands

/// `guardian run`'s arguments read directly must be what ArgumentParser reads, or left to it.
@Suite struct RunArgumentsTests {
    /// Argument vectors after `run`, and whether the direct reading must take them (the forms
    /// sessions are started with) rather than leave them to ArgumentParser.
    static let vectors: [([String], Bool)] = [
        (["--", "true"], true),
        (["--", "sh", "-c", "make test"], true),
        (["-q", "--", "true"], true),
        (["--quiet", "--", "true"], true),
        (["-q", "-q", "--quiet", "--", "true"], true),
        (["--profile", "staging", "--", "codex"], true),
        (["--profile=staging", "--", "codex"], true),
        (["--profile=a=b", "--", "codex"], true),
        (["--profile", "a=b", "--", "codex"], true),
        (["--profile", "dev", "--profile", "staging", "--", "codex"], true),
        (["--profile=./p.yaml", "-q", "--project", "/src/app", "--", "aider"], true),
        (["--project=~/src/app", "--", "aider"], true),
        (["--ask-timeout", "30", "--", "x"], true),
        (["--ask-timeout=2.5", "--", "x"], true),
        (["--ask-timeout", "1e3", "--", "x"], true),
        (["--ask-timeout", "5", "--ask-timeout", "7", "--", "x"], true),
        (["--ask-timeout", "0x10", "--", "x"], true),
        (["--ask-timeout", ".5", "--", "x"], true),
        (["--ask-timeout", "0", "--", "x"], true),
        (["--notify", "notify-send guardian", "--", "x"], true),
        (["--notify=curl -d @- https://hooks.example/x", "--", "x"], true),
        (["--pass-env", "GITHUB_TOKEN", "--pass-env=AWS_*", "--", "x"], true),
        (["--pass-env", "A", "-q", "--pass-env", "B", "--profile", "p", "--", "x"], true),
        (["--no-secret-scan", "--profile", "p", "--", "x"], true),
        (["-q", "--no-secret-scan", "--", "x"], true),
        // Everything after `--` is the command, options and `--` included.
        (["--", "x", "--profile", "p", "-q"], true),
        (["--", "x", "--", "y"], true),
        (["--", "-q"], true),
        (["--", "--"], true),
        (["--", "-"], true),
        (["--", "x", "--help"], true),
        (["--", "x", "-h"], true),
        (["--", "x", "--generate-completion-script", "bash"], true),
        (["--", "x", "--experimental-dump-help"], true),
        (["--", "x", "--version"], true),
        (["--", ""], true),
        (["--", "é", "e\u{301}"], true),
        // Left to ArgumentParser: help, errors, forms this does not read.
        ([], false),
        (["--"], false),
        (["-q", "--"], false),
        (["true"], false),
        (["true", "--", "x"], false),
        (["-q", "true"], false),
        (["--help"], false),
        (["-h", "--", "x"], false),
        (["--help", "--", "x"], false),
        (["-help", "--", "x"], false),
        (["--version", "--", "x"], false),
        (["--generate-completion-script", "bash", "--", "x"], false),
        (["--generate-completion-script", "--", "x"], false),
        (["--experimental-dump-help", "--", "x"], false),
        (["--profile"], false),
        (["--profile", "--", "x"], false),
        (["--profile", "-q", "--", "x"], false),
        (["--profile", "-", "--", "x"], false),
        (["--profile=", "--", "x"], false),
        (["--profile", "", "--", "x"], false),
        (["--profile=-x", "--", "x"], false),
        (["--ask-timeout", "soon", "--", "x"], false),
        (["--ask-timeout", "-5", "--", "x"], false),
        (["--ask-timeout=", "--", "x"], false),
        (["--ask-timeout", " 5", "--", "x"], false),
        (["--ask-timeout", "nan", "--", "x"], false),
        (["--ask-timeout", "inf", "--", "x"], false),
        (["--ask-timeout", "1e999", "--", "x"], false),
        (["--quiet=true", "--", "x"], false),
        (["-qq", "--", "x"], false),
        (["-Q", "--", "x"], false),
        (["--prof", "p", "--", "x"], false),
        (["---profile", "p", "--", "x"], false),
        (["--pass_env", "A", "--", "x"], false),
        (["-p", "p", "--", "x"], false),
        (["-", "--", "x"], false),
        (["--unknown", "--", "x"], false),
        (["--unknown=1", "--", "x"], false),
    ]

    @Test(arguments: vectors)
    func sameAsArgumentParser(argv: [String], direct: Bool) {
        let fast = Guardian.Run.directArguments(argv)
        #expect((fast != nil) == direct)
        guard let fast else { return }
        // Where the direct reading takes a vector, ArgumentParser accepts it with the same values.
        let parsed = try? Guardian.Run.parse(argv)
        #expect(parsed?.arguments == fast)
    }

    /// Vectors ArgumentParser accepts that are left to it are fine (only slower); the ones it
    /// rejects must all be left to it, so that its message is the one printed.
    @Test(arguments: vectors)
    func errorsAreArgumentParsers(argv: [String], direct: Bool) {
        if (try? Guardian.Run.parse(argv)) == nil {
            #expect(Guardian.Run.directArguments(argv) == nil)
        }
    }
}
