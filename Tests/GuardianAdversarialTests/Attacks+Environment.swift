import Foundation
import GuardianTestSupport

/// The environment a rule sees must be the one the program sees. An exec can name a variable
/// twice (`$H/dupenv` builds such an envp; shells never do): glibc's getenv, Python, Go and Node
/// read the first copy, bash and dash the last. Each attack gives a production value first and
/// a harmless one second, under the dev profile (other environments denied), to a stand-in
/// written in Python that records the value it read.
extension Attack {
    /// (attack name, CLI, variable, production value, harmless value, arguments after the CLI)
    static let environmentBound: [(String, String, String, String, String, String)] = [
        ("env-duplicate-railway", "railway", "RAILWAY_ENVIRONMENT", "production", "dev", "status"),
        ("env-duplicate-aws-profile", "aws", "AWS_PROFILE", "prod-account", "dev-account", "s3 ls"),
        ("env-duplicate-kubeconfig", "kubectl", "KUBECONFIG", "/srv/kube/prod.yaml", "/srv/kube/kind.yaml", "get pods"),
        ("env-duplicate-database-url", "psql", "DATABASE_URL", "postgres://db.prod.example.com/app", "postgres://localhost/app", "-c select"),
    ]

    /// A stand-in CLI in Python (which reads the first copy of a variable): appends its
    /// arguments and the value of `variable` it read to $MARKERS/NAME.
    static func pythonStandIn(_ w: World, _ name: String, reading variable: String) throws -> Prepared {
        let path = w.bin + "/" + name
        try w.write("""
            #!/usr/bin/python3
            import os, sys
            with open(os.environ["MARKERS"] + "/\(name)", "a") as f:
                f.write(" ".join(sys.argv[1:]) + " \(variable)=" + os.environ.get("\(variable)", "") + "\\n")
            """ + "\n", to: path)
        chmod(path, 0o755)
        return Prepared()
    }

    static let environment: [Attack] = environmentBound.map { name, cli, variable, production, harmless, args in
        Attack(
            name: name,
            script: #""$H/dupenv" \#(variable)=\#(production) \#(variable)=\#(harmless) -- "$BIN/\#(cli)" \#(cli) \#(args)"#,
            goal: .marker(cli, containing: "\(variable)=\(production)"), evidence: .event,
            setup: { try pythonStandIn($0, cli, reading: variable) }, profile: "dev")
    }
}
