import Testing
@testable import GuardianPolicy

/// The classes the fifty-ninth held-out corpus's misses named, table by table: each mechanism
/// with lines that must be read its way and hard negatives that must not, written for the
/// mechanism (other names, tools and spellings), not taken from any corpus.
struct FiftyNinthClassesTests {
    /// A subscription sought to the clock where the command runs acknowledges every message
    /// published so far, as a seek past now does; a seek to a time before it replays.
    @Test func aSeekToNowDestroys() {
        Fixture.expectDestroys("gcloud pubsub subscriptions seek orders-sub --time=$(date -u +%Y-%m-%dT%H:%M:%SZ)")
        Fixture.expectDestroys("gcloud pubsub subscriptions seek orders-sub --time now")
        Fixture.expectDoesNotDestroy("gcloud pubsub subscriptions seek orders-sub --time=$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)")
        Fixture.expectDoesNotDestroy("gcloud pubsub subscriptions seek orders-sub --time=2020-01-01T00:00:00Z")
    }
}
