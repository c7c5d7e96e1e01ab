import Foundation
import Testing
@testable import GuardianPolicy

/// Classes of tools that no family grammar knows, table by table: each class with lines that
/// must get it and lines that must not. (The classes the third held-out corpus's misses named:
/// colon paths, verbs outside the vocabulary, package registries, target options and arguments
/// of unknown programs, tools' own dry runs.)
struct ToolSpellingTests {
    static func op(_ line: String) -> CommandOperation? { CommandModelTests.op(line) }

    // MARK: Operations

    static let destroy: [String] = [
        // A destroying verb inside a colon path.
        "dokku apps:destroy myapp", "dokku postgres:destroy db --force", "upsun environment:delete feature-x",
        "twilio api:core:messages:remove --sid SM123",
        // A verb in the program's own name.
        "lvremove -f vg00/lvol1", "vgremove vg01", "pvremove /dev/sdb1",
        // Verbs outside the first vocabulary, and teardown with deletion.
        "restic -r /srv/repo forget --keep-last 1 --prune", "kopia-like snapshots forget k1", "tilt down --delete-namespaces",
        "devenv stop --remove-volumes", "backup-tool expire --prune",
        // A package registry's remote destroy.
        "npm unpublish my-package@1.0.0", "pnpm unpublish my-package@1.0.0", "yarn npm unpublish", "gem yank mygem -v 1.0.0",
        "cargo yank --version 1.0.1 mycrate", "dotnet nuget delete My.Package 1.0.0", "nuget delete My.Package 1.0.0",
        "mix hex.publish --revert 1.0.0", "extpub unpublish acme.extension",
    ]

    static let notDestroy: [String] = [
        "dokku apps:list", "dokku config:get myapp KEY", "dokku ps:restart myapp", "upsun environment:list",
        "lvs", "lvcreate -L 1G -n data vg01", "vgs",
        "restic -r /srv/repo snapshots", "tilt down", "tilt up", "devenv stop",
        "npm publish", "npm uninstall left-pad", "cargo yank --undo --version 1.0.1 mycrate", "gem push mygem-1.0.0.gem",
        "dotnet nuget push My.Package.1.0.0.nupkg", "mix hex.publish", "yarn npm publish", "extpub publish",
    ]

    @Test(arguments: destroy) func destroys(_ line: String) { Fixture.expectDestroys(line) }

    @Test(arguments: notDestroy) func doesNotDestroy(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A tool's own dry run: a read that changes nothing, allowed under dev.
    static let ownDryRuns: [String] = [
        "zfs destroy -nv tank/home@monday", "zfs destroy -n -r tank/home", "zpool create -n tank mirror sda sdb",
        "gsutil rsync -n -d ./dist gs://bucket", "gsutil rsync -nd ./dist gs://bucket",
        "alembic downgrade base --sql", "flask db downgrade --sql",
        "mongorestore --drop --dryRun dump/", "git filter-repo --analyze", "git filter-repo --dry-run --path x --invert-paths",
        "wipefs /dev/sdb", "wipefs -n -a /dev/sdb", "wipefs --no-act --all /dev/sdb",
        "lvremove -t vg00/lvol1", "vgremove --test vg01",
    ]

    static let notDryRuns: [String] = [
        "zfs destroy -r tank/home", "gsutil rsync -d ./dist gs://bucket", "alembic downgrade base", "mongorestore --drop dump/",
        "git filter-repo --path x --invert-paths", "wipefs -a /dev/sdb", "wipefs --all /dev/sdb", "lvremove vg00/lvol1",
    ]

    @Test(arguments: ownDryRuns) func ownDryRun(_ line: String) {
        #expect(Self.op(line)?.harmless == true, "\(line): \(String(describing: Self.op(line)))")
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision <= .audit, "\(line)")
    }

    @Test(arguments: notDryRuns) func notOwnDryRun(_ line: String) {
        #expect(Self.op(line)?.harmless != true, "\(line)")
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    // MARK: Targets of programs no list knows

    /// Lines that name production: a staging session denies them.
    static let production: [String] = [
        // Environment options when the verb acts.
        "skaffold run -p production", "sam deploy --config-env prod", "dbt run --target prod", "databricks bundle deploy -t prod",
        "eas update --branch production", "meltano --environment=prod run tap-x target-y", "mytool deploy --stage=production",
        // Arguments of a deploy-type verb, before or after it.
        "dep deploy production", "zappa update production", "eb deploy myapp-prod", "mina production deploy",
        // Where it connects, whatever the verb.
        "dokku --app myapp-production ps:restart", "nomad job run -address=https://nomad.prod.example.com:4646 job.nomad",
        "liquibase --url=jdbc:postgresql://db.production.internal:5432/app update", "kubetool --context prod-cluster",
        // Salt's target expressions.
        "salt -G 'env:production' state.apply", "salt 'prod-*' test.ping", "salt -C 'G@env:prod and web*' state.apply",
    ]

    /// Lines that name no other environment, or build for one on this machine.
    static let noTarget: [String] = [
        // (Not `eas build --profile production`: EAS builds in Expo's service with the
        // production profile's variables and credentials, and can submit; TwentyEighthClassesTests.)
        "ng build --configuration production", "hugo --environment production",
        "webpack --env production", "vite build --mode production", "dbt compile --target prod", "mytool test --env production",
        "docker build --target production -t app .", "databricks bundle validate -t prod", "ansible-lint playbooks/production.yml", "skaffold run -p dev",
        "dep deploy", "salt '*' test.ping", "mytool deploy --stage=dev",
    ]

    /// A wrapper that runs a command with an environment's credentials does what that command
    /// does: reading a staging resource is allowed under dev, acting on production is not.
    static let wrappedStagingReads: [String] = ["aws-vault exec staging -- kubectl get pods", "aws-vault exec stg -- aws s3 ls"]
    static let wrappedOthers: [String] = ["aws-vault exec staging -- kubectl delete pod api-1", "aws-vault exec prod -- aws s3 ls", "aws-vault exec staging -- kubectl apply -f k8s/"]

    @Test(arguments: wrappedStagingReads) func wrappedStagingRead(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.environment == "staging" && e.decision <= .audit, "\(line): \(e.decision) \(String(describing: e.environment))")
    }

    @Test(arguments: wrappedOthers) func wrappedOther(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    @Test(arguments: production) func namesProduction(_ line: String) {
        let e = Fixture.staging.evaluate(Fixture.exec(line))
        #expect(e.environment == "production", "\(line): \(String(describing: e.environment))")
        #expect(e.decision == .deny, "\(line)")
        #expect(e.targetSource != nil, "\(line)")
    }

    @Test(arguments: noTarget) func namesNoOtherEnvironment(_ line: String) {
        let e = Fixture.dev.evaluate(Fixture.exec(line))
        #expect(e.environment == nil || e.environment == "dev", "\(line): \(String(describing: e.environment)) \(String(describing: e.targetSource))")
        #expect(!e.matches.contains { $0.id == "environment.other" }, "\(line)")
    }
}
