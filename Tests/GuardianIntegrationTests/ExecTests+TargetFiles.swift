import Foundation
import GuardianTestSupport
import Testing

/// Targets named only inside a file the command is given: the supervisor reads the kubeconfig
/// or env file (from the task's working directory, as the task would open it) before deciding.
extension ExecTests {
    static func targetFiles(_ w: World) throws {
        try w.write("apiVersion: v1\nkind: Config\ncurrent-context: prod-eu\n", to: w.project + "/ci.yaml")
        try w.write("apiVersion: v1\nkind: Config\ncurrent-context: kind-dev\n", to: w.project + "/local.yaml")
        try w.write("DATABASE_URL=postgres://app@db.prod.internal:5432/app\n", to: w.project + "/one.env")
        try w.write("DATABASE_URL=postgres://app@localhost:5432/app\n", to: w.project + "/two.env")
    }

    @Test func aKubeconfigsCurrentContextNamesTheTarget() throws {
        let w = try World(layout: Self.targetFiles)
        defer { w.cleanup() }
        // The control: the same command with a kubeconfig for a local cluster runs.
        var r = try w.guardian(["kubectl", "--kubeconfig", "local.yaml", "get", "pods"], profile: "staging")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(w.marker("kubectl"))
        try? FileManager.default.removeItem(atPath: w.markers + "/kubectl")
        r = try w.guardian(["kubectl", "--kubeconfig", "ci.yaml", "get", "pods"], profile: "staging")
        #expect(!w.marker("kubectl"), "a production context was reached from staging")
        #expect(r.stderr.contains("current-context of ci.yaml 'prod-eu'"), "the agent is told which file: \(r.stderr)")
        r = try w.guardian(["sh", "-c", "KUBECONFIG=ci.yaml kubectl get pods"], profile: "staging")
        #expect(!w.marker("kubectl"))
    }

    /// A kube tool given no kubeconfig and no context acts in the current context of the one
    /// in its HOME: the supervisor reads it, as kubectl would.
    @Test func theHomeKubeconfigsCurrentContextNamesTheTarget() throws {
        let w = try World(layout: Self.targetFiles)
        defer { w.cleanup() }
        let kube = w.home + "/.kube"
        try FileManager.default.createDirectory(atPath: kube, withIntermediateDirectories: true)
        try w.write("apiVersion: v1\nkind: Config\ncurrent-context: prod-eu\n", to: kube + "/config")
        if World.unprivileged { _ = try w.run(["chown", "-R", "65534:65534", kube]) }
        var r = try w.guardian(["kubectl", "get", "pods"], profile: "staging")
        #expect(!w.marker("kubectl"), "a production context was reached from staging")
        #expect(r.stderr.contains("current-context of \(kube)/config 'prod-eu'"), "the agent is told which file: \(r.stderr)")
        // The control: naming its context, the command is decided on that one.
        r = try w.guardian(["kubectl", "--context", "kind-dev", "get", "pods"], profile: "staging")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(w.marker("kubectl"))
    }

    @Test func anEnvFilesDatabaseNamesTheTarget() throws {
        let w = try World(layout: Self.targetFiles)
        defer { w.cleanup() }
        let script = "require('fs').writeFileSync('node-ran', process.env.DATABASE_URL || '')"
        var r = try w.guardian(["node", "--env-file=two.env", "-e", script], profile: "staging")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: w.project + "/node-ran"), "the control runs")
        try? FileManager.default.removeItem(atPath: w.project + "/node-ran")
        r = try w.guardian(["node", "--env-file=one.env", "-e", script], profile: "staging")
        #expect(!FileManager.default.fileExists(atPath: w.project + "/node-ran"), "a production database was handed over from staging")
        #expect(r.stderr.contains("DATABASE_URL in one.env"), "\(r.stderr)")
    }

    /// A bare `git push` pushes the checked-out branch: the supervisor reads the repository's
    /// HEAD, and a branch named production is production's, as `git push origin
    /// main:production` names it.
    @Test func aBarePushOfTheProductionBranchNamesTheTarget() throws {
        let w = try World(layout: Self.targetFiles)
        defer { w.cleanup() }
        let setup = "git init -q -b production . && git -c user.email=a@b -c user.name=a commit -q --allow-empty -m one"
            + " && git init -q --bare ../pushed.git && git remote add origin ../pushed.git"
        // (The project may belong to the unprivileged user the supervised run uses.)
        let anyOwner = ["GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "safe.directory", "GIT_CONFIG_VALUE_0": "*"]
        let made = try w.run(["sh", "-c", setup], extraEnv: anyOwner)
        #expect(made.status == 0, "\(made.stderr)")
        var r = try w.guardian(["git", "push", "origin"], profile: "staging")
        #expect(r.status != 0)
        #expect(r.stderr.contains("git push of the checked-out branch 'production'"), "\(r.stderr)")
        // The control: on another branch the same push is not refused for its target.
        let moved = try w.run(["git", "checkout", "-q", "-b", "feature"], extraEnv: anyOwner)
        #expect(moved.status == 0, "\(moved.stderr)")
        r = try w.guardian(["git", "push", "origin"], profile: "staging")
        #expect(!r.stderr.contains("checked-out branch"), "\(r.stderr)")
        #expect(!r.stderr.contains("guardian: blocked"), "\(r.stderr)")
    }

    /// `guardian check` reads the same files, and says which file and which word decided.
    @Test func checkReadsTheFilesToo() throws {
        let w = try World(layout: Self.targetFiles)
        defer { w.cleanup() }
        var r = try w.run([World.guardianBinary, "check", "--profile", "staging", "--", "kubectl", "--kubeconfig", "ci.yaml", "get", "pods"])
        #expect(r.status == 3)
        #expect(r.stdout.contains("environment: production (from current-context of ci.yaml 'prod-eu': word 'prod')"), "\(r.stdout)")
        r = try w.run([World.guardianBinary, "check", "--profile", "staging", "--", "kubectl", "--kubeconfig", "local.yaml", "get", "pods"])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("environment: dev"))
    }

    /// Exec decisions are cached by the whole request: a kubeconfig rewritten within a session
    /// is a new request, decided on its new contents.
    @Test func aRewrittenKubeconfigIsDecidedAgain() throws {
        let w = try World(layout: Self.targetFiles)
        defer { w.cleanup() }
        let script = "kubectl --kubeconfig k.yaml get pods; cp ci.yaml k.yaml; kubectl --kubeconfig k.yaml get pods; true"
        try w.write("apiVersion: v1\ncurrent-context: kind-dev\n", to: w.project + "/k.yaml")
        if World.unprivileged { _ = try w.run(["chown", "65534:65534", w.project + "/k.yaml"]) }
        let r = try w.guardian(["sh", "-c", script], profile: "staging")
        #expect(w.markerText("kubectl")?.split(separator: "\n").count == 1, "the first ran, the second was refused: \(r.stderr)")
        #expect(r.stderr.contains("current-context of k.yaml 'prod-eu'"), "\(r.stderr)")
    }
}
