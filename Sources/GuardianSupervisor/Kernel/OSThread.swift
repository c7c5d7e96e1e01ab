#if canImport(Glibc)
import Glibc
#endif

/// A plain OS thread. The ptrace tracer and the notify workers need threads of their own:
/// ptrace requests must come from the attaching thread, and a blocking ioctl must not occupy
/// a Swift concurrency thread.
final class OSThread: @unchecked Sendable {
    private var handle = pthread_t()
    private let body: () -> Void

    private init(body: @escaping () -> Void) { self.body = body }

    @discardableResult
    static func start(_ body: @escaping @Sendable () -> Void) throws(Errno) -> OSThread {
        let thread = OSThread(body: body)
        let context = Unmanaged.passRetained(thread).toOpaque()
        let rc = pthread_create(&thread.handle, nil, { context in
            let thread = Unmanaged<OSThread>.fromOpaque(context!).takeRetainedValue()
            thread.body()
            return nil
        }, context)
        if rc != 0 {
            Unmanaged<OSThread>.fromOpaque(context).release()
            throw Errno(rc)
        }
        return thread
    }

    func join() { pthread_join(handle, nil) }
    func detach() { pthread_detach(handle) }
}
