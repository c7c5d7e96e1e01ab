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

    init(shared: GatewayShared, expected: Expected, host: String) {
        self.shared = shared
        self.expected = expected
        self.host = host
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard case .handshakeCompleted? = event as? TLSUserEvent else {
            return context.fireUserInboundEventTriggered(event)
        }
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
