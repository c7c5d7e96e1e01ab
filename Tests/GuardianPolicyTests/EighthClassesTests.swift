import Foundation
import Testing
@testable import GuardianPolicy

/// The classes the eighth held-out corpus's misses named, table by table: each mechanism with
/// lines that must get it and lines that must not. The lines are written for the mechanism
/// (made-up tools and names), not taken from any corpus.
struct EighthClassesTests {
    // MARK: Verb words

    static let destroy: [String] = [
        // A dotted verb path, read by its last segment.
        "hyperctl vm.destroy web-1", "hyperctl disk.rm -ds store1 old", "fabric cluster.purge east",
        // A destroying verb after a short prefix in one word; `del` joined to what it deletes.
        "zonectl rrpurge example.test", "zonectl zndelete example.test", "dnsadm delzone -clean example.test", "kvadm delkey session:42",
        "qxdeleteschema --all",
        // `unset` of an environment variable or a secret; `unjoin`.
        "appctl env unset API_TOKEN", "appctl --app web env-unset API_TOKEN", "ciadm secrets-unset DEPLOY_KEY", "fedctl unjoin member-2",
        // `flush` of a data store named with it.
        "mqctl queue flush orders", "kvtool flush_all", "docstore bucket-flush --bucket b1",
        // `down` given the flag that skips its confirmation.
        "gridctl down -y grid.yaml", "skyrun down --yes --all",
        // Flags: deleting without a way back, stripping data from history.
        "zsync --force-delete pool/a pool/b", "blobsync mirror --hard-delete", "histool --strip-blobs-bigger-than 50M repo.git",
    ]

    static let notDestroy: [String] = [
        "hyperctl vm.info web-1", "hyperctl backend.list", "deployer apply reset.sh", "deployer run cleanup.py",
        "zonectl undelete item-3", "teamctl delegate alice", "mediactl backdrop set", "ipctl predelete-hook list",
        "appctl config unset theme", "dnsadm flush", "dnsadm flush_zone example.test", "webcms cache flush", "nodeadm flush",
        "mlctl artifact cache cleanup 5GB", "gridctl down grid.yaml", "gridctl down --help",
        "zsync --no-delete pool/a pool/b", "histool --strip-comments notes.txt",
    ]

    @Test(arguments: destroy) func destroys(_ line: String) { Fixture.expectDestroys(line) }

    @Test(arguments: notDestroy) func doesNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Settings

    static let destroyingSettings: [String] = [
        // A setting named for destroying, set true.
        "metalctl machine release m-42 erase=true", "dbdeploy /Action:Publish /SourceFile:app.pkg /p:DropObjectsNotInSource=True",
        "chartctl deploy web --set persistence.purge=true", "syncer push -o delete_existing=yes",
        // What to do with what already exists: replace or empty it.
        "dataload user directory=d1 dumpfile=x.dmp table_exists_action=replace", "csvload --if-exists replace --table t data.csv",
        "objcopyctl put --on-conflict=overwrite a b",
        // Loading data over what is there.
        "cmsctl import -f dump.tar --force", "warehouse load --replace sales.daily ./daily.csv", "cmsctl transfer --to https://cms.example.test --force",
    ]

    static let harmlessSettings: [String] = [
        "metalctl machine release m-42 erase=false", "dbdeploy /Action:Script /SourceFile:app.pkg /OutputPath:out.sql /p:DropObjectsNotInSource=True",
        "dbdeploy /Action:DeployReport /SourceFile:app.pkg /p:DropObjectsNotInSource=True", "chartctl deploy web --set persistence.size=10Gi",
        "dataload user directory=d1 dumpfile=x.dmp table_exists_action=skip", "csvload --if-exists append --table t data.csv",
        "containerctl run -e PURGE_CACHE=true app", "chartctl deploy web --set deletion_protection=true",
        "cmsctl import -f dump.tar", "warehouse load sales.daily ./daily.csv", "cmsctl export --force -f dump.tar",
    ]

    @Test(arguments: destroyingSettings) func settingDestroys(_ line: String) { Fixture.expectDestroys(line) }

    @Test(arguments: harmlessSettings) func settingDoesNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Other grammars in one argument

    static let strings: [String] = [
        // Every command of a command string, and `--exec`.
        "kvshell --exec 'mode rw; clearrange a z'", "kvshell -e 'status; deleteall /jobs'",
        // SQL in an HTTP request's query parameter or body field.
        "curl -G --data-urlencode 'query=DROP TABLE events' http://tsdb.internal:9000/exec",
        "curl 'http://olap.internal:8123/?query=TRUNCATE%20TABLE%20hits'", "curl -d '{\"sql\": \"DELETE FROM orders\"}' https://sqlapi.example.com/v1",
        // A request whose path's last segment deletes.
        "curl -X POST https://api.example.com/v2/projects/42/delete", "curl -XPOST https://search.example.com/logs/_delete_by_query -d '{}'",
        "http POST https://api.example.com/v1/users/7/purge",
    ]

    static let harmlessStrings: [String] = [
        "kvshell --exec 'status; get a'", "curl -G --data-urlencode 'query=SELECT count() FROM events' http://tsdb.internal:9000/exec",
        "curl 'http://olap.internal:8123/?query=SELECT%201'", "curl -d '{\"sql\": \"DELETE FROM orders WHERE id = 3\"}' https://sqlapi.example.com/v1",
        "curl https://api.example.com/v2/projects/42/delete", "curl -X POST http://localhost:3000/api/items/delete",
        "curl -X POST https://api.example.com/v2/projects/42/restart",
    ]

    @Test(arguments: strings) func stringDestroys(_ line: String) { Fixture.expectDestroys(line) }

    @Test(arguments: harmlessStrings) func stringDoesNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: One-line programs

    static let programs: [String] = [
        "python3 -c \"import shutil; shutil.rmtree('records')\"", "python -c 'import os; os.remove(\"ledger.db\")'",
        "node -e \"require('fs').rmSync('media', {recursive: true})\"", "node -e \"require('fs').unlinkSync('/var/lib/app/state.json')\"",
        "ruby -e 'require \"fileutils\"; FileUtils.rm_r(\"archive\")'", "perl -e 'unlink glob \"exports/*.json\"'", "perl -le 'rmtree(\"/srv/x\")'",
        "php -r 'unlink(\"config/keys.php\");'",
    ]

    static let harmlessPrograms: [String] = [
        "python3 -c \"import shutil; shutil.rmtree('build')\"", "python -c \"import shutil; shutil.rmtree('/tmp/x')\"", "python3 -c \"import shutil; shutil.rmtree('.venv')\"",
        "ruby -e 'FileUtils.rm_rf(\"tmp/cache\")'", "node -e \"require('fs').rmSync('node_modules', {recursive: true})\"",
        "python3 -c \"print('DROP TABLE users')\"", "python -c 'xs = [1, 2]; xs.remove(1); print(xs)'",
        "perl -ne 'print if /unlink|DELETE FROM/' app.log", "node -e \"console.log(require('fs').readdirSync('media').length)\"",
    ]

    @Test(arguments: programs) func programDestroys(_ line: String) { Fixture.expectDestroys(line) }

    @Test(arguments: harmlessPrograms) func programDoesNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: git

    static let gitDestroys: [String] = [
        "git lfs migrate import --everything --include='*.bin'", "git lfs migrate export --include='*.zip'",
        "git worktree remove --force ../spike", "git worktree remove -f ../spike", "git submodule deinit -f vendor/lib",
    ]

    static let gitHarmless: [String] = [
        "git lfs migrate info --everything", "git lfs migrate import --no-rewrite big.bin", "git lfs ls-files", "git worktree remove ../done",
        "git worktree add ../spike", "git submodule deinit vendor/lib", "git submodule update --init",
    ]

    @Test(arguments: gitDestroys) func gitDestroy(_ line: String) { Fixture.expectDestroys(line) }

    @Test(arguments: gitHarmless) func gitDoesNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Commands run elsewhere

    /// Commands run on another machine, device or container, which no exec here shows.
    static let heldRemotely: [String] = [
        "ssh deploy@web-3 'rm -rf /srv/uploads'", "ssh -p 2222 -i id_ops ops@db-1 psql -c 'DROP TABLE carts'",
        "phonectl shell pm clear com.example.notes", "vmctl shell devbox rm -rf /var/lib/app",
        "kubectl exec -it api-0 -- psql -c 'DROP TABLE carts'", "docker compose exec db dropdb shop",
    ]

    static let allowedRemotely: [String] = [
        "ssh web-3 ls -la /srv", "ssh web-3", "ssh -L 5432:localhost:5432 bastion", "phonectl shell pm list packages",
        "gridctl exec grid.yaml 'nvidia-smi'", "docker compose exec web cat /etc/hosts",
    ]

    @Test(arguments: heldRemotely) func held(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    @Test(arguments: allowedRemotely) func allowed(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision <= .audit, "\(line)")
    }

    // MARK: Reads

    /// Reads of staging under dev: a pulling verb, a plural noun that lists.
    static let stagingReads: [String] = [
        "appctl env:pull staging", "appctl download --env staging report.csv", "logq --addr=https://logs.staging.example.com labels",
    ]

    @Test(arguments: stagingReads) func readsStaging(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.environment == "staging" && e.decision <= .audit, "\(line): \(String(describing: e.environment)) \(e.decision)")
    }
}
