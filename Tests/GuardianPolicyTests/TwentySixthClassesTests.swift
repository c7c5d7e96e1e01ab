import Testing
@testable import GuardianPolicy

/// The classes the twenty-sixth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, spellings and options), not taken from any corpus.
struct TwentySixthClassesTests {
    /// A database migration undone, one step or several, where the words or the program say
    /// migrations; an item of a password manager deleted; access revoked; a branch moved by
    /// force; a resource's `--cleanup`.
    static let destroying: [String] = [
        "bin/rails db:migrate:down VERSION=20230101000000", "bundle exec rake db:rollback", "mix ecto.rollback -n 1",
        "npx knex migrate:rollback", "yarn typeorm migration:revert", "goose -dir db/migrations postgres \"$DSN\" down",
        "dbmate rollback", "sqitch revert -y db:pg:shop_dev", "dotnet ef migrations remove --force --project src/Shop.Data",
        "bw delete item 5f3c1a2e", "lpass rm 'shop/dev stripe key'", "gcloud auth revoke --all", "npm access revoke @acme:interns @acme/ui",
        "git branch --force release origin/release~2", "lando db-snapshot --cleanup",
    ]
    static let notDestroying: [String] = [
        "bin/rails db:migrate", "bundle exec rake db:migrate:status", "npx knex migrate:list", "yarn typeorm migration:show",
        "alembic downgrade -1 --sql", "helm rollback api 3 -n shop", "vault kv rollback -version=2 secret/shop/api", "npm run db:test:down",
        "dotnet ef migrations remove", "bw list items --search stripe", "npm access list packages @acme", "git branch --list 'release/*'",
        "git branch -m old-name new-name", "git branch feature/x origin/main", "atlas migrate diff drop_orders_index --env local",
    ]

    @Test(arguments: destroying) func theseDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: notDestroying) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Production named by a task's script whose name says what it does with the environment's
    /// data (a seed), and by Django's `--settings` module.
    static let production: [String] = [
        "MIX_ENV=prod mix run priv/repo/seeds.exs", "NODE_ENV=production node scripts/seeds.js",
        "python manage.py migrate --settings=shop.settings.production", "django-admin showmigrations --settings shop.settings.prod",
    ]
    static let elsewhere: [String] = [
        "MIX_ENV=dev mix run priv/repo/seeds.exs", "python manage.py migrate --settings=shop.settings.local",
        "MIX_ENV=prod mix compile", "python manage.py check --deploy --settings=shop.settings.production",
    ]

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: elsewhere) func theseActNowhereElse(_ line: String) {
        #expect(Fixture.staging.evaluate(Fixture.exec(line)).decision != .deny, "\(line)")
    }
}
