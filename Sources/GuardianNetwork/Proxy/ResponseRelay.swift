import NIOCore
import NIOHTTP1

/// Upstream responses, part by part, to the client, at the client's pace: while the client's
/// channel is not writable (a slow reader on HTTP/1, an exhausted flow-control window on an
/// HTTP/2 stream) the server is not read, so a large download never piles up in memory.
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
            client.write(NIOAny(HTTPServerResponsePart.head(HTTPResponseHead(version: head.version, status: head.status, headers: headers))), promise: nil)
        case .body(let buffer):
            if let mask {
                let out = mask.body(Array(buffer.readableBytesView))
                if !out.isEmpty { client.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(client.allocator.buffer(bytes: out)))), promise: nil) }
            } else {
                client.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(buffer))), promise: nil)
            }
        case .end(var trailers):
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
    }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    func handlerRemoved(context: ChannelHandlerContext) { self.context = nil }

    func read(context: ChannelHandlerContext) {
        if client.isWritable { context.read() } else { heldRead = true }
    }

    func clientWritabilityChanged() {
        guard heldRead, client.isWritable, let context else { return }
        heldRead = false
        context.read()
    }

    func channelInactive(context: ChannelHandlerContext) {
        // The server went away: a response cut short cannot be completed honestly; one that
        // never began is answered in the server's place.
        if inResponse {
            client.close(promise: nil)
        } else if owner?.busy == true {
            Upstream.badGateway(client, dialect, "guardian: the server closed the connection without answering\n")
        }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        if inResponse {
            client.close(promise: nil)
        } else if owner?.busy == true {
            Upstream.badGateway(client, dialect, "guardian: the server's answer could not be read: \(error)\n")
        }
        context.close(promise: nil)
    }

    static let connectionSpecific = ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade"]
}
