import ArgumentParser
import Foundation
import GuardianEvents

extension Guardian {
    struct Completions: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "completions",
            abstract: "Install or print shell completions (bash, zsh, fish).",
            discussion: """
                The scripts are generated from Guardian's own command-line definition, so they \
                always match this binary.

                Examples:
                  guardian completions install                # the shell in $SHELL
                  guardian completions install --shell zsh
                  guardian completions print fish > ~/.config/fish/completions/guardian.fish
                """,
            subcommands: [Install.self, Print.self])

        enum Shell: String, ExpressibleByArgument, CaseIterable {
            case bash, zsh, fish

            var completionShell: CompletionShell {
                switch self {
                case .bash: return .bash
                case .zsh: return .zsh
                case .fish: return .fish
                }
            }

            var script: String { Guardian.completionScript(for: completionShell) }

            /// The per-user location each shell loads completions from without configuration
            /// (zsh needs the directory in $fpath; `install` says how).
            func userLocation(home: String, environment: [String: String]) -> String {
                func env(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
                switch self {
                case .bash:
                    // bash-completion ≥ 2.2 loads completions/NAME on first use.
                    let base = env("BASH_COMPLETION_USER_DIR") ?? ((env("XDG_DATA_HOME") ?? home + "/.local/share") + "/bash-completion")
                    return base + "/completions/guardian"
                case .zsh:
                    return (env("ZDOTDIR") ?? home) + "/.zfunc/_guardian"
                case .fish:
                    return (env("XDG_CONFIG_HOME") ?? home + "/.config") + "/fish/completions/guardian.fish"
                }
            }

            static func fromLoginShell(_ shell: String?) -> Shell? {
                guard let shell, let name = shell.split(separator: "/").last else { return nil }
                return Shell(rawValue: String(name))
            }
        }

        struct Install: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "install",
                abstract: "Write the completion script where your shell finds it.",
                discussion: """
                    bash: ~/.local/share/bash-completion/completions/guardian (needs the \
                    bash-completion package); zsh: ~/.zfunc/_guardian (add ~/.zfunc to fpath); \
                    fish: ~/.config/fish/completions/guardian.fish. Overwrites an older script.

                    Examples:
                      guardian completions install
                      guardian completions install --shell fish
                    """)

            @Option(help: "bash, zsh or fish (default: the shell in $SHELL).") var shell: Shell?

            func run() throws {
                let environment = ProcessInfo.processInfo.environment
                guard let shell = shell ?? Shell.fromLoginShell(environment["SHELL"]) else {
                    FileHandleOut.stderr("guardian: cannot tell your shell from $SHELL (\(environment["SHELL"] ?? "unset")); give --shell bash, zsh or fish\n")
                    throw ExitCode.validationFailure
                }
                let home = GuardianPaths.fromEnvironment().home
                let path = shell.userLocation(home: home, environment: environment)
                let directory = (path as NSString).deletingLastPathComponent
                do {
                    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                    try shell.script.write(toFile: path, atomically: true, encoding: .utf8)
                } catch {
                    FileHandleOut.stderr("guardian: cannot write \(path): \(error.localizedDescription)\n")
                    throw ExitCode(125)
                }
                print("wrote \(shell.rawValue) completions to \(path)")
                switch shell {
                case .bash:
                    print("Open a new shell to use them (they need the bash-completion package).")
                case .zsh:
                    let zshrc = (environment["ZDOTDIR"] ?? home) + "/.zshrc"
                    let configured = (try? String(contentsOfFile: zshrc, encoding: .utf8))?.contains(".zfunc") ?? false
                    if !configured {
                        print("Add these lines to \(zshrc), before any other compinit:")
                        print("  fpath=(\(directory) $fpath)")
                        print("  autoload -Uz compinit && compinit")
                    }
                    print("Open a new shell to use them.")
                case .fish:
                    print("fish loads them in new shells.")
                }
            }
        }

        struct Print: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "print",
                abstract: "Print the completion script for a shell.",
                discussion: """
                    Examples:
                      guardian completions print bash > /etc/bash_completion.d/guardian
                      source <(guardian completions print bash)
                    """)

            @Argument(help: "bash, zsh or fish.") var shell: Shell

            func run() {
                print(shell.script)
            }
        }
    }
}
