import Foundation
import GuardianTestSupport
import Testing

/// The credential catalog by class (docs/SECURITY.md, "Secrets by content"): each class of
/// credential file, real files in a HOME and a project, read by real `grep -rn`, `cat` and
/// Python `open()` under the staging profile. Each is either refused by a path rule (the whole
/// file is a credential) or served masked (a tool reads it at every run; the scanner knows the
/// value in that file's format). The real value never reaches the agent, and an event names the
/// file and the rule or detector.
@Suite struct CredentialCatalogTests {
    enum Expect {
        case refused(rule: String)
        case masked(detector: String)
    }

    struct Row {
        var kind: String
        /// `~/…` in the world's HOME, `./…` in its project.
        var path: String
        var text: String
        var secret: String
        var expect: Expect
    }

    static let pem = (0..<6).map { _ in Self.random(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") }.joined(separator: "\n")

    static func random(_ n: Int, _ alphabet: String = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> String {
        let a = Array(alphabet)
        return String((0..<n).map { _ in a.randomElement()! })
    }

    static func password() -> String { random(11) + "!" + random(1, "0123456789") + random(1, "ABCDEFGH") }

    static var rows: [Row] {
        let uuid = UUID().uuidString.lowercased()
        let heroku = UUID().uuidString.lowercased()
        let npm = "npm_" + random(36)
        let yarn = random(40)
        let pip = password()
        let maven = password()
        let gradle = password()
        let nuget = password()
        let composer = random(40, "0123456789abcdef")
        let dockerAuth = Data(("deploy:" + password()).utf8).base64EncodedString()
        let gitURL = random(40, "0123456789abcdef")
        let tfvars = password()
        let mongo = password()
        return [
            Row(kind: "private key by content, any name", path: "~/.ssh/deploy_prod",
                text: "-----BEGIN OPENSSH PRIVATE KEY-----\n\(pem)\n-----END OPENSSH PRIVATE KEY-----\n", secret: String(pem.prefix(64)), expect: .masked(detector: "private-key")),
            Row(kind: "terraform state", path: "./terraform.tfstate",
                text: "{\"version\": 4, \"resources\": [{\"instances\": [{\"attributes\": {\"password\": \"\(password())\"}}]}], \"marker\": \"TFSTATE-\(uuid)\"}\n",
                secret: "TFSTATE-\(uuid)", expect: .refused(rule: "credentials.terraform-state")),
            Row(kind: "terraform variables", path: "./terraform.tfvars",
                text: "region = \"us-east-1\"\ndb_password = \"\(tfvars)\"\n", secret: tfvars, expect: .masked(detector: "context-token")),
            Row(kind: "pulumi stack state", path: "~/.pulumi/stacks/app/dev.json",
                text: "{\"checkpoint\": {\"secret\": \"PULUMI-\(uuid)\"}}\n", secret: "PULUMI-\(uuid)", expect: .refused(rule: "credentials.pulumi")),
            Row(kind: "direnv", path: "./.envrc",
                text: "use nix\nexport RAILWAY_TOKEN=\(uuid)\n", secret: uuid, expect: .masked(detector: "railway-token")),
            Row(kind: "rclone", path: "~/.config/rclone/rclone.conf",
                text: "[box]\ntype = sftp\npass = RCLONE\(random(30))\n", secret: "RCLONE", expect: .refused(rule: "credentials.rclone")),
            Row(kind: "s3cmd", path: "./.s3cfg",
                text: "[default]\naccess_key = AKIA\(random(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))\nsecret_key = S3CFG\(random(35))\n", secret: "S3CFG", expect: .refused(rule: "credentials.storage-clients")),
            Row(kind: "gsutil/boto", path: "~/.boto",
                text: "[Credentials]\ngs_oauth2_refresh_token = 1//0BOTO\(random(60))\n", secret: "BOTO", expect: .refused(rule: "credentials.storage-clients")),
            Row(kind: "azure", path: "~/.azure/msal_token_cache.json",
                text: "{\"RefreshToken\": {\"x\": {\"secret\": \"AZURE\(random(60))\"}}}\n", secret: "AZURE", expect: .refused(rule: "credentials.azure")),
            Row(kind: "oci", path: "~/.oci/config",
                text: "[DEFAULT]\nuser=ocid1.user.oc1..x\npass_phrase=OCIPASS\(random(20))\n", secret: "OCIPASS", expect: .refused(rule: "credentials.storage-clients")),
            Row(kind: "doctl", path: "~/.config/doctl/config.yaml",
                text: "access-token: dop_v1_\(random(64, "0123456789abcdef"))\n", secret: "dop_v1_", expect: .refused(rule: "credentials.doctl")),
            Row(kind: "flyctl", path: "~/.fly/config.yml",
                text: "access_token: fo1_FLY\(random(40))\n", secret: "fo1_FLY", expect: .refused(rule: "credentials.fly")),
            Row(kind: "vercel", path: "~/.local/share/com.vercel.cli/auth.json",
                text: "{\"token\": \"VERCEL\(random(18))\"}\n", secret: "VERCEL", expect: .refused(rule: "credentials.vercel")),
            Row(kind: "netlify", path: "~/.config/netlify/config.json",
                text: "{\"users\": {\"u\": {\"auth\": {\"token\": \"nfp_NETLIFY\(random(29))\"}}}}\n", secret: "nfp_NETLIFY", expect: .refused(rule: "credentials.netlify")),
            Row(kind: "supabase", path: "~/.supabase/access-token",
                text: "sbp_\(random(40, "0123456789abcdef"))\n", secret: "sbp_", expect: .refused(rule: "credentials.supabase")),
            Row(kind: "heroku (.netrc)", path: "~/.netrc",
                text: "machine api.heroku.com\n  login me@acme.dev\n  password \(heroku)\n", secret: heroku, expect: .refused(rule: "credentials.netrc")),
            Row(kind: "docker registry auth", path: "~/.docker/config.json",
                text: "{\n\t\"auths\": {\n\t\t\"registry.acme.dev\": {\n\t\t\t\"auth\": \"\(dockerAuth)\"\n\t\t}\n\t}\n}\n", secret: dockerAuth, expect: .masked(detector: "context-token")),
            Row(kind: "npm", path: "./.npmrc",
                text: "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=\(npm)\n", secret: npm, expect: .masked(detector: "npm-token")),
            Row(kind: "yarn", path: "./.yarnrc.yml",
                text: "npmRegistryServer: \"https://npm.acme.dev\"\nnpmAuthToken: \"\(yarn)\"\n", secret: yarn, expect: .masked(detector: "context-token")),
            Row(kind: "pip", path: "~/.config/pip/pip.conf",
                text: "[global]\nindex-url = https://ci:\(pip)@pypi.acme.dev/simple/\n", secret: pip, expect: .masked(detector: "url-password")),
            Row(kind: "pypirc", path: "~/.pypirc",
                text: "[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmcPYPIRC\(random(60))\n", secret: "PYPIRC", expect: .refused(rule: "credentials.npm")),
            Row(kind: "cargo", path: "~/.cargo/credentials.toml",
                text: "[registry]\ntoken = \"cioCARGO\(random(27))\"\n", secret: "cioCARGO", expect: .refused(rule: "credentials.npm")),
            Row(kind: "gem", path: "~/.gem/credentials",
                text: "---\n:rubygems_api_key: rubygems_GEM\(random(45, "0123456789abcdef"))\n", secret: "rubygems_GEM", expect: .refused(rule: "credentials.npm")),
            Row(kind: "maven", path: "~/.m2/settings.xml",
                text: "<settings><servers><server>\n<id>acme</id>\n<username>deploy</username>\n<password>\(maven)</password>\n</server></servers></settings>\n",
                secret: maven, expect: .masked(detector: "context-token")),
            Row(kind: "gradle", path: "./gradle.properties",
                text: "org.gradle.jvmargs=-Xmx2g\nmavenPassword=\(gradle)\n", secret: gradle, expect: .masked(detector: "context-token")),
            Row(kind: "nuget", path: "./nuget.config",
                text: "<configuration><packageSourceCredentials><acme>\n<add key=\"ClearTextPassword\" value=\"\(nuget)\" />\n</acme></packageSourceCredentials></configuration>\n",
                secret: nuget, expect: .masked(detector: "context-token")),
            Row(kind: "composer", path: "./auth.json",
                text: "{\"http-basic\": {\"repo.packagist.com\": {\"username\": \"token\", \"password\": \"\(composer)\"}}}\n", secret: composer, expect: .masked(detector: "context-token")),
            Row(kind: "git credentials", path: "~/.git-credentials",
                text: "https://alice:ghp_GITCRED\(random(29))@github.com\n", secret: "ghp_GITCRED", expect: .refused(rule: "credentials.git")),
            Row(kind: "token in a git remote URL", path: "./.git/config",
                text: "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = https://ci:\(gitURL)@git.acme.dev/app.git\n", secret: gitURL, expect: .masked(detector: "url-password")),
            Row(kind: "bash history", path: "~/.bash_history",
                text: "mysql -u root -pBASHHIST\(random(8))\n", secret: "BASHHIST", expect: .refused(rule: "credentials.history")),
            Row(kind: "zsh history", path: "~/.zsh_history",
                text: ": 1700000000:0;export TOKEN=ZSHHIST\(random(20))\n", secret: "ZSHHIST", expect: .refused(rule: "credentials.history")),
            Row(kind: "python history", path: "~/.python_history",
                text: "openai.api_key = 'PYHIST\(random(20))'\n", secret: "PYHIST", expect: .refused(rule: "credentials.history")),
            Row(kind: "psql history", path: "~/.psql_history",
                text: "ALTER USER app WITH PASSWORD 'PSQLHIST\(random(8))';\n", secret: "PSQLHIST", expect: .refused(rule: "credentials.history")),
            Row(kind: "mysql history", path: "~/.mysql_history",
                text: "CREATE USER 'a'@'%' IDENTIFIED BY 'MYSQLHIST\(random(8))';\n", secret: "MYSQLHIST", expect: .refused(rule: "credentials.history")),
            Row(kind: "node REPL history", path: "~/.node_repl_history",
                text: "process.env.KEY = 'NODEHIST\(random(20))'\n", secret: "NODEHIST", expect: .refused(rule: "credentials.history")),
            Row(kind: "pgpass", path: "~/.pgpass",
                text: "db.internal:5432:app:app:PGPASS\(random(10))\n", secret: "PGPASS", expect: .refused(rule: "credentials.postgres")),
            Row(kind: "mysql client config", path: "~/.my.cnf",
                text: "[client]\nuser=app\npassword=MYCNF\(random(10))\n", secret: "MYCNF", expect: .refused(rule: "credentials.mysql")),
            Row(kind: "mongosh config", path: "~/.mongoshrc.js",
                text: "db = connect(\"mongodb+srv://admin:\(mongo)@cluster0.ab1cd.mongodb.net/app\")\n", secret: mongo, expect: .masked(detector: "url-password")),
            Row(kind: "mongosh history", path: "~/.mongodb/mongosh/mongosh_repl_history",
                text: "db.createUser({user: 'a', pwd: 'MONGOHIST\(random(10))'})\n", secret: "MONGOHIST", expect: .refused(rule: "credentials.history")),
        ]
    }

    func place(_ rows: [Row], in w: World) throws {
        for row in rows {
            let path = w.absolute(row.path)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try w.write(row.text, to: path)
        }
        if World.unprivileged { _ = try w.run(["chown", "-R", "65534:65534", w.home, w.project]) }
    }

    @Test func noClassRevealsItsValueToGrepCatOrPython() throws {
        let w = try World()
        defer { w.cleanup() }
        let rows = Self.rows
        try place(rows, in: w)
        let paths = rows.map { w.absolute($0.path) }
        let script = #"""
            grep -rn . "$HOME" . 2>&1
            for f in "$@"; do echo "== cat $f"; cat "$f" 2>&1; done
            python3 - "$@" <<'PY'
            import sys
            for p in sys.argv[1:]:
                try:
                    print("== open", p); print(open(p).read())
                except OSError as e:
                    print("== refused", p, e.errno)
            PY
            """#
        // The control: without Guardian every value is printed.
        let control = try w.run(["bash", "-c", script, "bash"] + paths)
        for row in rows { #expect(control.stdout.contains(row.secret), "control: \(row.kind)") }

        let r = try w.guardian(["bash", "-c", script, "bash"] + paths, profile: "staging", timeout: 120)
        let events = w.events()
        for row in rows {
            let path = w.absolute(row.path)
            #expect(!r.all.contains(row.secret), "\(row.kind): the value of \(row.path) reached the agent")
            switch row.expect {
            case .refused(let rule):
                #expect(r.stdout.contains("== refused \(path) 13"), "\(row.kind): Python's open() of \(row.path) was not refused")
                #expect(events.contains { $0["rule"] as? String == rule && ($0["path"] as? String)?.hasSuffix(String(row.path.dropFirst(2))) == true },
                        "\(row.kind): no event of \(rule) names \(row.path)")
            case .masked(let detector):
                #expect(r.stdout.contains("== open \(path)"), "\(row.kind): \(row.path) was not read")
                #expect(events.contains {
                    $0["rule"] as? String == "secrets.masked" && ($0["path"] as? String)?.hasSuffix(String(row.path.dropFirst(2))) == true
                        && ($0["reason"] as? String)?.contains(detector) == true
                }, "\(row.kind): no secrets.masked event names \(row.path) and \(detector)")
            }
        }
        // The files on disk are untouched.
        for row in rows { #expect((try? String(contentsOfFile: w.absolute(row.path), encoding: .utf8)) == row.text, "\(row.kind)") }
    }
}

extension World {
    /// `~/x` in HOME, `./x` in the project.
    func absolute(_ path: String) -> String {
        if path.hasPrefix("~/") { return home + "/" + path.dropFirst(2) }
        if path.hasPrefix("./") { return project + "/" + path.dropFirst(2) }
        return path
    }
}
