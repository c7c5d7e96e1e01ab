import Foundation
import GuardianTestSupport
import Testing

extension NetworkTests {
    /// Destructive SQL sent to a database's HTTP API by real clients (a management API's query
    /// endpoint as Python posts it, an HTTP interface taking the statement as the body from
    /// curl, a serverless driver's request from Node) is stopped with a reason; a read through
    /// the same endpoint goes through. curl's statement is read from a file, so that the line
    /// itself names no SQL and the request is what is decided (given as a word, the exec is
    /// refused before it runs: FortiethClassesTests).
    @Test(arguments: [false, true])
    func destructiveSQLOverHTTPIsStoppedAndReadsGoThrough(_ tls: Bool) throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let script = #"""
            python3 -c 'import json,os,urllib.request as u
            for q in ["SELECT count(*) FROM orders_kept", "DROP TABLE orders_python"]:
                try:
                    r = u.urlopen(u.Request(os.environ["URL"] + "/v1/projects/abcd/database/query", data=json.dumps({"query": q}).encode(), headers={"Content-Type": "application/json"}))
                    print("python", r.status)
                except Exception as e:
                    print("python refused", getattr(e, "code", e))'
            q=$(mktemp); printf 'TRUNCATE TABLE orders_curl' > "$q"
            curl -sS -o /dev/null -w 'curl %{http_code}\n' "$URL/" --data-binary @"$q"
            node -e 'fetch(process.env.URL+"/sql",{method:"POST",headers:{"content-type":"application/json"},body:JSON.stringify({query:"DELETE FROM orders_node",params:[]})}).then(r=>console.log("node",r.status),e=>{console.error(String(e));process.exit(3)})'
            """#
        let r = try net.guardian(["bash", "-c", script], profile: "dev", extraEnv: ["URL": tls ? net.httpsURL : net.httpURL])
        #expect(net.received.contains("orders_kept"), "the read did not reach the API: \(r.all.prefix(800))")
        for table in ["orders_python", "orders_curl", "orders_node"] {
            #expect(!net.received.contains(table), "\(table): the statement reached the API: \(r.all.prefix(800))")
        }
        #expect(r.stdout.contains("python refused 403") && r.stdout.contains("curl 403") && r.stdout.contains("node 403"), "\(r.all.prefix(800))")
        #expect(r.all.contains("api.sql-destructive"), "the agent is told which rule: \(r.all.prefix(800))")
        let refusals = w.events().filter { $0["rule"] as? String == "api.sql-destructive" }
        #expect(refusals.count >= 3, "\(refusals)")
    }

    /// The Kubernetes API server reached directly with a found token (Python here, as a client
    /// library would): a namespace whose name says production is denied under staging, a
    /// deployment's delete in a staging namespace is held, a listing goes through; an
    /// Elasticsearch delete-by-query is held.
    @Test func kubernetesAndSearchDeletesSentDirectlyAreStopped() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let script = #"""
            curl -sS -o /dev/null -w 'list %{http_code}\n' "$URL/api/v1/namespaces/shop-staging/pods"
            python3 -c 'import json,os,urllib.request as u
            for method, path, body in [("DELETE", "/api/v1/namespaces/shop-prod", None), ("DELETE", "/apis/apps/v1/namespaces/shop-staging/deployments/api_k8s", None),
                                       ("POST", "/orders_es/_delete_by_query", json.dumps({"query": {"match_all": {}}}).encode())]:
                try:
                    u.urlopen(u.Request(os.environ["URL"] + path, data=body, method=method, headers={"Content-Type": "application/json", "Authorization": "Bearer t"}))
                    print(path, "sent")
                except Exception as e:
                    print(path, "refused", getattr(e, "code", e))'
            """#
        let r = try net.guardian(["bash", "-c", script], profile: "staging", extraEnv: ["URL": net.httpsURL])
        #expect(r.stdout.contains("list 200") && net.received.contains("/api/v1/namespaces/shop-staging/pods"), "\(r.all.prefix(800))")
        for path in ["/api/v1/namespaces/shop-prod", "/apis/apps/v1/namespaces/shop-staging/deployments/api_k8s", "/orders_es/_delete_by_query"] {
            #expect(r.stdout.contains("\(path) refused 403"), "\(path): \(r.all.prefix(900))")
        }
        #expect(!net.received.contains("shop-prod") && !net.received.contains("api_k8s") && !net.received.contains("orders_es"), "\(r.all.prefix(800))")
        // The production namespace is denied for its environment, the staging one asked about.
        #expect(r.all.contains("environment.other") && r.all.contains("kubernetes.api-delete") && r.all.contains("search.api-delete-index"), "\(r.all.prefix(1200))")
    }

    /// A branch moved by force through a forge's API, as a script with a found token would do
    /// it (Python's urllib, then Node's fetch): held, so refused while no one approves; the
    /// same update without force (a fast-forward the server checks) goes through.
    @Test func aForcedRefUpdateThroughAForgesAPIIsHeld() throws {
        let w = try World()
        defer { w.cleanup() }
        let net = try NetworkWorld(w)
        defer { net.stop() }
        let script = #"""
            python3 -c 'import json,os,urllib.request as u
            for sha, force in [("aaaa111", False), ("bbbb222", True)]:
                try:
                    r = u.urlopen(u.Request(os.environ["URL"] + "/repos/acme/app/git/refs/heads/main", data=json.dumps({"sha": sha, "force": force}).encode(), method="PATCH", headers={"Content-Type": "application/json", "Authorization": "Bearer t"}))
                    print(sha, r.status)
                except Exception as e:
                    print(sha, "refused", getattr(e, "code", e))'
            node -e 'fetch(process.env.URL+"/repos/acme/app/git/refs/heads/release",{method:"PATCH",headers:{"content-type":"application/json"},body:JSON.stringify({sha:"cccc333",force:true})}).then(r=>console.log("node",r.status),e=>{console.error(String(e));process.exit(3)})'
            """#
        let r = try net.guardian(["bash", "-c", script], profile: "dev", extraEnv: ["URL": net.httpsURL])
        #expect(r.stdout.contains("aaaa111 200") && net.received.contains("aaaa111"), "the fast-forward did not reach the API: \(r.all.prefix(800))")
        #expect(r.stdout.contains("bbbb222 refused 403") && r.stdout.contains("node 403"), "\(r.all.prefix(800))")
        #expect(!net.received.contains("bbbb222") && !net.received.contains("cccc333"), "a forced update reached the API: \(r.all.prefix(800))")
        #expect(r.all.contains("api.body-switch-destroys"), "the agent is told which rule: \(r.all.prefix(800))")
    }

    /// A push that deletes a branch on the server, sent by git itself from a remote configured
    /// to mirror (the command line says only `git push origin`), is read from its command list
    /// and held; a push that only adds commits goes through.
    @Test func aPushThatDeletesABranchOnTheServerIsHeld() throws {
        let w = try World()
        defer { w.cleanup() }
        let root = w.root.path + "/git-server"
        let setup = """
            set -e
            git init -q --bare '\(root)/repo.git'
            git init -q -b main '\(w.project)/clone'; cd '\(w.project)/clone'
            git -c user.email=a@b -c user.name=a commit -q --allow-empty -m one
            git branch feature
            git push -q '\(root)/repo.git' main feature
            """
        let prepared = try w.run(["sh", "-c", setup])
        #expect(prepared.status == 0, "\(prepared.all)")
        let net = try NetworkWorld(w, apiArguments: ["--git", root])
        defer { net.stop() }
        let configure = """
            set -e; cd '\(w.project)/clone'
            git remote add origin '\(net.httpURL)/repo.git'; git config remote.origin.mirror true
            git remote add plain '\(net.httpURL)/repo.git'
            git branch -D feature
            """
        let configured = try w.run(["sh", "-c", configure])
        #expect(configured.status == 0, "\(configured.all)")
        // Unprivileged, Guardian and the agent run as the user the world belongs to.
        if World.unprivileged { _ = try w.run(["chown", "-R", "65534:65534", w.project + "/clone"]) }
        let script = """
            cd '\(w.project)/clone'
            git -c user.email=a@b -c user.name=a commit -q --allow-empty -m two
            git push plain main; echo plain=$?
            git push origin; echo mirror=$?
            """
        let r = try net.guardian(["sh", "-c", script], profile: "dev")
        #expect(r.stdout.contains("plain=0"), "\(r.all.prefix(1200))")
        #expect(!r.stdout.contains("mirror=0"), "\(r.all.prefix(1200))")
        #expect(r.all.contains("git.push-deletes-ref"), "\(r.all.prefix(1200))")
        let refs = try w.run(["git", "--git-dir", root + "/repo.git", "show-ref"])
        #expect(refs.stdout.contains("refs/heads/feature"), "the branch was deleted on the server: \(refs.all)")
    }
}

