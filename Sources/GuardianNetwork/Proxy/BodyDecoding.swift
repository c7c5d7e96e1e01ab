import CZlib
import GuardianPolicy

/// `Content-Encoding` removed before a body is classified: what is decided is what the server
/// would have read, and the decoded bytes are what is forwarded. gzip and deflate only; any
/// other encoding is refused rather than passed on unseen.
enum BodyDecoding {
    static func decode(_ bytes: [UInt8], encoding: String, limit: Int) -> Result<[UInt8], RequestRefusal> {
        switch encoding {
        case "gzip", "x-gzip": return inflate(bytes, windowBits: 15 + 16, limit: limit)
        // "deflate" is zlib-wrapped by the RFC and raw in practice; 15+32 detects zlib/gzip.
        case "deflate":
            if case .success(let out) = inflate(bytes, windowBits: 15 + 32, limit: limit) { return .success(out) }
            return inflate(bytes, windowBits: -15, limit: limit)
        default:
            return .failure(RequestRefusal(rule: "request.content-encoding", reason: "a request body encoded as '\(encoding)' cannot be inspected"))
        }
    }

    private static func inflate(_ input: [UInt8], windowBits: Int32, limit: Int) -> Result<[UInt8], RequestRefusal> {
        let corrupt = RequestRefusal(rule: "request.content-encoding", reason: "the request body is not valid compressed data")
        var stream = z_stream()
        guard inflateInit2_(&stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return .failure(corrupt) }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var status: Int32 = Z_OK
        var input = input
        input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = UInt32(inBuffer.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: out[0..<(out.count - Int(stream.avail_out))])
                }
            } while status == Z_OK && output.count <= limit && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        if output.count > limit {
            return .failure(RequestRefusal(rule: "request.too-large", reason: "the request body decodes to more than \(limit >> 20) MiB"))
        }
        guard status == Z_STREAM_END, stream.avail_in == 0 else { return .failure(corrupt) }
        return .success(output)
    }
}
