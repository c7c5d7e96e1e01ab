// S3's REST API: the operation from the method, whether the path names a bucket or an object,
// and the subresource in the query (`?tagging`, `?delete`, `?uploads`). The subresource matters:
// `DELETE /bucket?tagging` deletes tags, `DELETE /bucket` the bucket. Tables from the S3 service
// model (botocore, s3 2006-03-01); for two operations on one subresource the current one is named.

enum S3Routes {
    /// - Parameter bucketInHost: the bucket of a virtual-hosted endpoint (`bucket.s3.…`); without
    ///   it the first path segment is the bucket (path style, and S3-compatible stores).
    static func action(method: String, path: String, query: [RequestFacts.QueryItem], request: HTTPRequest,
                       bucketInHost: String?) -> String {
        var segments = path.split(separator: "/", maxSplits: bucketInHost == nil ? 2 : 1, omittingEmptySubsequences: false)
            .dropFirst()  // the empty segment before the leading slash
        let bucket = bucketInHost ?? segments.popFirst().map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let key = segments.first.map(String.init) ?? ""
        let names = Set(query.map(\.name))
        let copy = !request.values("x-amz-copy-source").isEmpty

        if !key.isEmpty {
            return objectAction(method: method, names: names, query: query, copy: copy)
        }
        if bucket == nil {
            switch method {
            case "GET": return "ListBuckets"
            // A bucket named by a host Guardian does not know (a custom domain): `DELETE /`
            // there deletes the bucket.
            case "DELETE": return names.contains("tagging") ? "DeleteBucketTagging" : "DeleteBucket"
            case "POST" where names.contains("delete"): return "DeleteObjects"
            default: return method
            }
        }
        for item in query {
            if let action = bucketSubresources["\(method) \(item.name)"] { return action }
        }
        switch method {
        case "DELETE": return "DeleteBucket"
        case "PUT": return "CreateBucket"
        case "HEAD": return "HeadBucket"
        case "GET": return query.contains { $0.name == "list-type" && $0.value == "2" } ? "ListObjectsV2" : "ListObjects"
        case "POST": return "PostObject"  // a browser form upload
        default: return method
        }
    }

    static func objectAction(method: String, names: Set<String>, query: [RequestFacts.QueryItem], copy: Bool) -> String {
        let upload = names.contains("uploadId")
        switch method {
        case "DELETE" where upload: return "AbortMultipartUpload"
        case "GET" where upload: return "ListParts"
        case "POST" where upload: return "CompleteMultipartUpload"
        case "PUT" where upload && names.contains("partNumber"): return copy ? "UploadPartCopy" : "UploadPart"
        default: break
        }
        for item in query {
            if let action = objectSubresources["\(method) \(item.name)"] { return action }
        }
        switch method {
        case "DELETE": return "DeleteObject"
        case "PUT": return copy ? "CopyObject" : "PutObject"
        case "GET": return "GetObject"
        case "HEAD": return "HeadObject"
        default: return method
        }
    }

    static let objectSubresources: [String: String] = [
        "DELETE tagging": "DeleteObjectTagging",
        "GET acl": "GetObjectAcl",
        "GET attributes": "GetObjectAttributes",
        "GET legal-hold": "GetObjectLegalHold",
        "GET retention": "GetObjectRetention",
        "GET tagging": "GetObjectTagging",
        "GET torrent": "GetObjectTorrent",
        "POST restore": "RestoreObject",
        "POST select": "SelectObjectContent",
        "POST uploads": "CreateMultipartUpload",
        "PUT acl": "PutObjectAcl",
        "PUT encryption": "UpdateObjectEncryption",
        "PUT legal-hold": "PutObjectLegalHold",
        "PUT renameObject": "RenameObject",
        "PUT retention": "PutObjectRetention",
        "PUT tagging": "PutObjectTagging",
    ]

    static let bucketSubresources: [String: String] = [
        "DELETE analytics": "DeleteBucketAnalyticsConfiguration",
        "DELETE cors": "DeleteBucketCors",
        "DELETE encryption": "DeleteBucketEncryption",
        "DELETE intelligent-tiering": "DeleteBucketIntelligentTieringConfiguration",
        "DELETE inventory": "DeleteBucketInventoryConfiguration",
        "DELETE lifecycle": "DeleteBucketLifecycle",
        "DELETE metadataConfiguration": "DeleteBucketMetadataConfiguration",
        "DELETE metadataTable": "DeleteBucketMetadataTableConfiguration",
        "DELETE metrics": "DeleteBucketMetricsConfiguration",
        "DELETE ownershipControls": "DeleteBucketOwnershipControls",
        "DELETE policy": "DeleteBucketPolicy",
        "DELETE publicAccessBlock": "DeletePublicAccessBlock",
        "DELETE replication": "DeleteBucketReplication",
        "DELETE tagging": "DeleteBucketTagging",
        "DELETE website": "DeleteBucketWebsite",
        "GET abac": "GetBucketAbac",
        "GET accelerate": "GetBucketAccelerateConfiguration",
        "GET acl": "GetBucketAcl",
        "GET analytics": "ListBucketAnalyticsConfigurations",
        "GET cors": "GetBucketCors",
        "GET encryption": "GetBucketEncryption",
        "GET intelligent-tiering": "ListBucketIntelligentTieringConfigurations",
        "GET inventory": "ListBucketInventoryConfigurations",
        "GET lifecycle": "GetBucketLifecycleConfiguration",
        "GET location": "GetBucketLocation",
        "GET logging": "GetBucketLogging",
        "GET metadataConfiguration": "GetBucketMetadataConfiguration",
        "GET metadataTable": "GetBucketMetadataTableConfiguration",
        "GET metrics": "ListBucketMetricsConfigurations",
        "GET notification": "GetBucketNotificationConfiguration",
        "GET object-lock": "GetObjectLockConfiguration",
        "GET ownershipControls": "GetBucketOwnershipControls",
        "GET policy": "GetBucketPolicy",
        "GET policyStatus": "GetBucketPolicyStatus",
        "GET publicAccessBlock": "GetPublicAccessBlock",
        "GET replication": "GetBucketReplication",
        "GET requestPayment": "GetBucketRequestPayment",
        "GET session": "CreateSession",
        "GET tagging": "GetBucketTagging",
        "GET uploads": "ListMultipartUploads",
        "GET versioning": "GetBucketVersioning",
        "GET versions": "ListObjectVersions",
        "GET website": "GetBucketWebsite",
        "POST delete": "DeleteObjects",
        "POST metadataConfiguration": "CreateBucketMetadataConfiguration",
        "POST metadataTable": "CreateBucketMetadataTableConfiguration",
        "PUT abac": "PutBucketAbac",
        "PUT accelerate": "PutBucketAccelerateConfiguration",
        "PUT acl": "PutBucketAcl",
        "PUT analytics": "PutBucketAnalyticsConfiguration",
        "PUT cors": "PutBucketCors",
        "PUT encryption": "PutBucketEncryption",
        "PUT intelligent-tiering": "PutBucketIntelligentTieringConfiguration",
        "PUT inventory": "PutBucketInventoryConfiguration",
        "PUT lifecycle": "PutBucketLifecycleConfiguration",
        "PUT logging": "PutBucketLogging",
        "PUT metadataInventoryTable": "UpdateBucketMetadataInventoryTableConfiguration",
        "PUT metadataJournalTable": "UpdateBucketMetadataJournalTableConfiguration",
        "PUT metrics": "PutBucketMetricsConfiguration",
        "PUT notification": "PutBucketNotificationConfiguration",
        "PUT object-lock": "PutObjectLockConfiguration",
        "PUT ownershipControls": "PutBucketOwnershipControls",
        "PUT policy": "PutBucketPolicy",
        "PUT publicAccessBlock": "PutPublicAccessBlock",
        "PUT replication": "PutBucketReplication",
        "PUT requestPayment": "PutBucketRequestPayment",
        "PUT tagging": "PutBucketTagging",
        "PUT versioning": "PutBucketVersioning",
        "PUT website": "PutBucketWebsite",
    ]
}
