import NIOCore
import NIOPosix

/// A handed-over connection that is not HTTP: decided as a whole (who listens, which port), then,
/// if allowed, spliced byte for byte to the destination. Bytes the client sent before the
/// answer are held and sent first.
///
/// Set up for a client that has said nothing yet, it may be abandoned before the client's
/// first byte reaches it (the client turned out to speak TLS or HTTP): the server's connection
/// is then closed, or never made, and the client's is left alone.
final class StreamRelay: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer

    let shared: GatewayShared
    let expected: Expected
    private var pending: [ByteBuffer] = []
    private var peer: Channel?
    private var closed = false
    /// The server sent bytes, which went to the client.
    fileprivate(set) var serverSpoke = false
    private(set) var abandoned = false

    init(shared: GatewayShared, expected: Expected) {
        self.shared = shared
        self.expected = expected
    }

    func start(_ client: Channel) {
        let bound = NIOLoopBound(self, eventLoop: client.eventLoop)
        let loop = client.eventLoop
        shared.decider.decide(.stream(expected, host: expected.name, tls: false)) { verdict in
            loop.execute {
                let relay = bound.value
                if relay.abandoned { return }
                guard verdict.allowed, !relay.closed else { return client.close(promise: nil) }
                relay.connect(client)
            }
        }
    }

    private func connect(_ client: Channel) {
        let address: SocketAddress
        do { address = try expected.destination.socketAddress() } catch { client.close(promise: nil); return }
        let bound = NIOLoopBound(self, eventLoop: client.eventLoop)
        ClientBootstrap(group: client.eventLoop)
            // A download moves in reads of up to 1 MiB, not NIO's default 64 KiB.
            .channelOption(.recvAllocator, value: AdaptiveRecvByteBufferAllocator(minimum: 64, initial: 2048, maximum: 1 << 20))
            .connectTimeout(.seconds(30))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers(ServerWatch(relay: bound.value), Splice(partner: client))
                }
            }
            .connect(to: address)
            .whenComplete { result in
                let relay = bound.value
                switch result {
                case .success(let upstream) where relay.abandoned:
                    upstream.close(promise: nil)
                case .failure where relay.abandoned:
                    break
                case .success(let upstream):
                    relay.peer = upstream
                    for buffer in relay.pending { upstream.write(NIOAny(buffer), promise: nil) }
                    relay.pending = []
                    upstream.flush()
                    if relay.closed { upstream.close(promise: nil) }
                case .failure:
                    client.close(promise: nil)
                }
            }
    }

    /// The client's connection goes another way: the server's is closed without a byte sent
    /// to it, and its end is not passed on to the client.
    func abandon() {
        abandoned = true
        pending = []
        peer?.close(promise: nil)
        peer = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        if abandoned { return }
        if let peer { peer.writeAndFlush(NIOAny(buffer), promise: nil) } else { pending.append(buffer) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        closed = true
        peer?.close(promise: nil)
        context.fireChannelInactive()
    }
}

/// In front of a relay's splice from the server: notes that the server spoke and, once the
/// relay is abandoned, lets nothing of the server's connection (bytes, its end) reach the client.
final class ServerWatch: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    let relay: StreamRelay

    init(relay: StreamRelay) { self.relay = relay }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !relay.abandoned else { return }
        relay.serverSpoke = true
        context.fireChannelRead(data)
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        guard !relay.abandoned else { return }
        context.fireChannelReadComplete()
    }

    func channelInactive(context: ChannelHandlerContext) {
        guard !relay.abandoned else { return }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        guard !relay.abandoned else { return context.close(promise: nil) }
        context.fireErrorCaught(error)
    }
}

/// One direction of a splice: what this channel reads goes to `partner`. Two of them linked as
/// twins (a relayed WebSocket) also keep pace: while the partner cannot take more, this side
/// is not read, and the partner's twin resumes it when it can. Both channels share one event
/// loop.
final class Splice: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = ByteBuffer
    let partner: Channel
    /// The splice reading the partner into this channel.
    weak var twin: Splice?
    private var context: ChannelHandlerContext?
    private var heldRead = false

    init(partner: Channel) { self.partner = partner }

    /// Two splices for a pair of channels, each the other's twin.
    static func pair(_ a: Channel, _ b: Channel) -> (fromA: Splice, fromB: Splice) {
        let fromA = Splice(partner: b), fromB = Splice(partner: a)
        fromA.twin = fromB
        fromB.twin = fromA
        return (fromA, fromB)
    }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }
    func handlerRemoved(context: ChannelHandlerContext) { self.context = nil }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        partner.write(data, promise: nil)
    }

    func channelReadComplete(context: ChannelHandlerContext) { partner.flush() }

    func read(context: ChannelHandlerContext) {
        if twin != nil && !partner.isWritable { heldRead = true } else { context.read() }
    }

    /// This channel can take more: its twin reads the partner again.
    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { twin?.resume() }
        context.fireChannelWritabilityChanged()
    }

    private func resume() {
        guard heldRead, let context else { return }
        heldRead = false
        context.read()
    }

    func channelInactive(context: ChannelHandlerContext) {
        partner.close(promise: nil)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }
}
