import GuardianPolicy
import Testing

@Suite struct SecretEnvironmentTests {
    @Test(arguments: [
        ("AWS_SECRET_ACCESS_KEY", true), ("AWS_ACCESS_KEY_ID", true), ("GITHUB_TOKEN", true),
        ("RAILWAY_TOKEN", true), ("DATABASE_URL", true), ("STAGING_DATABASE_URL", true),
        ("STRIPE_SECRET_KEY", true), ("MY_SERVICE_API_KEY", true), ("DB_PASSWORD", true),
        ("SLACK_TOKEN_2", true), ("PGPASSWORD", true),
        ("ANTHROPIC_API_KEY", false), ("OPENAI_API_KEY", false), ("PATH", false), ("HOME", false),
        ("AWS_PROFILE", false), ("AWS_REGION", false), ("TOKENIZERS_PARALLELISM", false),
        ("KUBECONFIG", false), ("TERM", false),
    ])
    func defaults(_ name: String, _ withheld: Bool) {
        #expect(SecretEnvironment().isWithheld(name) == withheld)
    }

    @Test func passedNamesWinAndOnlyNamesAreReported() {
        let env = SecretEnvironment(passed: SecretEnvironment.defaultPassed + ["GITHUB_TOKEN"])
        let (kept, withheld) = env.filter(["PATH=/bin", "GITHUB_TOKEN=ghp_x", "AWS_SECRET_ACCESS_KEY=abc=def", "X"])
        #expect(kept == ["PATH=/bin", "GITHUB_TOKEN=ghp_x", "X"])
        #expect(withheld == ["AWS_SECRET_ACCESS_KEY"])
    }
}
