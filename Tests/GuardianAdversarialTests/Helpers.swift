import Foundation
import Synchronization

/// The C programs the attacks run ($H in their scripts): the sources in helpers/, a resource of
/// this target, compiled with `cc` once per test process into a temporary directory, warnings
/// as errors.
enum Helpers {
    static let directory: String = NSTemporaryDirectory() + "guardian-adv-helpers-\(getpid())"
    private static let built = Mutex<String?>(nil)

    /// Flags every program is compiled with.
    static let flags = ["-O1", "-Wall", "-Wextra", "-Werror", "-pthread"]

    /// Programs that need more than `flags`.
    static let extraFlags: [String: [String]] = [
        // The i386 ABI takes 32-bit pointers: the path and buffer must sit below 4 GiB.
        "int80": ["-static", "-no-pie", "-fno-pie"],
        // No libc wrapper to interpose on.
        "rawopen": ["-static"],
        // Loaded with LD_PRELOAD: preload.so.
        "preload": ["-shared", "-fPIC"],
        "tiocsti": ["-lutil"],
    ]

    /// The directory of the C sources (helpers/ in the target's resource bundle).
    static var sources: String? {
        Bundle.module.url(forResource: "helpers", withExtension: nil)?.path
    }

    /// The programs' names: one for each .c file.
    static var names: [String] {
        guard let sources else { return [] }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: sources)) ?? []
        return files.filter { $0.hasSuffix(".c") }.map { String($0.dropLast(2)) }.sorted()
    }

    /// Compiles every program; returns an error text for the ones that failed (empty when all
    /// of them built).
    static func build() -> String {
        built.withLock { state in
            if let state { return state }
            guard let sources else {
                state = "the helpers/ resource is missing from the test bundle"
                return state!
            }
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            // Removed when the test process exits: one directory per process would pile up.
            atexit { try? FileManager.default.removeItem(atPath: Helpers.directory) }
            var errors = ""
            for name in names {
                let extra = extraFlags[name] ?? []
                let output = directory + "/" + name + (extra.contains("-shared") ? ".so" : "")
                let p = Process()
                p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                p.arguments = ["cc"] + flags + ["-o", output, sources + "/" + name + ".c"] + extra
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
