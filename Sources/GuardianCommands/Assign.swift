import ArgumentParser
import Foundation
import GuardianEvents
import GuardianPolicy

extension Guardian {
    struct Assign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assign",
            abstract: "Assign a profile to a project directory.",
            discussion: """
                `guardian run` in DIR or beneath it uses PROFILE unless --profile says otherwise. \
                Assignments live in Guardian's config directory, never in the project, so the \
                agent cannot change them.

                Examples:
                  guardian assign staging              # the current directory
                  guardian assign ~/src/shop production
                """)
        @Argument(help: "[DIR] PROFILE") var arguments: [String]

        func validate() throws {
            guard (1...2).contains(arguments.count) else { throw ValidationError("usage: guardian assign [DIR] PROFILE") }
        }

        func run() throws {
            let directory = SystemPaths.realPath(SystemPaths.absolute(arguments.count == 2 ? arguments[0] : "."))
            let profile = arguments.last!
            // Refuse to assign a profile that does not load: it would stop every run there.
            _ = try Guardian.loadPolicy(profile: profile, project: directory)
            try AssignmentStore(configDirectory: GuardianPaths.fromEnvironment().config).assign(directory, profile: profile)
            print("\(directory) → \(profile)")
        }
    }

    struct Unassign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unassign",
            abstract: "Remove a directory's profile assignment.",
            discussion: "Example:\n  guardian unassign ~/src/shop")
        @Argument(help: "The directory (default: the current one).") var directory: String = "."

        func run() throws {
            let dir = SystemPaths.realPath(SystemPaths.absolute(directory))
            if try AssignmentStore(configDirectory: GuardianPaths.fromEnvironment().config).unassign(dir) {
                print("\(dir): unassigned")
            } else {
                print("\(dir) has no assignment")
                throw ExitCode.failure
            }
        }
    }

    struct Assignments: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "assignments",
            abstract: "List project directories and their profiles.",
            discussion: "Example:\n  guardian assignments")

        func run() throws {
            let all = try AssignmentStore(configDirectory: GuardianPaths.fromEnvironment().config).all()
            for dir in all.keys.sorted() {
                print("\(dir)\t\(all[dir]!)")
            }
        }
    }
}
