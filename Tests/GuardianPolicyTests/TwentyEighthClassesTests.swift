import Testing
@testable import GuardianPolicy

/// The classes the twenty-eighth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, spellings and options), not taken from any corpus.
struct TwentyEighthClassesTests {
    /// A payment reversed through a payments CLI or API; an API method named `object.verb`
    /// whose verb destroys.
    static let destroying: [String] = [
        "stripe invoices void in_1Abc", "stripe subscriptions cancel sub_9Xyz", "stripe refunds create --charge ch_1Abc --amount 500",
        "curl -X POST https://api.payments.example.com/v1/payment_intents/pi_1/cancel -u key:",
        "curl -X DELETE https://api.payments.example.com/v1/subscriptions/sub_1 -u key:",
        "curl https://api.payments.example.com/v1/refunds -u key: -d charge=ch_1",
        "curl -X POST https://chat.example.com/api/files.delete -d file=F1", "curl -X POST https://chat.example.com/api/auth.revoke",
    ]
    static let notDestroying: [String] = [
        "stripe invoices list --limit 5", "stripe refunds retrieve re_1Abc", "stripe subscriptions update sub_9Xyz --metadata note=x",
        "curl https://api.payments.example.com/v1/refunds?limit=3 -u key:", "curl -X POST https://chat.example.com/api/chat.postMessage -d text=hi",
        "curl -X POST http://localhost:7700/indexes/movies/search --data-binary '{\"q\":\"drop\"}'",
        "rm -rf ~/Library/Developer/Xcode/DerivedData/Shop-*",
    ]

    @Test(arguments: destroying) func theseDestroy(_ line: String) {
        #expect(Fixture.dev.evaluate(Fixture.exec(line)).decision >= .ask, "\(line)")
    }
    @Test(arguments: notDestroying) func theseDoNot(_ line: String) { Fixture.expectDoesNotDestroy(line) }

    /// Reads of staging: a search sent as a POST, a database exported to a file here.
    static let reads: [String] = [
        "curl -X POST https://search.shop-staging.example.io/indexes/products/search --data-binary '{\"q\":\"lamp\"}'",
        "curl -X POST https://es.shop-staging.example.io/orders/_count -d '{}'", "wrangler d1 export shop-staging-db --remote --output s.sql",
    ]
    @Test(arguments: reads) func readsOfStagingRunUnderDev(_ line: String) { Fixture.expectAllowedUnderDev(line) }

    /// Production named by a live-mode API key and by an EAS build's profile (it builds in
    /// Expo's service with that profile's variables and credentials).
    static let production: [String] = [
        "curl https://api.stripe.com/v1/balance -u sk_live_4eC39HqLyjWDarjtT1zdp7dc:",
        "curl https://api.stripe.com/v1/charges -H 'Authorization: Bearer rk_live_51AbCdEf'",
        "eas build --platform ios --profile production", "eas build -p android -e production --non-interactive",
    ]
    static let elsewhere: [String] = [
        "curl https://api.stripe.com/v1/balance -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:", "eas build --platform ios --profile preview",
        #"git commit -m "Rotate sk_live_ keys in the vault""#, "grep -rn sk_live_ config/",
    ]

    /// The live-mode marker by bytes: `sk_live_`, `rk_live_`, `pk_live_` that start a word.
    @Test(arguments: [
        ("sk_live_4eC39Hq", true), ("Bearer rk_live_51Ab", true), ("pk_live_x", true), ("key=sk_live_ab", true),
        ("sk_test_4eC39Hq", false), ("task_live_x", false), ("sk_live", false), ("desk_live_x", false), ("", false),
    ])
    func liveKeyMarker(_ text: String, _ expected: Bool) {
        #expect(TargetPlaces.holdsLiveKey(text) == expected, "\(text)")
    }

    @Test(arguments: production) func theseNameProduction(_ line: String) { Fixture.expectNamesProduction(line) }
    @Test(arguments: elsewhere) func theseNameNoProduction(_ line: String) { Fixture.expectNamesNoOtherEnvironment(line) }
}
