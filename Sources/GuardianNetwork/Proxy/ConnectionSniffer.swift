import GuardianPolicy
import NIOCore
import NIOHTTP1
import NIOSSL
import NIOTLS

/// The first handler of every handed-over connection: finds where it was going, then looks at
/// the client's first bytes — a TLS hello, an HTTP request line, or anything else — and sets up
/// the pipeline for it.
///
/// Silence is not a verdict. A client that says nothing for `silenceLimit` may be waiting for a
/// server that speaks first (SSH, SMTP, MySQL): the connection is then decided as a stream and
/// the server's bytes are relayed, but nothing the client sends goes anywhere until this handler
/// has seen its first bytes. A TLS hello or an HTTP request line then, while the server has
/// said nothing, takes the relay out (not one client byte was forwarded) and goes the way a
/// prompt client's does; after the server spoke, it is refused. To a listener on this machine
/// where a stream would be refused or asked about (while plain HTTP to it may be allowed), the
/// client is given `localSilenceLimit` to speak before the stream is decided.
final class ConnectionSniffer: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer

    let shared: GatewayShared
    private var expected: Expected?
    private var silence: Scheduled<Void>?
    private var chosen = false
    /// The stream relay set up on silence; the client's first bytes are still held here.
    private var early: StreamRelay?
    /// Client bytes held while an early relay's server has spoken and the first line of
    /// something that looks like an HTTP request is not whole yet.
    private var held: ByteBuffer?
    /// How long a client may say nothing before the server is let speak first.
    static let silenceLimit = TimeAmount.milliseconds(300)
    /// The same for a listener on this machine that a stream may not reach unasked: a silent
    /// client there is decided as a stream (refused by default) only after this long. Under
    /// load a TLS client can spend seconds before its hello (git with GnuTLS opens ~300
    /// certificate files, each one a supervised call).
    static let localSilenceLimit = TimeAmount.seconds(30)
    /// How much of a first line is held, after the server spoke, to tell HTTP from a
    /// server-first protocol's command.
    static let lineLimit = 8192

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
        let local = expected.destination.isLoopback || expected.destination.isUnspecified
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        silence = context.eventLoop.scheduleTask(in: Self.silenceLimit) {
            let (sniffer, context) = bound.value
            if local { sniffer.askAboutSilence(context, expected) } else { sniffer.letServerSpeak(context) }
        }
        context.fireChannelActive()
    }

    /// A silent client to a listener on this machine: the server speaks first now if a stream
    /// there passes unasked; otherwise the client has `localSilenceLimit` in all to speak.
    private func askAboutSilence(_ context: ChannelHandlerContext, _ expected: Expected) {
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        let loop = context.eventLoop
        shared.decider.decide(.silence(expected)) { verdict in
            loop.execute {
                let (sniffer, context) = bound.value
                guard !sniffer.chosen, context.channel.isActive else { return }
                if verdict.allowed { return sniffer.letServerSpeak(context) }
                sniffer.silence = loop.scheduleTask(in: Self.localSilenceLimit - Self.silenceLimit) {
                    let (sniffer, context) = bound.value
                    sniffer.letServerSpeak(context)
                }
            }
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        if let early {
            if var held = self.held {
                held.writeBuffer(&buffer)
                buffer = held
                self.held = nil
            }
            return afterSilence(context, early, buffer)
        }
        guard !chosen else { return context.fireChannelRead(data) }
        choose(context, first: buffer)
        context.fireChannelRead(data)
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        silence?.cancel()
        context.fireChannelInactive()
    }

    /// The client said nothing: a stream, decided and connected, whose server may speak; the
    /// client's bytes stay here.
    private func letServerSpeak(_ context: ChannelHandlerContext) {
        guard !chosen, let expected else { return }
        chosen = true
        let relay = StreamRelay(shared: shared, expected: expected)
        do {
            try context.pipeline.syncOperations.addHandler(relay)
        } catch {
            shared.logger.warning("gateway: \(error)")
            return context.close(promise: nil)
        }
        early = relay
        relay.start(context.channel)
    }

    /// The client's first bytes after silence: a byte stream goes on; TLS or HTTP is inspected
    /// if the server has not spoken, refused if it has.
    private func afterSilence(_ context: ChannelHandlerContext, _ relay: StreamRelay, _ buffer: ByteBuffer) {
        guard let expected else { return }
        var kind = Self.kind(buffer)
        if relay.serverSpoke {
            // A server-first protocol's commands (SMTP's EHLO, FTP's USER) look like a method:
            // after a greeting only a whole HTTP request line counts as HTTP.
            if kind == .http {
                switch Self.requestLine(buffer.readableBytesView) {
                case nil:
                    guard buffer.readableBytes < Self.lineLimit else { kind = .other; break }
                    held = buffer
                    return
                case let isHTTP?:
                    kind = isHTTP ? .http : .other
                }
            }
            if kind == .tls {
                // One byte of a record says too little; two tell a handshake record.
                guard buffer.readableBytes >= 2 else { held = buffer; return }
                if !Self.isHandshake(buffer.readableBytesView) { kind = .other }
            }
        }
        if kind == .other {
            early = nil
            let pipeline = context.pipeline.syncOperations
            context.fireChannelRead(NIOAny(buffer))
            pipeline.removeHandler(context: context, promise: nil)
            return
        }
        early = nil
        relay.abandon()
        if relay.serverSpoke {
            let channel = context.channel
            shared.decider.decide(.lateHandshake(expected, tls: kind == .tls)) { _ in
                channel.eventLoop.execute { channel.close(promise: nil) }
            }
            return
        }
        // Nothing reached the server: the connection is as new, and goes the way of a client
        // that spoke at once.
        let pipeline = context.pipeline.syncOperations
        pipeline.removeHandler(relay, promise: nil)
        chosen = false
        choose(context, first: buffer)
        context.fireChannelRead(NIOAny(buffer))
        pipeline.removeHandler(context: context, promise: nil)
    }

    /// Whether the first line of `bytes` is an HTTP/1 request line (`METHOD target HTTP/1.x`);
    /// nil while the line is not whole.
    static func requestLine(_ bytes: some Collection<UInt8>) -> Bool? {
        guard let end = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        var line = Array(bytes[bytes.startIndex..<end])
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        let words = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard words.count == 3, let version = words.last else { return false }
        return version.starts(with: Array("HTTP/1.".utf8))
    }

    /// A TLS handshake record (content type 22, version 3.x) — what a hello starts with.
    static func isHandshake(_ bytes: some Collection<UInt8>) -> Bool {
        Array(bytes.prefix(2)) == [0x16, 0x03]
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
                relay.start(context.channel)
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
