import Foundation

/// A command started in a world: `wait(timeout:)` collects what it printed and how it ended,
/// killing it first if it outlives the timeout.
public final class RunningCommand: @unchecked Sendable {
    public let process = Process()
    private let capture: World.Capture
    // .pipes: the pipes, drained on two dispatch threads into the buffers below.
    private let outPipe = Pipe(), errPipe = Pipe()
    private let readers = DispatchGroup()
    private var outData = Data(), errData = Data()
    // .files: where the streams go until the command has exited.
    private let outFile: URL, errFile: URL

    /// Starts `argv` (a bare name is looked up in the environment's PATH). With `.pipes`, stdin
    /// is a pipe too, carrying `stdin` and then closed; with `.files` it is /dev/null.
    init(_ argv: [String], environment: [String: String], cwd: String, stdin: String?, capture: World.Capture, scratch: URL) throws {
        self.capture = capture
        let tag = UUID().uuidString.prefix(6)
        outFile = scratch.appendingPathComponent("run-\(tag).out")
        errFile = scratch.appendingPathComponent("run-\(tag).err")
        process.executableURL = URL(fileURLWithPath: argv[0].hasPrefix("/") ? argv[0] : "/usr/bin/env")
        process.arguments = argv[0].hasPrefix("/") ? Array(argv.dropFirst()) : argv
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: cwd)
        switch capture {
        case .pipes:
            process.standardOutput = outPipe
            process.standardError = errPipe
        case .files:
            _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
            _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: outFile)
            process.standardError = try FileHandle(forWritingTo: errFile)
        }
        precondition(stdin == nil || capture == .pipes, "stdin is /dev/null when the output goes to files")
        let input = capture == .pipes ? Pipe() : nil
        process.standardInput = input ?? FileHandle.nullDevice
        try process.run()
        if let input {
            if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
            try? input.fileHandleForWriting.close()
        }
        if capture == .pipes {
            readers.enter()
            DispatchQueue.global().async { self.outData = self.outPipe.fileHandleForReading.readDataToEndOfFile(); self.readers.leave() }
            readers.enter()
            DispatchQueue.global().async { self.errData = self.errPipe.fileHandleForReading.readDataToEndOfFile(); self.readers.leave() }
        }
    }

    /// Waits for the command to exit, SIGKILLing it at `timeout` seconds.
    public func wait(timeout: Double) -> World.Output {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        let timedOut = process.isRunning
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        var output = World.Output(status: process.terminationStatus, stdout: "", stderr: "", timedOut: timedOut)
        switch capture {
        case .pipes:
            readers.wait()
            output.stdout = String(decoding: outData, as: UTF8.self)
            output.stderr = String(decoding: errData, as: UTF8.self)
        case .files:
            try? (process.standardOutput as? FileHandle)?.close()
            try? (process.standardError as? FileHandle)?.close()
            output.stdout = (try? String(contentsOf: outFile, encoding: .utf8)) ?? ""
            output.stderr = (try? String(contentsOf: errFile, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: outFile)
            try? FileManager.default.removeItem(at: errFile)
        }
        if timedOut { output.stderr += "\n[timed out after \(Int(timeout))s]" }
        return output
    }
}
