// Lambda's REST API: the operation from the method and a path template of the service model
// (botocore, lambda 2015-03-31): `DELETE /2015-03-31/functions/{FunctionName}` is DeleteFunction.
// `{Name}` matches one path segment; a query string plays no part.

enum LambdaRoutes {
    static func action(method: String, path: String) -> String? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        var best: (literals: Int, action: String)? = nil
        for route in routes where route.method == method && route.segments.count == segments.count {
            guard zip(route.segments, segments).allSatisfy({ $0.hasPrefix("{") || $0 == $1 }) else { continue }
            // The most specific template wins: `/functions/{F}/url` over a placeholder there.
            let literals = route.segments.count { !$0.hasPrefix("{") }
            if literals > best?.literals ?? -1 { best = (literals, route.action) }
        }
        return best?.action
    }

    struct Route {
        let method: String
        let segments: [Substring]
        let action: String
        init(_ method: String, _ template: String, _ action: String) {
            self.method = method
            self.segments = template.split(separator: "?").first?.split(separator: "/") ?? []
            self.action = action
        }
    }

    static let routes: [Route] = [
        Route("POST", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", "AddLayerVersionPermission"),
        Route("POST", "/2015-03-31/functions/{FunctionName}/policy", "AddPermission"),
        Route("POST", "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint", "CheckpointDurableExecution"),
        Route("POST", "/2015-03-31/functions/{FunctionName}/aliases", "CreateAlias"),
        Route("POST", "/2025-11-30/capacity-providers", "CreateCapacityProvider"),
        Route("POST", "/2020-04-22/code-signing-configs", "CreateCodeSigningConfig"),
        Route("POST", "/2015-03-31/event-source-mappings", "CreateEventSourceMapping"),
        Route("POST", "/2015-03-31/functions", "CreateFunction"),
        Route("POST", "/2021-10-31/functions/{FunctionName}/url", "CreateFunctionUrlConfig"),
        Route("DELETE", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", "DeleteAlias"),
        Route("DELETE", "/2025-11-30/capacity-providers/{CapacityProviderName}", "DeleteCapacityProvider"),
        Route("DELETE", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", "DeleteCodeSigningConfig"),
        Route("DELETE", "/2015-03-31/event-source-mappings/{UUID}", "DeleteEventSourceMapping"),
        Route("DELETE", "/2015-03-31/functions/{FunctionName}", "DeleteFunction"),
        Route("DELETE", "/2020-06-30/functions/{FunctionName}/code-signing-config", "DeleteFunctionCodeSigningConfig"),
        Route("DELETE", "/2017-10-31/functions/{FunctionName}/concurrency", "DeleteFunctionConcurrency"),
        Route("DELETE", "/2019-09-25/functions/{FunctionName}/event-invoke-config", "DeleteFunctionEventInvokeConfig"),
        Route("DELETE", "/2021-10-31/functions/{FunctionName}/url", "DeleteFunctionUrlConfig"),
        Route("DELETE", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", "DeleteLayerVersion"),
        Route("DELETE", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", "DeleteProvisionedConcurrencyConfig"),
        Route("GET", "/2016-08-19/account-settings", "GetAccountSettings"),
        Route("GET", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", "GetAlias"),
        Route("GET", "/2025-11-30/capacity-providers/{CapacityProviderName}", "GetCapacityProvider"),
        Route("GET", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", "GetCodeSigningConfig"),
        Route("GET", "/2025-12-01/durable-executions/{DurableExecutionArn}", "GetDurableExecution"),
        Route("GET", "/2025-12-01/durable-executions/{DurableExecutionArn}/history", "GetDurableExecutionHistory"),
        Route("GET", "/2025-12-01/durable-executions/{DurableExecutionArn}/state", "GetDurableExecutionState"),
        Route("GET", "/2015-03-31/event-source-mappings/{UUID}", "GetEventSourceMapping"),
        Route("GET", "/2015-03-31/functions/{FunctionName}", "GetFunction"),
        Route("GET", "/2020-06-30/functions/{FunctionName}/code-signing-config", "GetFunctionCodeSigningConfig"),
        Route("GET", "/2019-09-30/functions/{FunctionName}/concurrency", "GetFunctionConcurrency"),
        Route("GET", "/2015-03-31/functions/{FunctionName}/configuration", "GetFunctionConfiguration"),
        Route("GET", "/2019-09-25/functions/{FunctionName}/event-invoke-config", "GetFunctionEventInvokeConfig"),
        Route("GET", "/2024-08-31/functions/{FunctionName}/recursion-config", "GetFunctionRecursionConfig"),
        Route("GET", "/2025-11-30/functions/{FunctionName}/function-scaling-config", "GetFunctionScalingConfig"),
        Route("GET", "/2021-10-31/functions/{FunctionName}/url", "GetFunctionUrlConfig"),
        Route("GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", "GetLayerVersion"),
        Route("GET", "/2018-10-31/layers?find=LayerVersion", "GetLayerVersionByArn"),
        Route("GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", "GetLayerVersionPolicy"),
        Route("GET", "/2015-03-31/functions/{FunctionName}/policy", "GetPolicy"),
        Route("GET", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", "GetProvisionedConcurrencyConfig"),
        Route("GET", "/2021-07-20/functions/{FunctionName}/runtime-management-config", "GetRuntimeManagementConfig"),
        Route("POST", "/2015-03-31/functions/{FunctionName}/invocations", "Invoke"),
        Route("POST", "/2014-11-13/functions/{FunctionName}/invoke-async", "InvokeAsync"),
        Route("POST", "/2021-11-15/functions/{FunctionName}/response-streaming-invocations", "InvokeWithResponseStream"),
        Route("GET", "/2015-03-31/functions/{FunctionName}/aliases", "ListAliases"),
        Route("GET", "/2025-11-30/capacity-providers", "ListCapacityProviders"),
        Route("GET", "/2020-04-22/code-signing-configs", "ListCodeSigningConfigs"),
        Route("GET", "/2025-12-01/functions/{FunctionName}/durable-executions", "ListDurableExecutionsByFunction"),
        Route("GET", "/2015-03-31/event-source-mappings", "ListEventSourceMappings"),
        Route("GET", "/2019-09-25/functions/{FunctionName}/event-invoke-config/list", "ListFunctionEventInvokeConfigs"),
        Route("GET", "/2021-10-31/functions/{FunctionName}/urls", "ListFunctionUrlConfigs"),
        Route("GET", "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions", "ListFunctionVersionsByCapacityProvider"),
        Route("GET", "/2015-03-31/functions", "ListFunctions"),
        Route("GET", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions", "ListFunctionsByCodeSigningConfig"),
        Route("GET", "/2018-10-31/layers/{LayerName}/versions", "ListLayerVersions"),
        Route("GET", "/2018-10-31/layers", "ListLayers"),
        Route("GET", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL", "ListProvisionedConcurrencyConfigs"),
        Route("GET", "/2017-03-31/tags/{Resource}", "ListTags"),
        Route("GET", "/2015-03-31/functions/{FunctionName}/versions", "ListVersionsByFunction"),
        Route("POST", "/2018-10-31/layers/{LayerName}/versions", "PublishLayerVersion"),
        Route("POST", "/2015-03-31/functions/{FunctionName}/versions", "PublishVersion"),
        Route("PUT", "/2020-06-30/functions/{FunctionName}/code-signing-config", "PutFunctionCodeSigningConfig"),
        Route("PUT", "/2017-10-31/functions/{FunctionName}/concurrency", "PutFunctionConcurrency"),
        Route("PUT", "/2019-09-25/functions/{FunctionName}/event-invoke-config", "PutFunctionEventInvokeConfig"),
        Route("PUT", "/2024-08-31/functions/{FunctionName}/recursion-config", "PutFunctionRecursionConfig"),
        Route("PUT", "/2025-11-30/functions/{FunctionName}/function-scaling-config", "PutFunctionScalingConfig"),
        Route("PUT", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", "PutProvisionedConcurrencyConfig"),
        Route("PUT", "/2021-07-20/functions/{FunctionName}/runtime-management-config", "PutRuntimeManagementConfig"),
        Route("DELETE", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}", "RemoveLayerVersionPermission"),
        Route("DELETE", "/2015-03-31/functions/{FunctionName}/policy/{StatementId}", "RemovePermission"),
        Route("POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail", "SendDurableExecutionCallbackFailure"),
        Route("POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat", "SendDurableExecutionCallbackHeartbeat"),
        Route("POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed", "SendDurableExecutionCallbackSuccess"),
        Route("POST", "/2025-12-01/durable-executions/{DurableExecutionArn}/stop", "StopDurableExecution"),
        Route("POST", "/2017-03-31/tags/{Resource}", "TagResource"),
        Route("DELETE", "/2017-03-31/tags/{Resource}", "UntagResource"),
        Route("PUT", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", "UpdateAlias"),
        Route("PUT", "/2025-11-30/capacity-providers/{CapacityProviderName}", "UpdateCapacityProvider"),
        Route("PUT", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", "UpdateCodeSigningConfig"),
        Route("PUT", "/2015-03-31/event-source-mappings/{UUID}", "UpdateEventSourceMapping"),
        Route("PUT", "/2015-03-31/functions/{FunctionName}/code", "UpdateFunctionCode"),
        Route("PUT", "/2015-03-31/functions/{FunctionName}/configuration", "UpdateFunctionConfiguration"),
        Route("POST", "/2019-09-25/functions/{FunctionName}/event-invoke-config", "UpdateFunctionEventInvokeConfig"),
        Route("PUT", "/2021-10-31/functions/{FunctionName}/url", "UpdateFunctionUrlConfig"),
    ]
}
