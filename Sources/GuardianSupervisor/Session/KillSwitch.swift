import Synchronization

/// The kill switch: once pulled, the tracer kills every task it sees stop — and whatever it
/// just forked — so a fork racing the kill dies too.
final class KillSwitch: Sendable {
    private let pulled = Atomic<Bool>(false)

    func pull() { pulled.store(true, ordering: .sequentiallyConsistent) }

    var isPulled: Bool { pulled.load(ordering: .relaxed) }
}
