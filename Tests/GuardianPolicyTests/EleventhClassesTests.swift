import Foundation
import Testing
@testable import GuardianPolicy

/// The classes the eleventh held-out corpus's misses named, table by table: each mechanism with
/// lines that must get it and lines that must not. The lines are written for the mechanism
/// (other tools, names and spellings), not taken from any corpus.
struct EleventhClassesTests {
    // MARK: What a looking verb is given

    /// After a looking verb, a word that follows an option is what is listed or searched for.
    static let lookingWithValues: [String] = [
        "gh pr list --label purge-candidate", "gh issue list --search \"remove flag\" --state all",
        "gh label list --search wipe", "someadmin tickets list --tag delete-later",
    ]
    /// A destroying word that is no option's value is still a verb; before a looking verb too.
    static let stillDestroying: [String] = [
        "gh label delete stale --yes", "gh release delete v0.3.0 -y", "someadmin list delete old-items",
        "someadmin queue purge --name jobs",
    ]

    @Test(arguments: lookingWithValues) func aLookingVerbsValuesAreData(_ line: String) {
        Fixture.expectDoesNotDestroy(line)
    }

    @Test(arguments: stillDestroying) func destroyingVerbsStillDestroy(_ line: String) {
        Fixture.expectDestroys(line)
    }

    // MARK: SQL that is only planned

    static let plannedOnly: [String] = [
        "psql -d shop_dev -c 'EXPLAIN DELETE FROM carts'", "mysql shop_dev -e 'EXPLAIN UPDATE accounts SET balance = 0'",
        "sqlite3 dev.db 'EXPLAIN QUERY PLAN DELETE FROM events'", "psql -c 'EXPLAIN (COSTS OFF) DELETE FROM carts'",
    ]
    /// EXPLAIN ANALYZE runs what it explains, however its options are spelled; a statement
    /// after the EXPLAIN runs too.
    static let run: [String] = [
        "psql -d shop_dev -c 'EXPLAIN ANALYZE DELETE FROM carts'", "psql -c 'EXPLAIN (ANALYZE, BUFFERS) DELETE FROM carts'",
        "psql -c 'explain (analyze true) truncate carts'", "psql -c 'EXPLAIN DELETE FROM carts; DELETE FROM carts'",
    ]

    @Test(arguments: plannedOnly) func anExplainedStatementIsOnlyPlanned(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.decision <= .audit, "\(line): \(e.matches.map(\.id)) \(String(describing: e.operation))")
        #expect(e.operation?.harmless == true, "\(line): \(String(describing: e.operation))")
    }

    @Test(arguments: run) func anAnalyzedOrFollowingStatementRuns(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    // MARK: Platforms' topics and verbs

    /// A topic that is a verb alone (`secrets`, `scale`, `run`, `env`) followed by a looking
    /// verb; a bare topic that lists; a command group's listing: reads, so a staging one runs
    /// under dev.
    static let stagingReads: [String] = [
        "fly secrets list -a shop-staging", "fly scale show --app shop-staging", "railway variables --environment staging --json",
        "doppler secrets --config stg --only-names", "heroku config --app shop-staging", "heroku domains -a shop-staging",
        "heroku pg:diagnose --app shop-staging", "gcloud run services list --project shop-staging",
        "gcloud run jobs describe nightly --project shop-staging", "kamal accessory details db -d staging",
        "netlify env:get STRIPE_KEY --context staging",
    ]
    /// The same topics with a changing verb, and words that are the command's own verb.
    static let stagingChanges: [String] = [
        "fly secrets set KEY=1 -a shop-staging", "fly secrets unset KEY -a shop-staging", "railway variables --set A=1 --environment staging",
        "heroku config:set A=1 --app shop-staging", "gcloud run deploy api --project shop-staging",
        "gcloud run services delete api --project shop-staging", "doppler secrets delete KEY --config stg --yes",
        "netlify env:unset STRIPE_KEY --context staging",
    ]

    @Test(arguments: stagingReads) func aTopicsLookingVerbReads(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.environment == "staging", "\(line): \(String(describing: e.environment))")
        #expect(e.operation?.kind == .read, "\(line): \(String(describing: e.operation))")
        #expect(e.decision <= .audit, "\(line): \(e.matches.map(\.id))")
    }

    @Test(arguments: stagingChanges) func aTopicsChangingVerbChanges(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.operation.map { $0.kind >= .write } == true, "\(line): \(String(describing: e.operation))")
        #expect(e.decision == .deny, "\(line)")
    }

    /// A first word that is the verb of a program whose first word is always its verb stays it.
    @Test func gsutilsFirstWordIsItsVerb() {
        #expect(CommandModelTests.op("gsutil cp list gs://shop-dev-assets/")?.kind == .write)
        #expect(CommandModelTests.op("fly scale count 0 -a shop-dev")?.kind == .destroy)
    }

    // MARK: Building and serving here

    /// A platform's build, and its development server without `--remote`, run on this machine
    /// with the settings of the environment they name: a read of it.
    static let runsHere: [String] = [
        "netlify build --context staging", "vercel build --target staging", "wrangler dev --env staging", "netlify dev --context staging",
    ]

    @Test(arguments: runsHere) func aBuildOrDevServerReadsItsEnvironment(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.operation?.kind == .read, "\(line): \(String(describing: e.operation))")
        #expect(e.decision <= .audit, "\(line): \(e.matches.map(\.id))")
    }

    @Test func aRemoteDevServerOrAProductionBuildStaysStopped() {
        #expect(Fixture.dev.evaluate(Fixture.exec("wrangler dev --remote --env staging")).decision == .deny)
        Fixture.expectNamesProduction("netlify build --context production")
        Fixture.expectNamesProduction("wrangler dev --env production")
    }

    // MARK: Rendering here

    static let rendersHere: [String] = [
        "helmfile -e production template", "helmfile --environment prod template --output-dir out/", "somerender render --env production",
    ]
    static let actsThere: [String] = [
        "helmfile -e production apply", "helmfile -e production sync", "somerender deploy template --env production",
    ]

    @Test(arguments: rendersHere) func renderingFilesReachesNoEnvironment(_ line: String) {
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision <= .audit, "\(line)")
        #expect(CommandModelTests.op(line)?.offline == true, "\(line)")
    }

    @Test(arguments: actsThere) func actingOnTheEnvironmentIsNotRendering(_ line: String) {
        Fixture.expectNamesProduction(line)
    }

    // MARK: Commands run elsewhere

    /// `heroku run` and Ansible's command modules run a command on the hosts they name: it is
    /// decided for what it does there.
    static let destroyThere: [String] = [
        "heroku run rails db:reset -a shop-staging", "heroku run --size=performance-l -a shop-staging -- python manage.py flush --noinput",
        "ansible web -i inventories/staging -m shell -a 'rm -rf /srv/app/shared/uploads'",
        "ansible db -i staging.ini -a 'dropdb shop_staging' --become", "ansible db -i staging.ini -m ansible.builtin.command -a 'redis-cli FLUSHALL'",
    ]
    static let lookThere: [String] = [
        "heroku run uptime -a shop-staging", "ansible web -i inventories/staging -m shell -a 'df -h'", "ansible web -i staging.ini -a uptime",
        "kubectl exec -n staging deploy/web -- env | grep -c REDIS",
    ]

    @Test(arguments: destroyThere) func aCommandRunElsewhereIsDecidedForWhatItDoes(_ line: String) {
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    @Test(arguments: lookThere) func aCommandRunElsewhereThatLooksReads(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.environment == "staging", "\(line)")
        #expect(e.decision <= .audit, "\(line): \(e.matches.map(\.id)) \(String(describing: e.operation))")
    }

    @Test func envWithACommandIsNoPrintout() {
        #expect(Fixture.dev.evaluate(Fixture.exec("kubectl exec -n staging deploy/web -- env FOO=1 ./reindex.sh")).decision == .deny)
        #expect(Fixture.dev.evaluate(Fixture.exec("ansible web -i staging.ini -m copy -a 'src=a dest=/tmp/a'")).decision == .deny)
    }

    // MARK: Substitutions

    /// A substitution's command runs first: the environment it names and what it does count.
    static let substitutionNamesProduction: [String] = [
        "psql \"$(neonctl connection-string main --project-id shop-prod)\" -c 'select 1'",
        "redis-cli -u \"$(doppler secrets get REDIS_URL --plain -c prd)\" ping",
        "mysql -h \"$(terraform -chdir=envs/prod output -raw db_host)\" -e 'show tables'",
    ]

    @Test(arguments: substitutionNamesProduction) func aSubstitutionNamesTheEnvironment(_ line: String) {
        Fixture.expectNamesProduction(line)
    }

    @Test func aSubstitutionNeverMakesACommandARead() {
        #expect(Fixture.dev.evaluate(Fixture.exec("wc -l $(rm -rf ~/Projects)")).decision >= .ask)
        // A text tool's words, and backquotes, are data.
        #expect(Fixture.dev.evaluate(Fixture.exec("echo '$(git reset --hard)'")).decision <= .audit)
        #expect(Fixture.dev.evaluate(Fixture.exec("git commit -m \"docs: never run `git reset --hard` here\"")).decision <= .audit)
        #expect(Fixture.dev.evaluate(Fixture.exec("kill $(cat tmp/pids/server.pid)")).decision <= .audit)
        #expect(Fixture.dev.evaluate(Fixture.exec("./deploy.sh staging \"$(git rev-parse HEAD)\"")).decision == .deny)
        #expect(CompiledPolicy.substitutions(in: "a$(b $(c) d)e`f`$((1+2))$(g") == ["b $(c) d", "g"])
    }

    // MARK: Paths that stand for many files

    // One named file's uncommitted changes are as lost as many files' (ThirteenthClassesTests).
    static let manyFiles: [String] = [
        "git checkout -- '*.snap'", "git restore -- 'src/**/*.ts'", "git ls-files -m | xargs -I{} git checkout -- {}",
        "git restore \"$(git diff --name-only)\"", "git checkout -- package.json", "git restore src/app.ts",
    ]
    static let oneFileOrStaged: [String] = [
        "git restore --staged '*.ts'", "git checkout feature/login",
    ]

    @Test(arguments: manyFiles) func aPathForManyFilesDiscardsTheirChanges(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    @Test(arguments: oneFileOrStaged) func oneFileOrTheIndexIsTheAgentsOwn(_ line: String) {
        Fixture.expectDoesNotDestroy(line)
    }

    // MARK: Targets

    /// A connection URI, a client's named connection, and a parameter's or secret's
    /// hierarchical name name the environment.
    static let namesProduction: [String] = [
        "mongoimport --uri mongodb://app@mongo-prod-2.shop.internal/shop -c items --file items.json",
        "snowsql -c production -q 'select 1'", "aws ssm get-parameters --names /production/api/STRIPE_KEY",
        "aws ssm get-parameters-by-path --path /prod/worker/ --recursive", "aws secretsmanager get-secret-value --secret-id prod/api/db",
    ]
    static let namesNoOther: [String] = [
        "aws ssm get-parameters-by-path --path /dev/api/ --recursive", "snowsql -c sandbox -q 'select 1'",
        "mongoexport --uri mongodb://localhost/shop_dev -c users --out users.json",
    ]

    @Test(arguments: namesProduction) func theseNameProduction(_ line: String) {
        Fixture.expectNamesProduction(line)
    }

    @Test(arguments: namesNoOther) func theseNameNoOtherEnvironment(_ line: String) {
        Fixture.expectNamesNoOtherEnvironment(line)
    }
}
