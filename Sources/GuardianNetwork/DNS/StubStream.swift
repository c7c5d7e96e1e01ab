import NIOCore

/// DNS over TCP (RFC 1035 §4.2.2, RFC 7766): each message preceded by its length in two bytes.
/// Clients use it when a UDP answer comes back truncated, when told to (`dig +tcp`, glibc's
/// `options use-vc`, dnspython's `tcp=True`), and for large answers. Every connect of the tree
/// to port 53 over TCP lands here, so names asked this way are decided like any other and
/// never forwarded.
final class StubStreamFraming: ByteToMessageDecoder {
    typealias InboundOut = ByteBuffer

    func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let length = buffer.getInteger(at: buffer.readerIndex, as: UInt16.self),
              buffer.readableBytes >= 2 + Int(length)
        else { return .needMoreData }
        buffer.moveReaderIndex(forwardBy: 2)
        context.fireChannelRead(wrapInboundOut(buffer.readSlice(length: Int(length))!))
        return .continue
    }
}

/// Queries on one TCP connection, answered as they are resolved (RFC 7766 §6.2.1.1 lets
/// answers leave out of order; each carries its query's id). A connection idle for
/// `idleLimit`, or with `pendingLimit` queries unanswered, is closed.
final class StubStreamHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    static let idleLimit = TimeAmount.seconds(10)
    static let pendingLimit = 64

    let answers: StubAnswers
    private var pending = 0
    private var idle: Scheduled<Void>?

    init(_ answers: StubAnswers) { self.answers = answers }

    func channelActive(context: ChannelHandlerContext) {
        rearm(context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let packet = Array(unwrapInboundIn(data).readableBytesView)
        // Too short for a header (no id to answer with), or too many queries unanswered.
        guard packet.count >= 12, pending < Self.pendingLimit else { return context.close(promise: nil) }
        pending += 1
        rearm(context)
        let channel = context.channel
        let handler = NIOLoopBound(self, eventLoop: context.eventLoop)
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        answers.answer(packet) { bytes in
            channel.eventLoop.execute {
                var out = channel.allocator.buffer(capacity: bytes.count + 2)
                out.writeInteger(UInt16(bytes.count))
                out.writeBytes(bytes)
                channel.writeAndFlush(out, promise: nil)
                handler.value.pending -= 1
                handler.value.rearm(bound.value)
            }
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        idle?.cancel()
        idle = nil
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }

    private func rearm(_ context: ChannelHandlerContext) {
        idle?.cancel()
        guard context.channel.isActive else { return }
        let bound = NIOLoopBound(context, eventLoop: context.eventLoop)
        idle = context.eventLoop.scheduleTask(in: Self.idleLimit) { bound.value.close(promise: nil) }
    }
}
