import Testing
@testable import GuardianNetwork

/// Requests signed by botocore (an independent implementation of Signature Version 4) check
/// with the secret they were signed with, and signing them again reproduces its signature: a
/// form-encoded POST (STS), an S3 GET with an encoded path and query (paths encoded once),
/// and an EC2-style GET (paths encoded twice).
@Suite struct SigV4ResigningTests {
    static let secret = Array("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".utf8)

    struct Signed: Sendable, CustomTestStringConvertible {
        var method: String
        var target: String
        var headers: [(String, String)]
        var body: String
        var testDescription: String { "\(method) \(headers.first { $0.0 == "host" }?.1 ?? "")\(target)" }
    }

    static let cases: [Signed] = [
        Signed(method: "POST", target: "/", headers: [
            ("host", "sts.amazonaws.com"),
            ("content-type", "application/x-www-form-urlencoded; charset=utf-8"),
            ("x-amz-date", "20261202T165200Z"),
            ("authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261202/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=bbb18cf60efda8aa43b72a14bdf5926ae6f6fe2e2f2d133f35bce1deee9f844a"),
        ], body: "Action=GetCallerIdentity&Version=2011-06-15"),
        Signed(method: "GET", target: "/a%20b/c?list-type=2&prefix=x%2Fy", headers: [
            ("host", "b.s3.amazonaws.com"),
            ("x-amz-date", "20261202T165200Z"),
            ("x-amz-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261202/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=174cb7fb770cae176dbbafb834cc688f4f743ca3d121ce7b8046b10155bc9604"),
        ], body: ""),
        Signed(method: "GET", target: "/a%20b/c?Action=Describe&Z=1&A=2", headers: [
            ("host", "ec2.amazonaws.com"),
            ("x-amz-date", "20261202T165200Z"),
            ("authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261202/us-east-1/ec2/aws4_request, SignedHeaders=host;x-amz-date, Signature=3608c7c57bb01a1d15258524ed1ae54c82f2f25c02839bdbb29482d94a8c2c4b"),
        ], body: ""),
    ]

    @Test(arguments: cases) func signingAgainReproducesBotocore(_ c: Signed) {
        let same = SigV4Resigning(standInSecret: Self.secret, realKeyID: "AKIAIOSFODNN7EXAMPLE", realSecret: Self.secret)
        let body = Array(c.body.utf8)
        let again = same.resign(method: c.method, originalHeaders: c.headers, originalTarget: c.target, originalBody: body,
                                headers: c.headers, target: c.target, body: body)
        #expect(again == c.headers.last!.1)
    }

    @Test(arguments: cases) func aSignatureMadeWithAnotherSecretDoesNotCheck(_ c: Signed) {
        let other = SigV4Resigning(standInSecret: Array("0000000000000000000000000000000000000000".utf8), realKeyID: "AKIAREAL", realSecret: Self.secret)
        let body = Array(c.body.utf8)
        #expect(other.resign(method: c.method, originalHeaders: c.headers, originalTarget: c.target, originalBody: body,
                             headers: c.headers, target: c.target, body: body) == nil)
    }

    @Test func theRealKeyAndSecretSignTheForwardedRequest() {
        let c = Self.cases[0]
        let real = Array("REALrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY".utf8)
        let r = SigV4Resigning(standInSecret: Self.secret, realKeyID: "AKIAREALKEY0000000000", realSecret: real)
        let body = Array(c.body.utf8)
        let value = r.resign(method: c.method, originalHeaders: c.headers, originalTarget: c.target, originalBody: body,
                             headers: c.headers, target: c.target, body: body)
        #expect(value?.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIAREALKEY0000000000/20261202/us-east-1/sts/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=") == true)
        #expect(value?.hasSuffix("bbb18cf60efda8aa43b72a14bdf5926ae6f6fe2e2f2d133f35bce1deee9f844a") == false)
        // Chunk-signed uploads are left alone.
        var streaming = c.headers
        streaming.insert(("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"), at: 1)
        #expect(r.resign(method: c.method, originalHeaders: streaming, originalTarget: c.target, originalBody: body,
                         headers: streaming, target: c.target, body: body) == nil)
    }
}
