import NIOCore
import NIOPosix

/// A handed-over connection that is not HTTP: decided as a whole (who listens, which port), then,
/// if allowed, spliced byte for byte to the destination. Bytes the client sent before the
/// answer are held and sent first.
final class StreamRelay: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    let shared: GatewayShared
    let expected: Expected
    private var pending: [ByteBuffer] = []
    private var peer: Channel?
    private var closed = false

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
            .connectTimeout(.seconds(30))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Splice(partner: client))
                }
            }
            .connect(to: address)
            .whenComplete { result in
                let relay = bound.value
                switch result {
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

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        if let peer { peer.writeAndFlush(NIOAny(buffer), promise: nil) } else { pending.append(buffer) }
    }

    func channelInactive(context: ChannelHandlerContext) {
        closed = true
        peer?.close(promise: nil)
        context.fireChannelInactive()
    }
}

/// The upstream half of a splice: what the server sends goes to the client.
final class Splice: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    let partner: Channel

    init(partner: Channel) { self.partner = partner }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        partner.write(data, promise: nil)
    }

    func channelReadComplete(context: ChannelHandlerContext) { partner.flush() }

    func channelInactive(context: ChannelHandlerContext) {
        partner.close(promise: nil)
        context.fireChannelInactive()
    }
}
