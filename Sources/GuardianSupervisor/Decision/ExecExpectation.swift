import GuardianPolicy

/// What the supervisor allowed an exec to become; checked at PTRACE_EVENT_EXEC.
struct ExecExpectation: Sendable {
    /// The binary the kernel must be running after the exec: the program, or for a `#!`
    /// script its interpreter.
    var identity: FileIdentity
    var request: ExecRequest
    var decision: Decision
    /// The name the kernel hands a `#!` interpreter (bprm->filename): the path as passed, or
    /// `/dev/fd/N[/path]` for execveat. A script swapped in under another name shows here.
    var scriptName: String
    /// A shell refused for what its script says, started with its execs refused: the tracer
    /// marks it with this once the image is verified (`RefusedScripts`).
    var refusal: RefusedScripts.Refusal? = nil
    /// What `/proc/PID/cmdline` shows after the exec, built here by the notify worker so that
    /// the tracer compares bytes: the whole of it, or for a script its end (the script's name
    /// and the arguments after it; the interpreter and its `#!` argument come before).
    let cmdline: [UInt8]

    init(identity: FileIdentity, request: ExecRequest, decision: Decision, scriptName: String = "") {
        self.identity = identity
        self.request = request
        self.decision = decision
        self.scriptName = scriptName
        let args = request.interpreter == nil ? request.argv : [scriptName] + request.argv.dropFirst()
        var bytes: [UInt8] = []
        for arg in args {
            bytes.append(contentsOf: arg.utf8)
            bytes.append(0)
        }
        cmdline = bytes
    }

    /// Whether the process's arguments after the exec (`/proc/PID/cmdline`) are the ones that
    /// were decided. Equal bytes answer at once; anything else is decoded and compared as
    /// Strings, as the decision itself was.
    func sameArguments(_ cmdline: [UInt8]) -> Bool {
        if request.interpreter == nil {
            if !request.argv.isEmpty && cmdline == self.cmdline { return true }
            return ExecExpectation.arguments(cmdline) == request.argv
        }
        // [interpreter, (optional arg), script name, argv[1...]]: the script name too, or a
        // script swapped in under another name would pass as the same interpreter.
        let tail = self.cmdline.count
        if cmdline.count > tail && cmdline[cmdline.count - tail - 1] == 0 && cmdline.suffix(tail).elementsEqual(self.cmdline) {
            return true
        }
        let argv = ExecExpectation.arguments(cmdline)
        let rest = max(0, request.argv.count - 1)
        let nameIndex = argv.count - rest - 1
        return nameIndex >= 1 && Array(argv.suffix(rest)) == Array(request.argv.dropFirst()) && argv[nameIndex] == scriptName
    }

    /// NUL-separated arguments as Strings (a final NUL ends the last one).
    static func arguments(_ bytes: [UInt8]) -> [String] {
        var parts = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if bytes.last == 0 { parts.removeLast() }
        return parts
    }
}
