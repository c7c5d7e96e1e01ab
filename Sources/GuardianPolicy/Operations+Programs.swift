// One-line programs given to an interpreter (`python3 -c`, `node -e`, `ruby -e`, `perl -e`,
// `php -r`) that delete files: `shutil.rmtree(…)`, `FileUtils.rm_rf(…)`, `fs.rmSync(…)`,
// `unlink glob …`. No exec shows what they delete, and the paths may be computed, joined or
// globbed inside the program, so such a program is read as find's deletions are: a destroy,
// unless every path it names after its first deleting call is build or cache output or
// scratch space (`FileUtils.rm_rf("tmp/cache")`, `shutil.rmtree('/tmp/x')`). A program that
// only prints, counts or matches words such as `DROP TABLE` is not read for them.

extension Operations {
    /// Interpreters and the short options whose value is the program (`-c`, `-e`, `-E`, `-r`,
    /// also as the last letter of a cluster such as perl's `-ne`).
    static let programOptions: [String: Set<Character>] = [
        "python": ["c"], "python3": ["c"], "pypy": ["c"], "pypy3": ["c"],
        "node": ["e", "p"], "nodejs": ["e", "p"], "bun": ["e"], "deno": [],
        "ruby": ["e"], "perl": ["e", "E"], "php": ["r"],
        // Elixir's `elixir -e CODE` and `mix run -e CODE`.
        "elixir": ["e"], "mix": ["e"],
        // PowerShell's `pwsh -c CODE`, `pwsh -Command CODE`.
        "pwsh": ["c"], "powershell": ["c"],
    ]
    static let programLongOptions: Set<String> = ["--eval", "--print", "-Command", "-command"]

    /// Calls that delete files or trees whatever they are qualified with.
    static let deletingCalls: Set<String> = [
        "rmtree", "rm_rf", "rm_r", "rm_f", "rmsync", "rmdirsync", "unlinksync", "removedirs", "remove_dir", "remove_entry",
        "remove_entry_secure", "remove_tree", "rimraf", "rmdir", "unlink",
    ]
    /// Calls that delete only when qualified by a file-system module: `os.remove`, `fs.rm`,
    /// `File.delete`, `FileUtils.rm` (`list.remove(x)` is no deletion).
    static let qualifiedDeletingCalls: Set<String> = ["remove", "rm", "delete"]
    static let fileSystemModules: Set<String> = ["os", "fs", "file", "fileutils", "dir", "shutil", "path", "pathlib", "promises", "fsp", "fspromises", "deno"]

    /// The program text given to an interpreter, if the command is one.
    static func interpreterCode(_ view: ExecView) -> String? {
        guard let key = view.programKeys.first(where: { programOptions[$0] != nil }), let letters = programOptions[key] else { return nil }
        let a = view.arguments
        if key == "deno" {
            // `deno eval CODE`
            guard let first = a.positionals.first, a.items[first].text == "eval", a.positionals.count > 1 else { return nil }
            return a.items[a.positionals[1]].text
        }
        for (i, item) in a.items.enumerated() where item.kind != .positional && !item.afterDoubleDash {
            let takes = programLongOptions.contains(String(item.name))
                || (item.kind == .short && item.name.dropFirst().allSatisfy(\.isLetter) && item.name.last.map(letters.contains) == true)
            guard takes else { continue }
            if let v = item.inlineValue { return String(v) }
            if i + 1 < a.items.count, a.items[i + 1].kind == .positional { return a.items[i + 1].text }
        }
        return nil
    }

    static func interpreterProgram(_ view: ExecView, expansion: Expansion) -> CommandOperation? {
        guard let code = interpreterCode(view) else { return nil }
        let name = view.programKeys.first ?? ""
        // A model's every row deleted through the ORM (`python -c "…; Entry.objects.all().delete()"`),
        // as from a framework's console.
        if let dropping = databaseDroppingCode(code) ?? massDelete(code) { return CommandOperation(kind: .destroy, why: "\(name): its program \(dropping)") }
        // A GraphQL mutation the program sends over HTTP (`requests.post(url, json={'query':
        // 'mutation { volumeDelete(…) }'})`, `fetch(url, {body: …})`), as a client's would be —
        // in a line as typed. At an exec the network gateway decides the request the program
        // really sends (a literal in its text may never be sent, or be sent changed).
        if view.request.typedLine, httpCallWords.contains(where: code.contains) {
            let documents = literals(Substring(code)).filter { $0.drop(while: { $0.isWhitespace }).hasPrefix("mutation") }.map { Substring($0) }
            if !documents.isEmpty, let field = destroyingMutation(in: documents) {
                return CommandOperation(kind: .destroy, why: "\(name): its program sends the GraphQL mutation \(field)")
            }
        }
        // An HTTP DELETE the program sends (`requests.delete(url)`, `httpx.delete(…)`, `fetch(url,
        // {method: "DELETE"})`, `Request(url, method="DELETE")`), as `curl -X DELETE` is: in a
        // line as typed, like the mutation above.
        if view.request.typedLine, httpCallWords.contains(where: code.contains), let call = httpDelete(code) {
            return CommandOperation(kind: .destroy, why: "\(name): its program sends an HTTP DELETE (\(call))")
        }
        if let call = sdkDeletingCall(code) {
            return CommandOperation(kind: .destroy, why: "\(name): its program calls \(call)(), deleting what no exec shows")
        }
        // The first identifier outside string literals that names a deleting call, and where it ends.
        let call = outsideLiterals(code, wordCharacter: { $0 == ":" }) { word, index -> (String, String.Index)? in
            guard let found = deletingCall(word), takesArguments(code[index...]) else { return nil }
            return (found, index)
        }
        // SQL handed to a driver's executing call (`engine.execute('DELETE FROM t')`,
        // `cur.execute("TRUNCATE …")`, `text("DROP …")`); a string only printed is data.
        for literal in executedStrings(code) {
            guard let first = literal.split(separator: " ").first, sqlFirstWords.contains(first.uppercased()), literal.contains(" ") else { continue }
            let statement = sql(literal, program: name)
            if statement.kind == .destroy { return CommandOperation(kind: .destroy, why: "\(name): its program runs \(statement.why.split(separator: ":").last.map { String($0).trimmingSpaces } ?? "SQL")") }
        }
        // A bare `rm(…)` imported from Node's file system module (`import { rm } from
        // 'node:fs/promises'`).
        let importsFileSystem = ["node:fs", "'fs'", "\"fs\"", "fs/promises"].contains { code.contains($0) }
        let bare = importsFileSystem ? outsideLiterals(code, wordCharacter: { $0 == ":" }) { word, index -> (String, String.Index)? in
            (word == "rm" || word == "rmdir") && takesArguments(code[index...]) ? ("fs.\(word)", index) : nil
        } : nil
        guard let (function, at) = call ?? bare else { return nil }
        let paths = literals(code[at...])
        if !paths.isEmpty, paths.allSatisfy({ regenerablePath($0, expansion: expansion, cwd: view.request.cwd) }) {
            return CommandOperation(kind: .local, why: "\(name): \(function) of build or cache output")
        }
        let named = paths.first.map { " \($0)" } ?? ""
        return CommandOperation(kind: .destroy, why: "\(name): its program calls \(function)\(named), deleting what no exec shows")
    }

    /// Calls that drop or empty a database's tables, whatever they are qualified with
    /// (`Base.metadata.drop_all(engine)`, `client.drop_database("app")`), or a whole
    /// collection (`db.drop_collection("orders")`, MongoDB's drivers).
    static let databaseDroppingCalls: Set<String> = ["drop_all", "drop_database", "dropdatabase", "drop_tables", "truncate_all", "flushall", "flushdb", "drop_collection", "dropcollection"]

    /// What a one-line program does to a database, read outside its string literals: a call
    /// that drops (`drop_all(engine)`), or a keyword argument whose name begins with a
    /// destroying word set true (`init_db(drop_existing=True)`, `sync({ drop_tables: true })`).
    static func databaseDroppingCode(_ code: String) -> String? {
        // The last identifier, kept across spaces: `drop_all (engine)`, `drop_existing = True`.
        var previous = ""
        return outsideLiterals(code, wordCharacter: { _ in false }) { word, index -> String? in
            let c = code[index]
            if !word.isEmpty { previous = word }
            defer { if c != " " { previous = "" } }
            let last = previous.split(separator: ".").last.map { $0.lowercased() } ?? ""
            if c == "(", databaseDroppingCalls.contains(last) { return "calls \(previous)()" }
            // `name=True` (Python), `name: true` (a JavaScript or Ruby options object).
            if c == "=" || c == ":", !last.isEmpty, code[code.index(after: index)...].first != c {
                let value = code[code.index(after: index)...].drop(while: { $0 == " " }).prefix(4)
                let first = last.split(separator: "_").first.map(String.init) ?? ""
                if value.lowercased() == "true", ["drop", "purge", "wipe", "reset", "truncate", "destroy", "delete", "recreate"].contains(first) {
                    return "sets \(last)=True"
                }
            }
            return nil
        }
    }

    /// Walks a one-line program outside its string literals (`'…'`, `"…"`, `` `…` ``). At each
    /// character that ends an identifier — letters, digits, `_`, `.` and whatever
    /// `wordCharacter` adds — `visit` gets the identifier just ended (empty when there was none)
    /// and that character's index; the first value it returns ends the walk.
    static func outsideLiterals<T>(_ code: String, wordCharacter: (Character) -> Bool, _ visit: (String, String.Index) -> T?) -> T? {
        var quote: Character?
        var word = ""
        var index = code.startIndex
        while index < code.endIndex {
            let c = code[index]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" || c == "`" {
                quote = c
                word = ""
            } else if c.isLetter || c.isNumber || c == "_" || c == "." || wordCharacter(c) {
                word.append(c)
            } else {
                if let found = visit(word, index) { return found }
                word = ""
            }
            index = code.index(after: index)
        }
        return nil
    }

    /// The deleting call an identifier (`shutil.rmtree`, `FileUtils.rm_rf`, `unlink`) names.
    static func deletingCall(_ identifier: String) -> String? {
        let parts = identifier.lowercased().split(whereSeparator: { $0 == "." || $0 == ":" }).map(String.init)
        guard let last = parts.last else { return nil }
        if deletingCalls.contains(last) { return identifier }
        if qualifiedDeletingCalls.contains(last), parts.count > 1, fileSystemModules.contains(parts[parts.count - 2]) { return identifier }
        return nil
    }

    /// Whether what follows a name makes it a call: an argument list, a string, a variable or a
    /// word (perl's `unlink glob …`), not an operator or a pattern's `|` (`/unlink|rm/`).
    /// Calls that run the SQL string they are given.
    static let executingCalls = ["execute(", "executescript(", "executemany(", "exec(", "query(", "sql(", "text(", "raw(", "run_sql(",
                                 // bun:sqlite's and better-sqlite3's `db.run('…')`, `db.prepare('…').run()`;
                                 // JDBC's, Prisma's and rusqlite's executing calls.
                                 "run(", "prepare(", "executeUpdate(", "executeQuery(", "executeRawUnsafe(", "queryRawUnsafe(", "execute_batch(", "exec_query("]

    /// The string literals given first to an executing call in `code`.
    static func executedStrings(_ code: String) -> [String] {
        var out: [String] = []
        for call in executingCalls {
            var rest = Substring(code)
            while let r = rest.range(of: call) {
                let after = code[r.upperBound...].drop(while: { $0 == " " })
                if let quote = after.first, quote == "'" || quote == "\"" {
                    let body = after.dropFirst().prefix(while: { $0 != quote })
                    out.append(String(body))
                }
                rest = rest[r.upperBound...]
            }
        }
        return out
    }

    static func takesArguments(_ rest: Substring) -> Bool {
        // A bang method's `!` comes before its arguments (`File.rm_rf!("x")`, `rm_rf!(…)`).
        let rest = rest.first == "!" ? rest.dropFirst() : rest
        guard let next = rest.first(where: { $0 != " " && $0 != "\t" }) else { return false }
        return next == "(" || next == "\"" || next == "'" || next == "$" || next == "@" || next.isLetter
    }

    /// What a one-line program calls to send an HTTP request.
    static let httpCallWords: [String] = [
        "requests.", "urlopen", "urllib", "httpx", "aiohttp", "http.client", "fetch(", "axios", "http.request", "https.request",
        "Net::HTTP", "HTTParty", "Faraday", "curl_exec", "Invoke-RestMethod", "Invoke-WebRequest",
        "LWP::", "HTTP::Tiny", "Mojo::UserAgent",
    ]

    /// Where a one-line program sends an HTTP DELETE: a client's `delete` call outside string
    /// literals (`requests.delete(`, `session.delete(`, `axios.delete(`), or the method given
    /// as `DELETE` (`method="DELETE"`, `method: 'DELETE'`, `request("DELETE", …)`).
    static func httpDelete(_ code: String) -> String? {
        let call = outsideLiterals(code, wordCharacter: { _ in false }) { word, index -> String? in
            let parts = word.lowercased().split(separator: ".")
            // Qualified by a name or by what a call returns (`httpx.Client().delete(`).
            guard parts.count > 1 || word.hasPrefix("."), parts.last == "delete", code[index] == "(" else { return nil }
            return "\(word)("
        }
        if let call { return call }
        let squeezed = code.filter { $0 != " " }.lowercased()
        // Ruby's `Net::HTTP::Delete.new(uri)`, Perl's `$ua->delete(url)`, PowerShell's
        // `-Method Delete`.
        for form in ["net::http::delete", "->delete(", "-methoddelete"] where squeezed.contains(form) { return form }
        for q in ["\"", "'", "`"] {
            for form in ["method=\(q)delete\(q)", "method:\(q)delete\(q)", "\"method\":\(q)delete\(q)", "request(\(q)delete\(q)", ".open(\(q)delete\(q)",
                         // PHP's curl: `curl_setopt($c, CURLOPT_CUSTOMREQUEST, "DELETE")`.
                         "customrequest,\(q)delete\(q)", "-method\(q)delete\(q)"] where squeezed.contains(form) {
                return form
            }
        }
        return nil
    }

    /// A cloud SDK's call named for deleting or ending what it names (`boto3.client("s3")
    /// .delete_bucket(…)`, `ec2.terminate_instances(…)`, `sqs.purge_queue(…)`, `s3.deleteBucket(…)`,
    /// `new DeleteBucketCommand(…)`), outside the program's string literals.
    static func sdkDeletingCall(_ code: String) -> String? {
        outsideLiterals(code, wordCharacter: { _ in false }) { word, index -> String? in
            guard code[index] == "(", let last = word.split(separator: ".").last.map(String.init) else { return nil }
            let lower = last.lowercased()
            // A forced delete (`bucket.delete(force=True)`, Google Cloud's client libraries):
            // a bucket or dataset deleted with everything still in it.
            if lower == "delete", code[code.index(after: index)...].drop(while: { $0 == " " }).lowercased().hasPrefix("force") { return word }
            for verb in ["delete", "terminate", "destroy", "purge"] {
                if lower.hasPrefix(verb + "_"), lower.count > verb.count + 1 { return word }
                // camelCase (`deleteBucket`) and the v3 SDK's commands (`DeleteBucketCommand`).
                if last.hasPrefix(verb), last.count > verb.count, last[last.index(last.startIndex, offsetBy: verb.count)].isUppercase { return word }
                if last.hasPrefix(verb.prefix(1).uppercased() + verb.dropFirst()), last.hasSuffix("Command"), last.count > verb.count + 7 { return word }
            }
            return nil
        }
    }

    /// The quoted string literals of `code`.
    static func literals(_ code: Substring) -> [String] {
        var out: [String] = []
        var quote: Character?
        var current = ""
        var escaped = false
        for c in code {
            if let q = quote {
                // A quote escaped inside a literal (`"mutation { volumeDelete(id: \"v\") }"`) is part of it.
                if escaped { current.append(c); escaped = false } else if c == "\\" { escaped = true } else if c == q { out.append(current); current = ""; quote = nil } else { current.append(c) }
            } else if c == "'" || c == "\"" || c == "`" {
                quote = c
            }
        }
        return out.filter { !$0.isEmpty }
    }

    /// A path whose content is made again or is scratch: a build or cache directory or pattern
    /// on its way, or a place under a temporary directory.
    static func regenerablePath(_ path: String, expansion: Expansion, cwd: String) -> Bool {
        let resolved = expansion.resolve(path, cwd: cwd)
        if ["/tmp/", "/var/tmp/", "/dev/shm/"].contains(where: resolved.hasPrefix) || resolved.hasPrefix(expansion.home + "/.cache/") { return true }
        let components = path.split(separator: "/").map(String.init)
        if let last = components.last, regenerableName(last) { return true }
        return components.contains(where: regenerableDirectories.contains)
    }
}
