import Foundation
import Synchronization

/// The C helpers, compiled once per test process.
enum Helpers {
    static let directory: String = NSTemporaryDirectory() + "guardian-adv-helpers-\(getpid())"
    private static let built = Mutex<String?>(nil)

    /// Compiles every helper; returns an error text for the ones that failed.
    static func build() -> String {
        built.withLock { state in
            if let state { return state }
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            var errors = ""
            for (name, body) in CHelpers.sources {
                let src = directory + "/" + name + ".c"
                try? (CHelpers.prelude + "\n" + body).write(toFile: src, atomically: true, encoding: .utf8)
                let flags = CHelpers.extraFlags[name] ?? []
                let output = directory + "/" + name + (flags.contains("-shared") ? ".so" : "")
                let p = Process()
                p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                p.arguments = ["cc", "-O1", "-w", "-pthread", "-o", output, src] + flags
                let err = Pipe()
                p.standardError = err
                p.standardOutput = err
                do { try p.run() } catch { errors += "\(name): \(error)\n"; continue }
                let data = err.fileHandleForReading.readDataToEndOfFile()
                p.waitUntilExit()
                if p.terminationStatus != 0 { errors += "\(name): " + String(decoding: data, as: UTF8.self) + "\n" }
            }
            state = errors
            return errors
        }
    }
}
