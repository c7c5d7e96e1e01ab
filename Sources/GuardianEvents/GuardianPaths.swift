#if canImport(Glibc)
import Glibc
#endif

/// Where Guardian keeps its state and configuration, from the environment it runs with.
///   GUARDIAN_HOME   defaults to ${XDG_STATE_HOME:-$HOME/.local/state}/guardian
///   config          ${XDG_CONFIG_HOME:-$HOME/.config}/guardian (GUARDIAN_CONFIG overrides)
public struct GuardianPaths: Sendable, Hashable {
    public var home: String
    public var state: String
    public var config: String

    public var events: String { state + "/events" }
    public var run: String { state + "/run" }

    public init(home: String, state: String, config: String) {
        self.home = home
        self.state = state
        self.config = config
    }

    public static func fromEnvironment() -> GuardianPaths {
        func env(_ name: String) -> String? {
            guard let v = getenv(name) else { return nil }
            let s = String(cString: v)
            return s.isEmpty ? nil : s
        }
        var home = env("HOME") ?? ""
        if home.isEmpty, let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir {
            home = String(cString: dir)
        }
        let state = env("GUARDIAN_HOME") ?? ((env("XDG_STATE_HOME") ?? home + "/.local/state") + "/guardian")
        let config = env("GUARDIAN_CONFIG") ?? ((env("XDG_CONFIG_HOME") ?? home + "/.config") + "/guardian")
        return GuardianPaths(home: home, state: state, config: config)
    }
}
