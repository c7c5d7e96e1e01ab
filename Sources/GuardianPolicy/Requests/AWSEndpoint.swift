// An AWS endpoint name read as AWS's own SDKs build it:
//   {service}.{region}.amazonaws.com            rds.us-east-1, dynamodb.eu-west-1, lambda.…
//   {service}.amazonaws.com                     iam, sts, s3 (global endpoints: no region)
//   {service}-fips.{region}…, {service}.dualstack.{region}…
//   {bucket}.s3.{region}…, {bucket}.s3.amazonaws.com, {bucket}.s3-{region}… (virtual-hosted S3;
//   a bucket name may itself contain dots)
// The endpoint prefix is usually the SigV4 signing name; when a request is signed, its scope
// names the service instead.

struct AWSEndpoint: Equatable {
    var service: String
    var region: String?
    /// The bucket of a virtual-hosted S3 endpoint.
    var bucket: String?

    init?(host: String) {
        let host = host.lowercased()
        guard let suffix = [".amazonaws.com", ".amazonaws.com.cn", ".api.aws"].first(where: host.hasSuffix) else {
            return nil
        }
        let labels = host.dropLast(suffix.count).split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !labels.isEmpty, !labels.contains(where: \.isEmpty) else { return nil }
        var serviceIndex = labels.count - 1
        if let regionIndex = labels.firstIndex(where: Self.isRegion) {
            guard regionIndex > 0 else { return nil }
            region = labels[regionIndex]
            serviceIndex = regionIndex - 1
            while serviceIndex > 0, labels[serviceIndex] == "dualstack" || labels[serviceIndex] == "fips" {
                serviceIndex -= 1
            }
        } else if labels[serviceIndex].hasPrefix("s3-"), Self.isRegion(labels[serviceIndex].dropFirst(3)) {
            region = String(labels[serviceIndex].dropFirst(3))  // legacy bucket.s3-us-west-2.amazonaws.com
        }
        var name = labels[serviceIndex]
        if name.hasSuffix("-fips") { name = String(name.dropLast("-fips".count)) }
        // s3-accelerate, s3-website, s3-accesspoint, s3-us-west-2: the S3 API itself. (s3-control
        // is another API.)
        if name.hasPrefix("s3-"), name != "s3-control", name != "s3-outposts" { name = "s3" }
        service = name
        if name == "s3", serviceIndex > 0 {
            bucket = labels[..<serviceIndex].joined(separator: ".")
        }
    }

    /// `us-east-1`, `us-gov-west-1`, `ap-southeast-3`, `cn-north-1`, `us-isob-east-1`.
    static func isRegion<S: StringProtocol>(_ label: S) -> Bool {
        let parts = label.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts.count <= 4,
              parts[0].count == 2, parts[0].allSatisfy({ $0.isLetter }),
              let last = parts.last, !last.isEmpty, last.allSatisfy({ $0.isASCII && $0.isNumber })
        else { return false }
        return parts.dropFirst().dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter } }
    }
}
