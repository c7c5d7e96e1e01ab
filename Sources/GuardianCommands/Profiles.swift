import ArgumentParser
import Foundation
import GuardianEvents
import GuardianPolicy

extension Guardian {
    struct Profiles: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "profiles",
            abstract: "List, show and lint policy profiles.",
            discussion: """
                Profiles are looked up by name in <config>/profiles, then /etc/guardian/profiles, \
                then the built-in profiles (dev, staging, production).

                Examples:
                  guardian profiles list
                  guardian profiles show staging
                  guardian profiles lint ./my-profile.yaml
                """,
            subcommands: [List.self, Show.self, Lint.self])

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List the profiles Guardian can use.")
            func run() throws {
                let paths = GuardianPaths.fromEnvironment()
                let library = ProfileLibrary(userDirectory: paths.config + "/profiles", systemDirectory: "/etc/guardian/profiles")
                for (name, source) in library.listNames() {
                    print("\(name)\t\(source)")
                }
            }
        }

        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a profile's rules, with everything it extends.")
            @Argument(help: "Profile name or file.") var name: String
            func run() throws {
                let loaded = try Guardian.loadPolicy(profile: name, project: FileManager.default.currentDirectoryPath)
                guard let policy = loaded.engine as? CompiledPolicy else { return }
                print("profile: \(policy.profileName)  environment: \(policy.environmentName)  source: \(loaded.source)")
                for rule in policy.ruleSummaries {
                    print("  \(rule.decision.description.padding(toLength: 5, withPad: " ", startingAt: 0))  \(rule.id): \(rule.reason)")
                }
            }
        }

        struct Lint: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "lint",
                abstract: "Check a profile file: YAML, keys, regexes, extends and every rule's examples.",
                discussion: "Prints file:line:column: message for each problem and exits 1 when there is one.")
            @Argument(help: "The profile file.") var file: String
            func run() throws {
                let paths = GuardianPaths.fromEnvironment()
                let path = SystemPaths.absolute(file)
                let context = PolicyContext(home: paths.home, projectDirectory: FileManager.default.currentDirectoryPath, configDirectory: paths.config)
                do {
                    let compiled = try PolicyLoader.compile(path, context: context)
                    print("\(path): ok (\(compiled.policy.ruleSummaries.count) rules)")
                } catch let error as PolicyError {
                    print(error.message)
                    throw ExitCode.failure
                }
            }
        }
    }
}
