import Testing
@testable import GuardianPolicy

/// The classes the sixty-ninth and seventieth held-out corpora's misses named, table by table:
/// each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct SixtyNinthClassesTests {
    /// `-?` asks for help (Flyway, Liquibase, psql, mysql, sqlcmd): nothing runs.
    static let questionMarkHelp: [String] = [
        "flyway -configFiles=conf/quarry.conf clean -?",
        "psql -?",
        "mysqladmin drop quarry_dev -?",
        "sqlcmd -?",
    ]
    @Test(arguments: questionMarkHelp) func aQuestionMarkAsksForHelp(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func withoutItTheCommandRuns() {
        #expect(Fixture.dev.evaluate(Fixture.exec("flyway -configFiles=conf/quarry.conf clean")).decision >= .ask)
        #expect(Fixture.dev.evaluate(Fixture.exec("mysqladmin drop quarry_dev")).decision >= .ask)
    }

    /// A file's own name matched by a build-output pattern (`*.tsbuildinfo`, `*.tfplan`) is
    /// build output, in a glob's directories too.
    static let buildOutputNames: [String] = [
        "rm -f apps/*/tsconfig.app.tsbuildinfo",
        "rm -f envs/*/quarry.tfplan",
        "rm -rf libs/*/out libs/*/tsconfig.build.tsbuildinfo",
        "rm -f modules/*/tfplan",
    ]
    @Test(arguments: buildOutputNames) func aNameABuildMakesIsNotDestroyed(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    static let otherNames: [String] = [
        "rm -f apps/*/tsconfig.json",
        "rm -f envs/*/terraform.tfvars",
        // An audit log is kept, whatever its pattern (`*.log` is for isLogOrScratch to read).
        "rm -f services/*/audit.log",
        // A directory named like a dependency file (`conf.d`) is configuration.
        "rm -rf /etc/*/conf.d",
    ]
    @Test(arguments: otherNames) func otherNamesInAGlobStillDestroy(_ line: String) { Fixture.expectDestroys(line) }

    /// `git reset --keep` to another commit drops the commits after it from the branch.
    static let keepResets: [String] = [
        "git reset --keep HEAD~2",
        "git reset --keep origin/main",
        "git reset --keep 4f2a9c1",
    ]
    @Test(arguments: keepResets) func aKeepResetToAnotherCommitDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let keptResets: [String] = [
        "git reset --keep",
        "git reset --keep HEAD",
        "git reset --soft HEAD~2",
        "git reset HEAD~1",
    ]
    @Test(arguments: keptResets) func otherResetsKeepTheWork(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A comment is not run: its words decide nothing.
    static let comments: [String] = [
        "psql -d quarry_dev -f db/seed.sql # seed.sql starts with DROP TABLE IF EXISTS users",
        "ls -la build/ # then rm -rf ~/projects",
        "cargo test;# git push --force origin main",
    ]
    @Test(arguments: comments) func aCommentsWordsDecideNothing(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    static let notComments: [String] = [
        // `#` inside a word is a character, not a comment.
        "psql -d quarry_dev -c 'DROP TABLE users'#note",
        "echo start; rm -rf data/ # cleanup",
    ]
    @Test(arguments: notComments) func aHashInsideAWordOrAfterTheCommandDecidesNothingAway(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test func aCommentEndsAtItsLine() {
        #expect(ShellWords.split("a # b c\nd") == ["a", "d"])
        #expect(ShellWords.split("curl https://docs.quarry.io/#/api x") == ["curl", "https://docs.quarry.io/#/api", "x"])
        #expect(ShellWords.split("echo ${#items} $#") == ["echo", "${#items}", "$#"])
    }

    /// Only a `<<` the shell reads opens a heredoc: the lines after a quoted or commented one
    /// are commands, and decided.
    @Test func aQuotedOrCommentedHeredocOpensNone() {
        #expect(CompiledPolicy.splitScript("echo '<<X'\nrm -rf data\nX").contains(["rm", "-rf", "data"]))
        #expect(CompiledPolicy.splitScript("true # <<X\nrm -rf data\nX").contains(["rm", "-rf", "data"]))
        #expect(!CompiledPolicy.splitScript("cat <<X\nrm -rf data\nX").contains(["rm", "-rf", "data"]))
        #expect(!CompiledPolicy.splitScript("psql \"$URL\" <<'SQL'\nrm -rf data\nSQL").contains(["rm", "-rf", "data"]))
    }

    /// The AWS CLI's skeleton sends no request, whatever the action.
    static let skeletons: [String] = [
        "aws s3api delete-bucket --generate-cli-skeleton",
        "aws rds delete-db-instance --generate-cli-skeleton yaml-input",
        "aws ec2 terminate-instances --generate-cli-skeleton output --instance-ids i-0abc",
    ]
    @Test(arguments: skeletons) func aSkeletonSendsNoRequest(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func theActionItselfDestroys() {
        Fixture.expectDestroys("aws s3api delete-bucket --bucket quarry-dev-exports")
    }

    /// sed deleting lines in place from an access list revokes what they let in.
    static let revocations: [String] = [
        "sed -i '/ci-runner@quarry/d' ~/.ssh/authorized_keys",
        "sed -i.bak -e '/machine api.quarry.io/,+2d' ~/.netrc",
        "sed -i '3d' /etc/nginx/.htpasswd",
        "sed --in-place '\\#old-key#d' /home/deploy/.ssh/authorized_keys",
    ]
    @Test(arguments: revocations) func anAccessListsEntriesDeletedDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let otherEdits: [String] = [
        "sed -i '/^#/d' config/app.ini",
        "sed -n '/quarry/p' ~/.ssh/authorized_keys",
        "sed -i 's/ssh-rsa/ssh-ed25519/' notes/keys.md",
        "sed 's/^/# /' ~/.netrc",
    ]
    @Test(arguments: otherEdits) func otherEditsDoNotRevoke(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// A directory named for its data by its last word, or MinIO's data, removed.
    static let dataDirectories: [String] = [
        "rm -rf var/quarry-uploads",
        "rm -rf ./nightly_backups",
        "rm -rf .local/minio",
        "rm -rf docker/minio/quarry-media",
    ]
    @Test(arguments: dataDirectories) func aDirectoryNamedForItsDataDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let notDataDirectories: [String] = [
        "rm -rf node_modules/minio",
        "rm -rf vendor/bundle/ruby/3.3.0/gems/data-0.1",
        "rm -rf uploads-cache/tmp",
        "rm -rf src/components/upload-form",
        // Scratch space, whatever it is named for.
        "rm -rf tmp/quarry-exports",
    ]
    @Test(arguments: notDataDirectories) func packagesAndOtherDirectoriesAreNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Fossil's and Mercurial's cleans delete untracked files; their listings do not.
    static let vcsCleans: [String] = [
        "fossil clean --force",
        "fossil clean --verily",
        "hg purge --all",
        "hg purge",
    ]
    @Test(arguments: vcsCleans) func anotherVersionControlsCleanDestroys(_ line: String) { Fixture.expectDestroys(line) }
    static let vcsListings: [String] = [
        "fossil clean --dry-run",
        "fossil extras",
        "hg purge --print",
        "hg status --unknown",
    ]
    @Test(arguments: vcsListings) func theirListingsDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Refspecs a substitution prints with `:` in front, pushed: deletes.
    static let substitutedDeletes: [String] = [
        "git push origin $(git for-each-ref --format='%(refname:short)' refs/heads/exp | sed 's|^|:|')",
        "git push upstream $(git branch -r --merged | grep upstream/tmp- | sed -e 's@^ *upstream/@@' -e 's@^@:@')",
        "git push origin $(git tag -l 'rc-*' | awk '{print \":\"$1}')",
    ]
    @Test(arguments: substitutedDeletes) func substitutedDeleteRefspecsDestroy(_ line: String) { Fixture.expectDestroys(line) }
    static let substitutedPushes: [String] = [
        "git push origin $(git branch --show-current)",
        "git push -u origin $(git rev-parse --abbrev-ref HEAD | sed 's/^feature-/feat-/')",
    ]
    @Test(arguments: substitutedPushes) func otherSubstitutedPushesDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    // MARK: From a probe of hard negatives (documented forms kept out of the corpora)

    /// After a verb that only looks, a name of several words is what it looks at.
    static let lookedAtNames: [String] = [
        "gcloud scheduler jobs describe nightly-purge-exports --location=us-east1",
        "argocd app get quarry-teardown",
        "docker logs quarry-db-reset --since 10m",
        "vault policy read quarry-no-delete",
        "nomad job status cleanup-orphans",
        "az storage account show --name quarrywipetest",
    ]
    @Test(arguments: lookedAtNames) func aNameAfterALookingVerbIsLookedAt(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    static let verbsAfterLooking: [String] = [
        "gcloud logging logs delete quarry-audit",
        "argocd app delete quarry-teardown",
        "nomad job stop -purge cleanup-orphans",
    ]
    @Test(arguments: verbsAfterLooking) func aDestroyingVerbStillDestroys(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    /// A lone plural noun lists: the values of its options are names.
    @Test func aListingsOptionValuesAreNames() {
        Fixture.expectAllowedUnderDev("restic snapshots --tag pre-wipe --host quarry-ci")
        Fixture.expectAllowedUnderDev("borgmatic --verbosity 1 archives --match-archives sh:purge-*")
    }

    /// Tools' own dry runs and test modes.
    static let ownDryRuns: [String] = [
        "dpkg --dry-run --remove quarry-agent",
        "dpkg --simulate --purge libquarry0",
        "ldapmodify -n -x -D cn=admin,dc=quarry,dc=test -W -f remove-users.ldif",
        "salt-call state.apply teardown test=True",
    ]
    @Test(arguments: ownDryRuns) func aToolsOwnDryRunChangesNothing(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    static let withoutDryRun: [String] = [
        "dpkg --purge libquarry0",
        "ldapdelete -x -D cn=admin,dc=quarry,dc=test -W uid=ci,ou=people,dc=quarry,dc=test",
    ]
    @Test(arguments: withoutDryRun) func withoutItTheyDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }

    /// dd that discards what it reads; dd that writes a device.
    @Test func ddToNowhereReads() {
        Fixture.expectAllowedUnderDev("dd if=/dev/nvme0n1 of=/dev/null bs=4M count=256 status=progress")
        #expect(Fixture.dev.evaluate(Fixture.exec("dd if=/dev/zero of=/dev/nvme0n1 bs=4M count=1")).decision == .deny)
        #expect(Fixture.dev.evaluate(Fixture.exec("dd if=/dev/zero of=/dev/null of=/dev/nvme0n1 bs=4M")).decision == .deny)
    }

    /// A manual looked up shows documentation.
    static let manuals: [String] = ["apropos partition", "whatis wipefs", "Get-Help Clear-Disk -Full", "tldr shred"]
    @Test(arguments: manuals) func aManualShowsDocumentation(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// Generated code removed: its generator writes it again.
    static let generatedCode: [String] = [
        "rm -f api/gen/*.pb.go",
        "rm -f proto/quarry/v1/*_pb2.py proto/quarry/v1/*_pb2_grpc.py",
        "rm lib/models/*.g.dart lib/models/*.freezed.dart",
    ]
    @Test(arguments: generatedCode) func generatedCodeRemovedIsNotDestroyed(_ line: String) { Fixture.expectDoesNotDestroy(line) }
    @Test func handWrittenCodeStillDestroys() {
        Fixture.expectDestroys("rm -f api/handlers/*.go")
    }

    /// A flag that drops a cache (`--reset-cache`) drops what is made again.
    static let cacheFlags: [String] = [
        "npx expo start --reset-cache",
        "quarry-dev serve --purge-cache",
        "sphinx-autobuild docs _build --clear-build",
    ]
    @Test(arguments: cacheFlags) func aCacheFlagIsNotADestroy(_ line: String) { Fixture.expectAllowedUnderDev(line) }
    @Test func aDataFlagStillIs() {
        #expect(Fixture.dev.evaluate(Fixture.exec("quarry-dev serve --reset-data")).decision >= .ask)
    }
}
