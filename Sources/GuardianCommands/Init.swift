import ArgumentParser
import Foundation
import GuardianEvents

extension Guardian {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Show where Guardian keeps profiles, assignments and events; create the config directory.",
            discussion: """
                Creates the config directory and profiles/example.yaml — a commented profile \
                that extends the built-in dev profile — when they are missing, and prints what \
                lives where and what to do next. Running it again changes nothing. Set \
                GUARDIAN_CONFIG or GUARDIAN_HOME to use other directories.

                Examples:
                  guardian init
                  GUARDIAN_CONFIG=/etc/guardian guardian init
                """)

        func run() throws {
            let paths = GuardianPaths.fromEnvironment()
            let profiles = paths.config + "/profiles"
            let example = profiles + "/example.yaml"
            let fm = FileManager.default
            var actions: [String] = []
            do {
                if !fm.fileExists(atPath: profiles) {
                    try fm.createDirectory(atPath: profiles, withIntermediateDirectories: true)
                    actions.append("created \(profiles)/")
                }
                if !fm.fileExists(atPath: example) {
                    try Self.exampleProfile.write(toFile: example, atomically: true, encoding: .utf8)
                    actions.append("created \(example)")
                }
            } catch {
                FileHandleOut.stderr("guardian: cannot create \(profiles): \(error.localizedDescription) — set GUARDIAN_CONFIG to a writable directory\n")
                throw ExitCode(125)
            }
            print(Self.explanation(paths: paths))
            print("")
            print(actions.isEmpty ? "Nothing to do: \(paths.config) is already set up." : actions.joined(separator: "\n"))
            print("""

                Next steps:
                  guardian doctor                         # can this machine enforce?
                  guardian profiles lint \(example)
                  guardian check --profile example -- rails db:reset
                  guardian run -- claude                  # the built-in dev profile; no configuration needed
                  guardian tail -f                        # in another terminal: every decision, live
                """)
        }

        static func explanation(paths: GuardianPaths) -> String {
            """
            Guardian keeps:
              your profiles        \(paths.config)/profiles/NAME.yaml
                                   then /etc/guardian/profiles/, then the built-in dev, staging, production
              project assignments  \(paths.config)/assignments.json  (guardian assign DIR PROFILE)
              events               \(paths.events)/SESSION.jsonl  (guardian tail, guardian verify)
            Override with GUARDIAN_CONFIG (config) and GUARDIAN_HOME (state and events).
            """
        }

        static let exampleProfile = """
            # An example Guardian profile. Copy it to a name of your own, edit it, then:
            #   guardian profiles lint ~/.config/guardian/profiles/NAME.yaml
            #   guardian check --profile NAME -- rails db:reset
            #   guardian assign ~/src/project NAME     # `guardian run` there uses it
            # Every key is described in docs/PROFILES.md.
            name: example
            description: Everything the built-in dev profile decides, plus one rule of your own.
            # Include the rules, credential protections and environments of the built-in dev profile.
            extends: [dev]
            rules:
              - id: example.db-reset
                reason: db:reset wipes the shared development database
                decision: deny              # allow, audit, ask or deny; the strictest match wins
                exec:
                  program: [rails, rake]    # basename, absolute path, or sha256:HEX
                  args: ["db:reset*"]       # some argument matches one of these globs
                # Checked by `guardian profiles lint`: the rule must match these and not those.
                examples:
                  match: ["rails db:reset", "rake db:reset"]
                  not_match: ["rails db:migrate"]

            """
    }
}
