import Foundation
import GuardianTestSupport
import Testing

extension NetworkTests {
    /// Destructive SQL sent to a database's HTTP API by real clients (a management API's query
    /// endpoint as Python posts it, an HTTP interface taking the statement as the body from
    /// curl, a serverless driver's request from Node) is stopped with a reason; a read through
    /// the same endpoint goes through.
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
            curl -sS -o /dev/null -w 'curl %{http_code}\n' "$URL/" --data-binary 'TRUNCATE TABLE orders_curl'
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
}
