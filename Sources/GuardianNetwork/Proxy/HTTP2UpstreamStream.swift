import NIOCore
import NIOHTTP1
import NIOHTTP2

/// One request of an HTTP/2 client, carried on a stream of its own over the HTTP/2 connection
/// to the server (`UpstreamPool` opened it and the server chose `h2`). NIOHTTP2's
/// `HTTP2FramePayloadToHTTP1ClientCodec` turns the decided request into HEADERS and DATA frames
/// and the server's frames back into response parts — trailers included — which the
/// `ResponseRelay` passes to the client's stream at the client's pace, as for HTTP/1.1.
/// Confined to the client connection's event loop.
final class HTTP2UpstreamStream {
    private let relay: ResponseRelay
    private var stream: Channel?
    /// The client's stream went away before the server's stream was open.
    private var abandoned = false

    init(client: Channel, mask: ResponseMask?) {
        relay = ResponseRelay(client: client, dialect: .http2)
        relay.mask = mask
        relay.awaitingResponse = true
    }

    /// Opens the stream and sends the request whole; on failure, answers 502 in the server's
    /// place and lets `failed` forget the connection.
    func send(_ head: HTTPRequestHead, body: ByteBuffer, on multiplexer: NIOHTTP2Handler.StreamMultiplexer, target: String,
              failed: @escaping (Error) -> Void) {
        let client = relay.client
        let relay = NIOLoopBound(self.relay, eventLoop: client.eventLoop)
        let bound = NIOLoopBound(self, eventLoop: client.eventLoop)
        let failed = NIOLoopBound(failed, eventLoop: client.eventLoop)
        multiplexer.createStreamChannel { stream in
            stream.eventLoop.makeCompletedFuture {
                let sync = stream.pipeline.syncOperations
                try sync.addHandler(HTTP2FramePayloadToHTTP1ClientCodec(httpProtocol: .https))
                try sync.addHandler(relay.value)
            }
        }.whenComplete { result in
            switch result {
            case .success(let stream):
                let upstream = bound.value
                if upstream.abandoned { return stream.close(promise: nil) }
                upstream.stream = stream
                stream.write(NIOAny(HTTPClientRequestPart.head(head)), promise: nil)
                if body.readableBytes > 0 { stream.write(NIOAny(HTTPClientRequestPart.body(.byteBuffer(body))), promise: nil) }
                stream.writeAndFlush(NIOAny(HTTPClientRequestPart.end(nil)), promise: nil)
            case .failure(let error):
                failed.value(error)
                Upstream.badGateway(client, .http2, "guardian: could not reach \(target): \(error)\n")
            }
        }
    }

    /// The client took (or stopped taking) what it was sent.
    func clientWritabilityChanged() {
        relay.clientWritabilityChanged()
    }

    /// The client's stream is gone: so is the server's (RST_STREAM), unless already complete.
    func release() {
        abandoned = true
        stream?.close(promise: nil)
    }
}
