import Foundation
import Testing
@testable import GuardianNetwork

@Suite struct CredentialSubstitutionUnitTests {
    static let s = CredentialSubstitution([
        .init(sentinel: Array("7d1c2b3a-aaaa-4bbb-8ccc-dddddddddddd".utf8), real: Array("8e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b".utf8)),
        .init(sentinel: Array("Zm9v/YmFy+cXV4".utf8), real: Array("cmVh/bHJl+YWxs".utf8)),
    ])

    @Test func headersIncludingBasic() {
        #expect(Self.s.header("Bearer 7d1c2b3a-aaaa-4bbb-8ccc-dddddddddddd") == "Bearer 8e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b")
        let basic = "Basic " + Data("x-access-token:7d1c2b3a-aaaa-4bbb-8ccc-dddddddddddd".utf8).base64EncodedString()
        #expect(Self.s.header(basic) == "Basic " + Data("x-access-token:8e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b".utf8).base64EncodedString())
        #expect(Self.s.header("application/json") == "application/json")
    }

    @Test func targetAsSentAndPercentEncoded() {
        #expect(Self.s.target("/v1?token=7d1c2b3a-aaaa-4bbb-8ccc-dddddddddddd&x=1") == "/v1?token=8e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b&x=1")
        #expect(Self.s.target("/v1?k=Zm9v%2FYmFy%2BcXV4") == "/v1?k=cmVh%2FbHJl%2BYWxs")
    }

    @Test func bodyAndJSONEscapedSlashes() {
        #expect(String(decoding: Self.s.body(Array(#"{"token":"Zm9v\/YmFy+cXV4"}"#.utf8)), as: UTF8.self) == #"{"token":"cmVh\/bHJl+YWxs"}"#)
        #expect(String(decoding: Self.s.body(Array("a=7d1c2b3a-aaaa-4bbb-8ccc-dddddddddddd".utf8)), as: UTF8.self) == "a=8e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b")
    }
}

@Suite struct ResponseMaskTests {
    static let real = "8e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b"
    static let standIn = "7d1c2b3a-aaaa-4bbb-8ccc-dddddddddddd"

    @Test(arguments: [1, 2, 7, 36, 37, 1000]) func aRealValueSplitAcrossChunksComesBackAsItsStandIn(_ size: Int) throws {
        let mask = try #require(ResponseMask(CredentialSubstitution([.init(sentinel: Array(Self.standIn.utf8), real: Array(Self.real.utf8))])))
        let body = Array("{\"echo\":\"Bearer \(Self.real)\",\"again\":\"\(Self.real)\"}".utf8)
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            out += mask.body(Array(body[i..<min(body.count, i + size)]))
            i += size
        }
        out += mask.finish()
        #expect(String(decoding: out, as: UTF8.self) == "{\"echo\":\"Bearer \(Self.standIn)\",\"again\":\"\(Self.standIn)\"}")
        #expect(mask.header("Bearer \(Self.real)") == "Bearer \(Self.standIn)")
    }
}
