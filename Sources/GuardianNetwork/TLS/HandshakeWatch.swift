import NIOCore
import NIOSSL
import NIOTLS

/// Sits behind the tree-facing TLS handler until the handshake completes. A client that
/// refuses the session's certificate (pinned or built-in roots) fails there, before any HTTP
/// handler exists on either protocol: that failure is the decider's to record, once, with the
/// program and the host. After the handshake the watch steps out of the pipeline.
final class HandshakeWatch: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny

    let shared: GatewayShared
    let expected: Expected
    let host: String
    private var reported = false

    /// TCP_QUICKACK (tcp(7)).
    static let quickAck: Int32 = 12

    init(shared: GatewayShared, expected: Expected, host: String) {
        self.shared = shared
        self.expected = expected
        self.host = host
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard case .handshakeCompleted? = event as? TLSUserEvent else {
            return context.fireUserInboundEventTriggered(event)
        }
        // The client's last handshake flight is acknowledged now rather than by the delayed
        // ACK: Guardian sends nothing after the handshake (no session tickets), and a client
        // that writes its request without TCP_NODELAY (Python's ssl sockets, urllib) has it
        // held by Nagle until that flight is acknowledged — 40 ms on Linux. Setting
        // TCP_QUICKACK sends the ACK the kernel has scheduled. Only a delay is at stake: a
        // socket that refuses the option keeps the kernel's timing.
        _ = context.channel.setOption(ChannelOptions.Types.SocketOption(level: .tcp, name: .init(rawValue: Self.quickAck)), value: 1)
        // The ALPN handler behind this one builds the HTTP/1 or HTTP/2 pipeline on this event.
        context.fireUserInboundEventTriggered(event)
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        if !reported {
            reported = true
            shared.decider.decide(.clientRejectedCertificate(expected, host: host)) { _ in }
        }
        context.close(promise: nil)
    }
}
