import NIOCore
import NIOHTTP1

/// Upstream responses, part by part, to the client, at the client's pace: while the client's
/// channel is not writable (a slow reader on HTTP/1, an exhausted flow-control window on an
/// HTTP/2 stream) the server is not read, so a large download never piles up in memory.
///
/// Between two plain HTTP/1.1 connections (`bulk` set), the rest of a large body the proxy has
/// nothing to do with — no credential was substituted, so nothing is masked — is moved from the
/// server's socket to the client's inside the kernel (`BulkTransfers`) once the head and the
/// bytes that came with it are written. The server's connection is closed after it (its HTTP
/// decoder never saw those bytes), and the next request opens another.
final class ResponseRelay: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundIn = HTTPClientRequestPart
    typealias OutboundOut = HTTPClientRequestPart

    var client: Channel
    let dialect: ClientDialect
    var keepClientAlive = true
    weak var owner: Upstream?
    private var inResponse = false
    /// The server's answer allows another request on this connection.
    private var serverKeepsAlive = true
    private var context: ChannelHandlerContext?
    /// A read of the server asked for while the client could not take more.
    private var heldRead = false
    /// The response to a request that carried a substituted credential: real values are
    /// turned back into their stand-ins (set for one request by `Upstream.send`).
    var mask: ResponseMask?
    /// On an HTTP/2 stream to the server (no `owner`): the request was sent and its response is
    /// not complete.
    var awaitingResponse = false
    /// A request was sent on this connection or stream and its response is not complete.
    private var pending: Bool { owner?.busy ?? awaitingResponse }
    /// Set for a plain HTTP/1.1 client and server: large bodies may be moved in the kernel.
    var bulk: BulkTransfers?
    /// The method of the request being answered (a HEAD's response has no body).
    var requestMethod: HTTPMethod = .GET
    /// The body bytes still to come of a response that may be moved in the kernel.
    private var bulkRemaining: Int64?
    /// The body is being moved in the kernel: the server is not read through NIO meanwhile.
    private var moving = false

    init(client: Channel, dialect: ClientDialect) {
        self.client = client
        self.dialect = dialect
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            inResponse = head.status.code >= 200 || head.status == .switchingProtocols ? true : inResponse
            serverKeepsAlive = head.isKeepAlive
            var headers = head.headers
            if let mask {
                let encodings = headers["content-encoding"].flatMap { $0.split(separator: ",") }
                    .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { $0 != "identity" }
                if !encodings.isEmpty {
                    // Its body cannot be searched for the credential: not relayed.
                    inResponse = false
                    awaitingResponse = false
                    self.mask = nil
                    owner?.responseEnded(reusable: false)
                    context.close(promise: nil)
                    Upstream.badGateway(client, dialect, "guardian: the response to a request that carried a credential came encoded (\(encodings.joined(separator: ", "))) although an unencoded one was asked for, so it could not be checked for the credential and is not relayed\n")
                    return
                }
                var masked = HTTPHeaders()
                for (name, value) in headers { masked.add(name: name, value: mask.header(value)) }
                headers = masked
            }
            switch dialect {
            case .http1:
                headers.remove(name: "connection")
                headers.remove(name: "keep-alive")
                if !keepClientAlive { headers.add(name: "connection", value: "close") }
            case .http2:
                // Fields HTTP/2 forbids (RFC 9113 §8.2.2). The stream codec normalises them
                // away too; removing them here keeps the rule visible where responses pass.
                for name in ResponseRelay.connectionSpecific { headers.remove(name: name) }
            }
            bulkRemaining = mask == nil && bulk != nil ? Self.bulkLength(head, method: requestMethod) : nil
            client.write(NIOAny(HTTPServerResponsePart.head(HTTPResponseHead(version: head.version, status: head.status, headers: headers))), promise: nil)
        case .body(let buffer):
            if let remaining = bulkRemaining { bulkRemaining = remaining - Int64(buffer.readableBytes) }
            if let mask {
                let out = mask.body(Array(buffer.readableBytesView))
                if !out.isEmpty { client.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(client.allocator.buffer(bytes: out)))), promise: nil) }
            } else {
                client.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(buffer))), promise: nil)
            }
        case .end(var trailers):
            bulkRemaining = nil
            if let mask {
                let rest = mask.finish()
                if !rest.isEmpty { client.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(client.allocator.buffer(bytes: rest)))), promise: nil) }
                if let t = trailers {
                    var masked = HTTPHeaders()
                    for (name, value) in t { masked.add(name: name, value: mask.header(value)) }
                    trailers = masked
                }
                self.mask = nil
            }
            inResponse = false
            awaitingResponse = false
            owner?.responseEnded(reusable: serverKeepsAlive)
            let keep = keepClientAlive
            let client = self.client
            client.writeAndFlush(NIOAny(HTTPServerResponsePart.end(trailers))).whenComplete { _ in
                if !keep { client.close(promise: nil) }
            }
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        client.flush()
        if let remaining = bulkRemaining, remaining > 0, !moving { startMoving(context, remaining) }
    }

    /// The Content-Length of a response whose body may be moved in the kernel: a success with
    /// a body (not to a HEAD, not 204), framed by one Content-Length of at least the threshold.
    static func bulkLength(_ head: HTTPResponseHead, method: HTTPMethod) -> Int64? {
        guard method != .HEAD, (200..<300).contains(head.status.code), head.status != .noContent,
              !head.headers.contains(name: "transfer-encoding"),
              let value = head.headers["content-length"].first, head.headers["content-length"].count == 1,
              let length = Int64(value), length >= BulkTransfers.threshold
        else { return nil }
        return length
    }

    /// Hands the rest of the body to the kernel once everything written to the client so far
    /// is on its socket (an empty body part completes after the writes before it). With no
    /// transfer slot free, the body goes on through NIO.
    private func startMoving(_ context: ChannelHandlerContext, _ count: Int64) {
        moving = true
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        let flushed = client.writeAndFlush(NIOAny(HTTPServerResponsePart.body(.byteBuffer(client.allocator.buffer(capacity: 0)))))
        flushed.whenComplete { result in
            let (relay, context) = bound.value
            guard case .success = result, let bulk = relay.bulk, relay.moving, bulk.reserve(),
                  let transfer = bulk.move(count, from: context.channel, to: relay.client)
            else {
                relay.bulkRemaining = nil
                relay.moving = false
                return relay.resumeReading(context)
            }
            transfer.whenComplete { result in
                let (relay, context) = bound.value
                relay.moved(context, result)
            }
        }
    }

    /// The kernel moved the body (or could not): the response ends, or is cut short as when
    /// the server goes away; either way the server's connection is done.
    private func moved(_ context: ChannelHandlerContext, _ result: Result<Int64, Error>) {
        moving = false
        bulkRemaining = nil
        inResponse = false
        awaitingResponse = false
        owner?.responseEnded(reusable: false)
        let client = self.client
        if case .success = result {
            let keep = keepClientAlive
            client.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil))).whenComplete { _ in
                if !keep { client.close(promise: nil) }
            }
        } else {
            client.close(promise: nil)
        }
        context.close(promise: nil)
    }

    private func resumeReading(_ context: ChannelHandlerContext) {
        guard heldRead, client.isWritable else { return }
        heldRead = false
        context.read()
    }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    func handlerRemoved(context: ChannelHandlerContext) { self.context = nil }

    func read(context: ChannelHandlerContext) {
        if client.isWritable && !moving { context.read() } else { heldRead = true }
    }

    func clientWritabilityChanged() {
        guard heldRead, client.isWritable, !moving, let context else { return }
        heldRead = false
        context.read()
    }

    func channelInactive(context: ChannelHandlerContext) {
        // While the kernel moves the body, the transfer's own descriptor reads what the server
        // sent before it closed; how the transfer ends decides.
        if moving { return context.fireChannelInactive() }
        // The server went away: a response cut short cannot be completed honestly; one that
        // never began is answered in the server's place.
        if inResponse {
            client.close(promise: nil)
        } else if pending {
            awaitingResponse = false
            Upstream.badGateway(client, dialect, "guardian: the server closed the connection without answering\n")
        }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        if moving { return }
        if inResponse {
            client.close(promise: nil)
        } else if pending {
            awaitingResponse = false
            Upstream.badGateway(client, dialect, "guardian: the server's answer could not be read: \(error)\n")
        }
        context.close(promise: nil)
    }

    static let connectionSpecific = ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade"]
}
