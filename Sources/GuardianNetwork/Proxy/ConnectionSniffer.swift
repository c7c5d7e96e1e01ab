import GuardianPolicy
import NIOCore
import NIOHTTP1
import NIOSSL
import NIOTLS

/// The first handler of every handed-over connection: finds where it was going, then looks at
/// the client's first bytes — a TLS hello, an HTTP request line, or anything else (or nothing
/// for a moment: protocols where the server speaks first) — and sets up the pipeline for it.
final class ConnectionSniffer: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer

    let shared: GatewayShared
    private var expected: Expected?
    private var silence: Scheduled<Void>?
    private var chosen = false
    /// How long a client may say nothing before the connection is taken as a byte stream.
    static let silenceLimit = TimeAmount.milliseconds(300)

    init(shared: GatewayShared) { self.shared = shared }

    func channelActive(context: ChannelHandlerContext) {
        guard let remote = context.channel.remoteAddress, let source = Endpoint(remote),
            let expected = shared.table.take(source)
        else {
            // Nobody registered this connection: something reached the proxy by itself.
            context.close(promise: nil)
            return
        }
        self.expected = expected
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        silence = context.eventLoop.scheduleTask(in: Self.silenceLimit) {
            let (sniffer, context) = bound.value
            sniffer.choose(context, first: nil)
        }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        guard !chosen else { return context.fireChannelRead(data) }
        choose(context, first: buffer)
        context.fireChannelRead(data)
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }

    private func choose(_ context: ChannelHandlerContext, first: ByteBuffer?) {
        guard !chosen, let expected else { return }
        chosen = true
        silence?.cancel()
        let pipeline = context.pipeline.syncOperations
        do {
            switch first.map(Self.kind) {
            case .tls?:
                let shared = self.shared
                let channel = context.channel
                try pipeline.addHandler(ByteToMessageHandler(SNIHandler { result in
                    var host = expected.name ?? expected.destination.host
                    if case .hostname(let name) = result { host = name.lowercased() }
                    return channel.eventLoop.makeCompletedFuture {
                        let tls = try NIOSSLServerHandler(context: shared.authority.serverContext(for: host))
                        let sync = channel.pipeline.syncOperations
                        try sync.addHandler(tls)
                        try sync.configureHTTPServerPipeline(withPipeliningAssistance: true, withErrorHandling: true)
                        try sync.addHandler(RequestGate(shared: shared, expected: expected, tlsHost: host))
                    }
                }))
            case .http?:
                try pipeline.configureHTTPServerPipeline(withPipeliningAssistance: true, withErrorHandling: true)
                try pipeline.addHandler(RequestGate(shared: shared, expected: expected, tlsHost: nil))
            case .other?, nil:
                let relay = StreamRelay(shared: shared, expected: expected)
                try pipeline.addHandler(relay)
                if first == nil {
                    relay.start(context.channel)
                    pipeline.removeHandler(context: context, promise: nil)
                } else {
                    relay.start(context.channel)
                }
            }
        } catch {
            shared.logger.warning("gateway: \(error)")
            context.close(promise: nil)
        }
    }

    enum Kind { case tls, http, other }

    /// A TLS handshake record, an HTTP/1 request line's method, or something else.
    static func kind(_ buffer: ByteBuffer) -> Kind {
        let view = buffer.readableBytesView
        guard let first = view.first else { return .other }
        if first == 0x16 { return .tls }
        var length = 0
        for byte in view.prefix(16) {
            if byte == UInt8(ascii: " ") { return length > 0 ? .http : .other }
            guard (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "-") else { return .other }
            length += 1
        }
        return view.count < 16 && length == view.count ? .http : .other
    }
}
