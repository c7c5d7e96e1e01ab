import Testing
@testable import GuardianPolicy

/// The classes the thirty-first held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct ThirtyFirstClassesTests {
    /// A line as typed keeps a `$( … )` in one word, as the shell does: the assignments in
    /// front of a command are taken off whole (the incident's shape, a token read from a CLI's
    /// configuration into a variable, then the request), and a loop over what a substitution
    /// prints is read as its commands.
    static let substitutedAndDestroying: [String] = [
        #"API_TOKEN=$(jq -r .auth.token ~/.config/hostctl/config.json) curl -s https://api.hostctl.dev/graphql -H "Authorization: Bearer $API_TOKEN" -d '{"query":"mutation { serviceDelete(id: \"svc-7\") }"}'"#,
        #"TOKEN="$(yq .token ~/.config/deployer.yml)" curl -X DELETE -H "Authorization: Bearer $TOKEN" https://api.deployer.io/v1/databases/db-42"#,
        #"for b in $(git branch -r --merged | grep -v main | sed 's#origin/##'); do git push origin --delete "$b"; done"#,
    ]
    static let substitutedAndNot: [String] = [
        "VERSION=$(git describe --tags --always) make build", "TS=$(date +%s) npm test -- --runInBand",
        #"GIT_SHA="$(git rev-parse --short HEAD)" docker compose build api"#,
        "for f in $(git diff --name-only main); do npx prettier --check \"$f\"; done",
    ]

    @Test(arguments: substitutedAndDestroying) func substitutedLinesDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: substitutedAndNot) func substitutedLinesThatDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// Production named where a line as typed takes its connection from: another variable
    /// named for it, a command substitution's file or command, or a branch a push goes to.
    static let production: [String] = [
        "DATABASE_URL=$SHOP_PROD_DATABASE_URL npm run db:migrate", "REDIS_URL=${PRODUCTION_REDIS_URL} bundle exec sidekiq",
        "PGHOST=$PRD_PGHOST psql -c 'select count(*) from orders'",
        "DATABASE_URL=$(grep ^DATABASE_URL= config/prod.env | cut -d= -f2-) node scripts/reindex.js",
        "DATABASE_URL=$(heroku config:get DATABASE_URL -a shop-production) bin/rails db:migrate:status",
        "git push origin main:production", "git push upstream HEAD:refs/heads/prod", "git push --force-with-lease origin release:live",
        // A bare push after the line checked the branch out pushes that branch.
        "git switch prod && git rebase main && git push", "git checkout -B production origin/production && git push origin",
    ]
    static let noOtherEnvironment: [String] = [
        "DATABASE_URL=$TEST_DATABASE_URL npm test", "DATABASE_URL=$(cat .env.test | grep DATABASE_URL | cut -d= -f2-) npx prisma migrate dev",
        "git push origin feature/production-banner", "git push origin prod-hotfix-42", "git push -u origin HEAD",
        "git checkout main && git push", "git checkout production && git checkout main && git push",
    ]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: noOtherEnvironment) func theseDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// A file emptied: truncated to nothing, or given the shell's redirection of nothing or a
    /// copy of /dev/null. A log, captured output, scratch or placeholder file emptied is
    /// housekeeping, and a size that is not zero keeps the content.
    static let emptied: [String] = [
        "truncate -s 0 data/orders.csv", "truncate --size=0 config/app.yml", ": > src/app/settings.py", "> db/seeds.rb",
        "cp /dev/null data/users.csv", "cat /dev/null > docs/runbook.md", "printf '' > fixtures/customers.json",
    ]
    static let emptiedHousekeeping: [String] = [
        "truncate -s 0 log/development.log", ": > nohup.out", "> /tmp/out.json", ": > pkg/__init__.py", "cat /dev/null > logs/worker.txt",
        "truncate -s 1G disk.img", "echo done > status.txt", "truncate -s 0 tmp/cache/bootsnap.json",
    ]

    @Test(arguments: emptied) func emptiedFilesAreDestroyed(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: emptiedHousekeeping) func housekeepingIsNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Keys that hold a queue's, a dead set's or a ledger's data deleted; a cache entry, a
    /// lock or a rate limit is made again, and reading a queue changes nothing.
    static let queuesDeleted: [String] = [
        "redis-cli DEL app:queue:default", "valkey-cli UNLINK sidekiq:dead", "redis-cli -n 1 DEL orders:outbox", "redis-cli DEL bull:emails:wait bull:emails:delayed bull:emails:jobs",
    ]
    static let keysMadeAgain: [String] = [
        "redis-cli DEL cache:home", "redis-cli DEL lock:import", "redis-cli UNLINK ratelimit:203.0.113.9", "redis-cli LLEN app:queue:default",
    ]

    @Test(arguments: queuesDeleted) func queuesDeletedAreDestroyed(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: keysMadeAgain) func keysMadeAgainAreNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Every identity the ssh agent holds removed; the server, every other session or the
    /// current one killed. One other named session killed is a job stopped.
    static let sessionsAndIdentities: [String] = ["ssh-add -D", "tmux kill-server", "tmux kill-session", "tmux kill-session -a -t main", "tmux kill-window -a"]
    static let stoppedOrListed: [String] = ["ssh-add -l", "ssh-add ~/.ssh/id_ed25519", "tmux kill-session -t review", "tmux kill-window -t 3", "tmux ls"]

    @Test(arguments: sessionsAndIdentities) func theseEndOthersWork(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: stoppedOrListed) func theseStopOrList(_ line: String) { Fixture.expectDoesNotDestroy(line) }
}
