import Testing
@testable import GuardianPolicy

/// The classes the fourteenth held-out corpus's destroying and benign misses named, table by
/// table, with lines written for each mechanism (other tools, several made up: `docstore`,
/// `kbctl`), not taken from any corpus.
struct FourteenthClassesTests {
    // MARK: Tools whose words are packages or targets, destroying all the same

    static let toolsDestroy: [String] = [
        "nix-collect-garbage --delete-older-than 30d", "nix-env -p ~/.nix-profile --delete-generations 3 4", "nix profile wipe-history",
        "tmux kill-server", "tmux kill-session -a -t review", "screen -S build -X quit", "rclone sync ./public r2:www-assets",
        "rclone dedupe --dedupe-mode oldest box:Scans", "salt-key -D", "salt-key -d web-7 -y", "salt 'db*' cmd.run 'dropdb reporting'",
    ]
    static let toolsDoNot: [String] = [
        "nix-collect-garbage", "nix-env -q", "tmux new -s review", "tmux ls", "screen -ls", "rclone copy ./public r2:www-assets",
        "rclone sync --dry-run ./public r2:www-assets", "rclone rmdirs --leave-root box:Scans", "salt-key -L", "salt 'db*' cmd.run 'df -h'",
    ]

    @Test(arguments: toolsDestroy) func theseDestroy(_ line: String) { #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)") }
    @Test(arguments: toolsDoNot) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Deletes that only list without their confirming flag

    static let onlyLists: [String] = [
        "kopia snapshot delete k1a2b3", "kopia snapshot expire --all", "duplicity remove-all-but-n-full 2 file:///srv/backup",
        "duplicity cleanup sftp://backup@vault-1//srv/home",
    ]
    static let deletes: [String] = [
        "kopia snapshot delete k1a2b3 --delete", "duplicity remove-older-than 1Y --force file:///srv/backup", "tarsnap --nuke -f archive",
    ]

    @Test(arguments: onlyLists) func withoutTheirFlagTheyList(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: deletes) func withItTheyDestroy(_ line: String) { Fixture.expectDestroys(line) }

    // MARK: A database emptied before it is filled, every migration undone, a dump rolled back

    static let reloads: [String] = [
        "php bin/console doctrine:fixtures:load --no-interaction", "drush si minimal -y", "php bin/console doctrine:migrations:migrate first",
        "hasura migrate apply --down all", "bin/shopctl setup:rollback --db-file 20240101_db.sql", "dataload import --replace-all backup.zip",
        "surreal sql --endpoint http://127.0.0.1:8000 <<< 'DELETE sessions;'",
    ]
    static let doesNotReload: [String] = [
        "php bin/console doctrine:fixtures:load --append", "drush status", "php bin/console doctrine:migrations:migrate",
        "hasura migrate apply --down 1", "bin/shopctl setup:rollback --help", "surreal sql <<< 'SELECT * FROM sessions;'",
    ]

    @Test(arguments: reloads) func emptyingFirstDestroys(_ line: String) { Fixture.expectDestroys(line) }
    @Test(arguments: doesNotReload) func appendingOrOneStepDoesNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: Items deleted one by one; stored resources on this machine

    static let items: [String] = [
        "docstore records delete users --ids 4,5", "kbctl documents delete kb-1 doc-9", "wp comment delete 42",
        "curl -X DELETE http://localhost:7700/indexes/movies/documents/25684", "curl -X DELETE 'http://127.0.0.1:5984/shop/order-1?rev=2-abc'",
        "aws kms cancel-key-deletion --key-id 0f1e", "aws sqs receive-message --queue-url https://sqs.eu-west-1.amazonaws.com/1/jobs-staging",
    ]
    static let stores: [String] = [
        "curl -X DELETE http://localhost:8080/v1/schema/Invoice", "curl -X DELETE http://127.0.0.1:3000/api/dashboards/uid/abc",
        "curl -X DELETE localhost:7700/indexes/movies", "wp post delete $(wp post list --format=ids) --force", "docstore records delete users --all",
        "curl -X DELETE https://api.example.com/v1/items/3",
    ]

    @Test(arguments: items) func oneItemIsAWrite(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test(arguments: stores) func aStoresResourceOrEveryItemDestroys(_ line: String) { Fixture.expectDestroys(line) }
}
