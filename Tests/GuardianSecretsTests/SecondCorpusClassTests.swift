import Testing
@testable import GuardianSecrets

/// The classes the second real-world corpus missed or flagged wrongly once it was read, each a
/// mechanism with values made up for this file: what must be masked, and the same shapes that
/// must not be.
@Suite struct SecondCorpusClassTests {
    static func covered(_ text: String, _ secret: String) -> Bool { DetectorClassTests.covered(text, secret) }
    static func findings(_ text: String) -> [Finding] { DetectorClassTests.findings(text) }

    /// A directive line: the name opens the line, its value is the line's one other word.
    @Test(arguments: [
        ("port 6379\nrequirepass Lq7-vTr2mZp9xW\n", "Lq7-vTr2mZp9xW"),
        ("AccountID 123456\nLicenseKey Hq2_kPz8RvW4nTy6LmB0sXcD3fGj5uAe\nEditionIDs GeoLite2-City\n", "Hq2_kPz8RvW4nTy6LmB0sXcD3fGj5uAe"),
        ("\tmasterauth Wv4.pQz7LtR2nKs8\n\trequirepass Wv4.pQz7LtR2nKs8\n", "Wv4.pQz7LtR2nKs8"),
    ])
    func directiveLines(_ text: String, _ secret: String) {
        #expect(Self.covered(text, secret), "\(text)")
    }

    @Test(arguments: [
        "# requirepass foobared\n",
        "Password reset links expire after one hour.\n",
        "requirepass $REDIS_PASSWORD\n",
        "LicenseKey YOUR_LICENSE_KEY_HERE\n",
        "token refresh happens every 5m0s for Qm3xT9vLp2\n",
    ])
    func notDirectiveSecrets(_ text: String) {
        #expect(Self.findings(text).isEmpty, "\(text)")
    }

    /// The secret that follows an access-key id as the next argument or CSV field.
    @Test(arguments: [
        ("cred := credential.NewCredential(\"AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLf\", \"Gu5t9xGARNpq86cd98joQYCN3Cozk1qA\")", "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA"),
        ("Access key ID,Secret access key\nAKIA2T7QWX4RZ5MNB3KD,q8Vt/3nWz+R5pLx7Kc2mYb9Hs4Jd6Fg1Ae0Tu8Qw\n", "q8Vt/3nWz+R5pLx7Kc2mYb9Hs4Jd6Fg1Ae0Tu8Qw"),
        ("client = AcsClient('LTAI5tRq8Wz3Xk9Pm2Ny7Bv4', 'Ht6Rq2Wz9Xk4Pm7Ny3Bv8Lc5Jd1Fs0', 'cn-hangzhou')", "Ht6Rq2Wz9Xk4Pm7Ny3Bv8Lc5Jd1Fs0"),
    ])
    func pairedSecrets(_ text: String, _ secret: String) {
        #expect(Self.covered(text, secret), "\(text)")
    }

    @Test(arguments: [
        "ids = [\"AKIA2T7QWX4RZ5MNB3KD\", \"eu-west-1\"]",
        "AKIA2T7QWX4RZ5MNB3KD,ci-deploy-user\n",
    ])
    func notPairedSecrets(_ text: String) {
        // The id itself is masked (half of a credential); nothing after it is.
        #expect(Self.findings(text).count == 1, "\(text)")
    }

    /// A quoted password given to a command may hold any printable byte.
    @Test func quotedCommandPassword() {
        #expect(Self.covered("docker login -u 'tenancy/ops@acme.io' -p 'Zr#:<B7kqw{4hxT2pyE)9' fra.ocir.io", "Zr#:<B7kqw{4hxT2pyE)9"))
        #expect(Self.findings("docker login -u ops -p '<your-password>' registry.acme.io").isEmpty)
        #expect(Self.findings("docker login -u ops -p '${REGISTRY_PASSWORD}' registry.acme.io").isEmpty)
    }

    /// Values no name makes secret: published keys, password hashes, a record's key, a
    /// secret store's resource name, committed ciphertext.
    @Test(arguments: [
        "POSTHOG_KEY: phc_Tk4nQz8WvR2pLx7Mc3Yb9Hs5Jd6Fg1Ae0Tu8QwZr",
        "mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZSIsImEiOiJjbHE0bjd6a3cwMDF2MmtvM3F4In0.Qm3xT9vLp2Wz8Rk4Nb7Yc';",
        "STRIPE_KEY=pk_live_51Hq2kPz8RvW4nTy6LmB0sXcD3fGj5uAe",
        "{\"password\": \"pbkdf2_sha256$870000$Wq8vLz3RkT9pXm$Vb7Nc2Hs5Jd6Fg1Ae0Tu8QwZrYk4Lx3Mp9Rt2Ws5Q=\"}",
        "password_hash = 'scrypt:32768:8:1$Rk4Nb7YcQm3x$9f2c7a1e4b8d3c6f0a5e9d2b7c4f1a8e3d6b9c2f5a8e1d4b7c0f3a6e9d2b5c8f'",
        "{\"idempotency_key\": \"4b8f2c1e-9a3d-4e7f-b6c5-2d1e0f9a8b7c\"}",
        "\"ARN\": \"arn:aws:secretsmanager:eu-west-1:210987654321:secret:prod/billing/db-Qm3xT9\"",
        "spec:\n  encryptedData:\n    password: AgBq8Vt3nWz9R5pLx7Kc2mYb9Hs4Jd6Fg1Ae0Tu8QwZr7Xk3Pm2Ny9Bv4Lc5Jd1Fs0Ht6Rq2Wz9Xk4Pm7Ny3Bv8\n    api-key: AgCz7Rk4Nb7YcQm3xT9vLp2Wz8Rk4Nb7YcQm3xT9vLp2Wz8Hs5Jd6Fg1Ae0Tu8QwZrYk4Lx3Mp9Rt2Ws5Q7Xk3\n",
    ])
    func notSecretsWhateverTheName(_ text: String) {
        #expect(Self.findings(text).isEmpty, "\(text)")
    }

    /// The same names still hold secrets when the values are not of those kinds.
    @Test(arguments: [
        ("POSTHOG_PERSONAL_API_KEY: phx_Tk4nQz8WvR2pLx7Mc3Yb9Hs5Jd6Fg1Ae0Tu8QwZrXy", "phx_Tk4nQz8WvR2pLx7Mc3Yb9Hs5Jd6Fg1Ae0Tu8QwZrXy"),
        ("{\"password\": \"Pa$$w0rd-Rk4Nb7Yc\"}", "Pa$$w0rd-Rk4Nb7Yc"),
        ("stringData:\n  api-key: Rk4Nb7YcQm3xT9vLp2Wz8Hs5Jd6Fg1Ae0\n", "Rk4Nb7YcQm3xT9vLp2Wz8Hs5Jd6Fg1Ae0"),
        ("SecretString: 'Qm3xT9vLp2Wz8Rk4Nb7Yc-Hs5Jd6'", "Qm3xT9vLp2Wz8Rk4Nb7Yc-Hs5Jd6"),
    ])
    func stillSecrets(_ text: String, _ secret: String) {
        #expect(Self.covered(text, secret), "\(text)")
    }
}
