import Testing
@testable import GuardianPolicy

/// The classes the twentieth held-out corpus's misses named, table by table: each mechanism with
/// lines that must be read its way and hard negatives that must not, written for the mechanism
/// (other tools, names and spellings), not taken from any corpus.
struct TwentiethClassesTests {
    // MARK: Destroying forms of system, database-server and version-control tools

    static let destroying: [String] = [
        "git checkout-index -a -f", "git submodule foreach git clean -fdx", "tar --delete -f backup.tar srv/uploads",
        "snap remove --purge lxd", "snap forget 3", "systemd-tmpfiles --remove /etc/tmpfiles.d/app.conf", "pg_resetwal -f -D /srv/pg/main",
        "redis-check-aof --fix data/appendonly.aof", "mongod --repair --dbpath ./data/db", "hg strip -r 100", "rm /etc/app/license.key",
        #"rm -rf "$PGDATA""#, "rm -rf ${DATA_DIR}", "npx rimraf data/app.sqlite", "rsync -a --delete /tmp/empty/ ./uploads/",
    ]
    static let notDestroying: [String] = [
        "git checkout-index -a", "git submodule foreach git fetch", "tar -tf backup.tar", "snap remove lxd", "snap saved",
        "systemd-tmpfiles --create", "pg_resetwal -n -D /srv/pg/main", "redis-check-aof data/appendonly.aof", "mongod --dbpath ./data/db",
        "hg log -r 100", "rm /tmp/app.lock", #"rm -rf "$BUILD_DIR""#, "npx rimraf dist", "rsync -a --delete ./public/ ./dist/",
    ]

    @Test(arguments: destroying) func theseDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: notDestroying) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Developer tools' own state

    static let ownState: [String] = [
        "npx nx reset", "rush purge", "npx cypress cache clear", "npx playwright uninstall --all", "ollama rm mistral",
        "hatch env prune", "lefthook uninstall", "jupyter kernelspec remove -y old-kernel", "conda env remove -n scratch",
    ]

    @Test(arguments: ownState) func aToolsOwnStateIsMadeAgain(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test func aCacheGroupOfAnotherToolStillDestroys() { Fixture.expectDestroys("someadmin cache purge --all") }

    // MARK: Where it acts: a hosts file, a store's bucket

    static let production: [String] = ["pssh -h hosts/prod.txt -i 'df -h'", "influx query 'from(bucket:\"x\")' --bucket app-prod-metrics"]
    static let elsewhere: [String] = ["pssh -h hosts/dev.txt -i 'df -h'", "influx query 'from(bucket:\"x\")' --bucket app-dev-metrics"]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: elsewhere) func theseNameNoProduction(_ line: String) { Fixture.expectAllowedUnderDev(line) }
}
