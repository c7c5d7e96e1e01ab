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
            let expected = shared.table.take(source) ?? shared.defaultDestination
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
                        try ClientPipelines.addTLS(to: channel, shared: shared, expected: expected, host: host)
                    }
                }))
            case .http?:
                try ClientPipelines.addHTTP1(to: context.channel, shared: shared, expected: expected, tlsHost: nil)
            case .h2c?:
                refuseCleartextHTTP2(context, expected)
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

    /// Cleartext HTTP/2 with prior knowledge (RFC 9113 §3.3) would carry requests Guardian
    /// does not inspect in clear, so it is refused: an event through the decider (a refusal is
    /// never forwarded, whatever the answer), then the connection is closed. No HTTP/1 403 can
    /// be said to a client that speaks HTTP/2, and Guardian writes no HTTP/2 frames by hand.
    private func refuseCleartextHTTP2(_ context: ChannelHandlerContext, _ expected: Expected) {
        let request = HTTPRequest(scheme: "http", host: expected.name ?? expected.destination.host,
                                  port: expected.destination.port, method: "PRI", target: "*")
        let refusal = RequestRefusal(rule: "request.h2c", reason: "cleartext HTTP/2 (h2c) is not inspected, so it is refused; use HTTP/1.1 or HTTPS")
        let channel = context.channel
        shared.decider.decide(.unclassifiable(request, refusal, expected)) { _ in channel.close(promise: nil) }
    }

    enum Kind { case tls, http, h2c, other }

    static let h2Preface = Array("PRI * HTTP/2.0".utf8)

    /// A TLS handshake record, the HTTP/2 connection preface, an HTTP/1 request line's method,
    /// or something else.
    static func kind(_ buffer: ByteBuffer) -> Kind {
        let view = buffer.readableBytesView
        guard let first = view.first else { return .other }
        if first == 0x16 { return .tls }
        // The preface's "PRI" would pass for a method; a first read cut inside the preface
        // still starts with "PRI *".
        let head = view.prefix(h2Preface.count)
        if head.count >= 5 && head.elementsEqual(h2Preface.prefix(head.count)) { return .h2c }
        var length = 0
        for byte in view.prefix(16) {
            if byte == UInt8(ascii: " ") { return length > 0 ? .http : .other }
            guard (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "-") else { return .other }
            length += 1
        }
        return view.count < 16 && length == view.count ? .http : .other
    }
}
