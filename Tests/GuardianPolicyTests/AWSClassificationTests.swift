import GuardianPolicy
import Testing

/// AWS calls named by service and action, whichever protocol and endpoint style carries them.
@Suite struct AWSClassificationTests {
    static let form = "application/x-www-form-urlencoded; charset=utf-8"

    static let aws: [RequestCase] = [
        .init("RDS query protocol", Req.post("/", "Action=DeleteDBInstance&Version=2014-10-31&DBInstanceIdentifier=db1&SkipFinalSnapshot=true",
                                             type: form, host: "rds.us-east-1.amazonaws.com", headers: [Req.sigv4("rds", "us-east-1")]),
              .aws(service: "rds", action: "DeleteDBInstance", region: "us-east-1")),
        .init("RDS by host alone", Req.post("/", "Action=DeleteDBCluster&DBClusterIdentifier=c", type: form, host: "rds.eu-west-1.amazonaws.com"),
              .aws(service: "rds", action: "DeleteDBCluster", region: "eu-west-1")),
        .init("EC2 action in the query string", Req.get("/?Action=TerminateInstances&InstanceId.1=i-1&Version=2016-11-15",
                                                        host: "ec2.us-west-2.amazonaws.com"),
              .aws(service: "ec2", action: "TerminateInstances", region: "us-west-2")),
        .init("signed for RDS, sent to loopback", Req.post("/", "Action=DeleteDBInstance&DBInstanceIdentifier=db1", type: form,
                                                            host: "127.0.0.1", headers: [Req.sigv4("rds", "us-east-1")]),
              .aws(service: "rds", action: "DeleteDBInstance", region: "us-east-1")),
        .init("DynamoDB JSON target", Req.post("/", #"{"TableName":"users"}"#, type: "application/x-amz-json-1.0",
                                               host: "dynamodb.eu-west-1.amazonaws.com",
                                               headers: [("X-Amz-Target", "DynamoDB_20120810.DeleteTable"), Req.sigv4("dynamodb", "eu-west-1")]),
              .aws(service: "dynamodb", action: "DeleteTable", region: "eu-west-1")),
        .init("S3 path style delete bucket", Req.send("DELETE", "/my-bucket", host: "s3.us-east-1.amazonaws.com"),
              .aws(service: "s3", action: "DeleteBucket", region: "us-east-1")),
        .init("S3 virtual-hosted delete bucket", Req.send("DELETE", "/", host: "my-bucket.s3.us-west-2.amazonaws.com"),
              .aws(service: "s3", action: "DeleteBucket", region: "us-west-2")),
        .init("S3 path style delete object", Req.send("DELETE", "/my-bucket/dir/key.txt", host: "s3.amazonaws.com"),
              .aws(service: "s3", action: "DeleteObject", region: nil)),
        .init("S3 virtual-hosted delete object", Req.send("DELETE", "/dir/key.txt", host: "my.bucket.s3.us-west-2.amazonaws.com"),
              .aws(service: "s3", action: "DeleteObject", region: "us-west-2")),
        .init("S3 batch delete, virtual-hosted", Req.send("POST", "/?delete", host: "my-bucket.s3.amazonaws.com", body: "<Delete/>"),
              .aws(service: "s3", action: "DeleteObjects", region: nil)),
        .init("S3 batch delete, path style", Req.send("POST", "/my-bucket?delete=", host: "s3.eu-central-1.amazonaws.com"),
              .aws(service: "s3", action: "DeleteObjects", region: "eu-central-1")),
        .init("S3 delete tags is not delete bucket", Req.send("DELETE", "/my-bucket?tagging", host: "s3.amazonaws.com"),
              .aws(service: "s3", action: "DeleteBucketTagging", region: nil)),
        .init("S3 put object", Req.send("PUT", "/k", host: "b.s3.us-east-1.amazonaws.com"), .aws(service: "s3", action: "PutObject", region: "us-east-1")),
        .init("S3 list v2", Req.get("/?list-type=2&prefix=a", host: "b.s3.us-east-1.amazonaws.com"),
              .aws(service: "s3", action: "ListObjectsV2", region: "us-east-1")),
        .init("S3 signed, MinIO on loopback", Req.send("DELETE", "/bucket", host: "127.0.0.1", headers: [Req.sigv4("s3", "us-east-1")]),
              .aws(service: "s3", action: "DeleteBucket", region: "us-east-1")),
        .init("S3 presigned delete", Req.send("DELETE", "/b/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20250101%2Fap-south-1%2Fs3%2Faws4_request&X-Amz-Signature=ab",
                                              host: "s3.ap-south-1.amazonaws.com"),
              .aws(service: "s3", action: "DeleteObject", region: "ap-south-1")),
        .init("Lambda delete function", Req.send("DELETE", "/2015-03-31/functions/my-fn", host: "lambda.us-east-1.amazonaws.com",
                                                 headers: [Req.sigv4("lambda", "us-east-1")]),
              .aws(service: "lambda", action: "DeleteFunction", region: "us-east-1")),
        .init("Lambda invoke", Req.send("POST", "/2015-03-31/functions/my-fn/invocations", host: "lambda.us-east-1.amazonaws.com"),
              .aws(service: "lambda", action: "Invoke", region: "us-east-1")),
        .init("CloudWatch rpc-v2-cbor", Req.send("POST", "/service/GraniteServiceVersion20100801/operation/DeleteAlarms",
                                                 host: "monitoring.us-east-1.amazonaws.com", headers: [("smithy-protocol", "rpc-v2-cbor")]),
              .aws(service: "monitoring", action: "DeleteAlarms", region: "us-east-1")),
        .init("IAM global endpoint", Req.post("/", "Action=DeleteUser&UserName=bob", type: form, host: "iam.amazonaws.com"),
              .aws(service: "iam", action: "DeleteUser", region: nil)),
        .init("unknown REST service: the method", Req.send("DELETE", "/clusters/prod", host: "eks.us-east-1.amazonaws.com"),
              .aws(service: "eks", action: "DELETE", region: "us-east-1")),

        .init("target and Action disagree", Req.post("/", "Action=DeleteDBInstance&DBInstanceIdentifier=db1", type: form,
                                                     host: "rds.us-east-1.amazonaws.com", headers: [("X-Amz-Target", "X.DescribeDBInstances")]),
              .refused(RequestRefusal.awsAmbiguousAction)),
        .init("Action twice", Req.post("/", "Action=DescribeDBInstances&Action=DeleteDBInstance", type: form, host: "rds.us-east-1.amazonaws.com"),
              .refused(RequestRefusal.duplicateParameter)),
        .init("not AWS", Req.send("DELETE", "/v1/apps/web", host: "api.machines.dev"), .plain),
    ]

    @Test(arguments: aws)
    func classifies(_ row: RequestCase) {
        row.check()
    }

    @Test(arguments: [
        ("AWS4-HMAC-SHA256 Credential=AKIA/20250101/us-east-1/rds/aws4_request, SignedHeaders=host, Signature=ab", "rds", "us-east-1"),
        ("AWS4-HMAC-SHA256 Credential=AKIA/20250101/eu-west-1/dynamodb/aws4_request,SignedHeaders=host,Signature=ab", "dynamodb", "eu-west-1"),
        ("AWS4-ECDSA-P256-SHA256 Credential=AKIA/20250101/s3/aws4_request, SignedHeaders=host, Signature=ab", "s3", nil),
    ] as [(String, String, String?)])
    func credentialScope(_ header: String, _ service: String, _ region: String?) {
        let request = Req.send("GET", "/", host: "example.com", headers: [("Authorization", header)])
        let facts = try? RequestClassifier.classify(request).get()
        #expect(facts?.aws?.service == service)
        #expect(facts?.aws?.region == region)
    }

    @Test(arguments: ["Bearer abc", "AWS4-HMAC-SHA256 Credential=AKIA/20250101", "Basic dXNlcjpwYXNz"])
    func notAScope(_ header: String) {
        let request = Req.send("GET", "/", host: "example.com", headers: [("Authorization", header)])
        #expect((try? RequestClassifier.classify(request).get())?.aws == nil)
    }
}
