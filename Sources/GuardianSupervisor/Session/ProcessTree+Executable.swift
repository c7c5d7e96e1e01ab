#if canImport(Glibc)
import Glibc
#endif

extension ProcessTree {
    /// The program a task runs, from /proc/<tid>/exe, for events; nil when unreadable.
    static func executable(of tid: pid_t) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
        let n = readlink("/proc/\(tid)/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
