import NIOCore
import NIOHTTP1

/// A WebSocket upgrade the policy allowed, carried through: the request goes to the server on a
/// connection of its own, whose `NIOHTTPClientUpgradeHandler` adds `Upgrade: websocket` and
/// `Connection: upgrade` (the client's own `Sec-WebSocket-*` fields are forwarded as sent). On
/// the server's 101 both sides stop speaking HTTP: NIO takes the server side's encoder and
/// decoder out, this takes the client side's handlers out in an order where no HTTP handler
/// ever sees a frame, and each side gets a `Splice` to the other. Frames are not read: the
/// policy refuses upgrades to hosts whose requests it decides (see `CompiledPolicy`). Any
/// other answer (a 403, a 404) goes to the client as a response, and the client's connection
/// is closed after it (its decoder reads no request after an upgrade request).
///
/// Confined to the client channel's event loop, which the server connection shares.
final class WebSocketPassage: NIOHTTPClientProtocolUpgrader {
    let supportedProtocol = "websocket"
    let requiredUpgradeHeaders: [String] = []
    /// The gate's context on the client channel.
    private let client: ChannelHandlerContext
    /// The server side's response relay, taken out with the HTTP handlers.
    var relay: ResponseRelay?

    init(client: ChannelHandlerContext) {
        self.client = client
    }

    func addCustom(upgradeRequestHeaders: inout HTTPHeaders) {}

    /// The client checks `Sec-WebSocket-Accept` against its own key; Guardian passes it on.
    func shouldAllowUpgrade(upgradeResponse: HTTPResponseHead) -> Bool { true }

    func upgrade(context: ChannelHandlerContext, upgradeResponse: HTTPResponseHead) -> EventLoopFuture<Void> {
        let server = context.channel
        let client = self.client
        guard client.channel.isActive else {
            server.close(promise: nil)
            return context.eventLoop.makeSucceededVoidFuture()
        }
        do {
            let serverSide = context.pipeline.syncOperations
            if let relay {
                serverSide.removeHandler(relay, promise: nil)
                self.relay = nil
            }
            let (fromServer, fromClient) = Splice.pair(server, client.channel)
            // What the server sent after its 101 is replayed by NIO's upgrade handler, to here.
            try serverSide.addHandler(fromServer)

            // The 101 goes through the client side's HTTP encoder, which is still in place.
            let head = HTTPResponseHead(version: .http1_1, status: .switchingProtocols, headers: upgradeResponse.headers)
            client.writeAndFlush(NIOAny(HTTPServerResponsePart.head(head)), promise: nil)
            let clientSide = client.pipeline.syncOperations
            try clientSide.addHandler(fromClient)
            // Handlers that read HTTP parts go first; the decoder next, its left-over bytes (frames
            // sent before the 101 arrived) reaching the splice; the encoder last.
            Self.remove(HTTPServerPipelineHandler.self, from: clientSide)
            Self.remove(NIOHTTPResponseHeadersValidator.self, from: clientSide)
            Self.remove(HTTPServerProtocolErrorHandler.self, from: clientSide)
            clientSide.removeHandler(context: client, promise: nil)
            Self.remove(ByteToMessageHandler<HTTPRequestDecoder>.self, from: clientSide)
            Self.remove(HTTPResponseEncoder.self, from: clientSide)
            // A read the relay held back for a slow client is nobody's to resume now.
            server.read()
            client.channel.read()
            return context.eventLoop.makeSucceededVoidFuture()
        } catch {
            client.channel.close(promise: nil)
            server.close(promise: nil)
            return context.eventLoop.makeFailedFuture(error)
        }
    }

    private static func remove<Handler: RemovableChannelHandler>(_ type: Handler.Type, from pipeline: ChannelPipeline.SynchronousOperations) {
        guard let handler = try? pipeline.handler(type: type) else { return }
        pipeline.removeHandler(handler, promise: nil)
    }
}
