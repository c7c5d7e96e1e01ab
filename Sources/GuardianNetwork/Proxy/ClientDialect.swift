/// How the tree's side of a connection frames HTTP, for the few things the gate and the relay
/// must do differently. Deciding never depends on it: both reach `RequestInspection` alike.
enum ClientDialect: Sendable {
    /// HTTP/1.x: one gate per connection, requests one after another on it.
    case http1
    /// One HTTP/2 stream, turned into HTTP/1 parts by `HTTP2FramePayloadToHTTP1ServerCodec`:
    /// one gate per stream. The connection belongs to every stream on it, so a refusal or an
    /// upstream failure ends the stream, never the connection, and no `Connection` header is
    /// sent (RFC 9113 §8.2.2 makes connection-specific fields a protocol error; the codec's
    /// header normalisation removes any the server sent).
    case http2

    /// Whether the client's connection is closed after Guardian answers in the server's place.
    var closesAfterOwnAnswer: Bool { self == .http1 }
}
