import Testing
@testable import GuardianPolicy

/// The classes the eighty-fifth and eighty-sixth held-out corpora's misses named, table by
/// table: each mechanism with lines that must be read its way and hard negatives that must not,
/// written for the mechanism (other names, tools and spellings), not taken from any corpus.
struct EightyFifthClassesTests {
    /// The application run with its framework's configuration for production connects to
    /// production's database, queues and caches.
    static let applicationRuns: [String] = [
        "DOTNET_ENVIRONMENT=Production dotnet run --project src/Quarry.Worker",
        "ASPNETCORE_ENVIRONMENT=Production dotnet out/Quarry.Api.dll",
        "java -jar build/libs/quarry-api.jar --spring.profiles.active=production",
        "./gradlew :api:bootRun --args='--server.port=9090 --spring.profiles.active=prod'",
        "SPRING_PROFILES_ACTIVE=production mvn spring-boot:run",
        "MIX_ENV=prod mix phx.server",
        "RAILS_ENV=production bin/rails server -p 4000",
        "APP_ENV=production php artisan horizon",
        "APP_ENV=prod php bin/console messenger:consume async -vv",
    ]
    @Test(arguments: applicationRuns) func runningTheApplicationForProductionNamesIt(_ line: String) { Fixture.expectNamesProduction(line) }
    static let buildsAndOtherEnvironments: [String] = [
        "ASPNETCORE_ENVIRONMENT=Production dotnet build -c Release",
        "ASPNETCORE_ENVIRONMENT=Production dotnet test",
        "ASPNETCORE_ENVIRONMENT=Production dotnet build --configuration Release -o out",
        "APP_ENV=production php artisan config:cache",
        "MIX_ENV=prod mix compile",
        "RAILS_ENV=production bin/rails assets:precompile",
        "NODE_ENV=production node dist/server.js",
        "java -jar build/libs/quarry-api.jar --spring.profiles.active=local",
        "DOTNET_ENVIRONMENT=Development dotnet run",
    ]
    @Test(arguments: buildsAndOtherEnvironments) func buildsAndOtherEnvironmentsDoNot(_ line: String) { Fixture.expectAllowedUnderDev(line) }
}
