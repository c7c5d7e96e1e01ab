import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The session's CA, made at its first use: the first TLS connection the tree makes through
/// the gateway, or the first trust bundle it reads. A session that never uses TLS never pays
/// for its keys. Made once; every caller after the first gets the same CA (or the same
/// failure), and callers that arrive while it is being made wait for it.
public final class AuthoritySource: Sendable {
    private let sessionName: String
    private let made = Mutex<Result<SessionAuthority, AuthorityError>?>(nil)

    public init(sessionName: String) {
        self.sessionName = sessionName
    }

    /// A CA already made (tests, and callers that need it at once).
    public init(_ authority: SessionAuthority) {
        sessionName = ""
        made.withLock { $0 = .success(authority) }
    }

    /// The CA, made now if it is the first call.
    public func get() throws(AuthorityError) -> SessionAuthority {
        try made.withLock { current throws(AuthorityError) -> SessionAuthority in
            if let current { return try current.get() }
            let result: Result<SessionAuthority, AuthorityError>
            do { result = .success(try SessionAuthority(sessionName: sessionName)) } catch {
                result = .failure(AuthorityError(description: "could not make the session's certificate authority (\(error))"))
            }
            current = result
            return try result.get()
        }
    }

    /// The CA when it has been made, without making it.
    public var ifMade: SessionAuthority? {
        made.withLock { current in
            if case .success(let authority)? = current { return authority }
            return nil
        }
    }
}

public struct AuthorityError: Error, CustomStringConvertible {
    public var description: String
}

/// The files that make the tree trust the session's CA, at paths every trust variable names
/// (`TrustBundle.apply`): `trust.crt` and, where Java is on PATH, `java-trust-store`, in a
/// directory of Guardian's state (one of its guarded directories: the tree may read it, never
/// write it). On disk they are empty and shared by every session; they are made once and kept.
/// What the tree reads at those paths is never the file: Guardian serves the bytes it makes at
/// the first read in this session (`content(of:)`) — the system's roots with the session's CA
/// after them, and the PKCS#12 store of the same roots and the CA — so a start writes nothing,
/// makes no CA and no Java store, and a session that reads neither file never makes them.
public final class SessionTrust: Sendable {
    public let authority: AuthoritySource
    /// The directory of the files.
    public let directory: String
    /// `trust.crt`.
    public let bundle: String
    /// `java-trust-store`, when Java is on PATH.
    public let javaStore: String?
    /// Guardian's own directory for what stays the same from one start to the next (the Java
    /// store's part made of the system roots).
    let cacheDirectory: String?
    /// Where the system's roots are looked for, the first found is read.
    let roots: [String]
    private let bundlePath: [UInt8]
    private let javaStorePath: [UInt8]?
    private let contents = Mutex<[String: Result<[UInt8], TrustBundleError>]>([:])

    /// Finds or makes the directory and the two empty files. `java`: whether the tree is to be
    /// pointed at the Java store (there is a Java on PATH to read it). `roots`: where the
    /// system's roots are looked for (tests name others).
    public init(sessionName: String, directory: String, cacheDirectory: String?, java: Bool,
                roots: [String] = TrustBundle.systemBundles) throws(SessionTrustError) {
        authority = AuthoritySource(sessionName: sessionName)
        self.cacheDirectory = cacheDirectory
        self.roots = roots
        self.directory = directory
        bundle = directory + "/trust.crt"
        javaStore = java ? JavaTrustStore.path(besideBundle: bundle) : nil
        bundlePath = Array(bundle.utf8)
        javaStorePath = javaStore.map { Array($0.utf8) }
        do {
            try TrustBundle.ensureDirectory(directory)
            try TrustBundle.ensureEmpty(bundle)
            if let javaStore { try TrustBundle.ensureEmpty(javaStore) }
        } catch {
            throw SessionTrustError("could not make the trust files the agent's TLS clients are pointed at (\(error)) — set GUARDIAN_HOME to a writable directory")
        }
    }

    /// Whether `path` (a real path) is one of the session's trust files.
    public func isSessionFile(_ path: [UInt8]) -> Bool {
        path == bundlePath || (javaStorePath != nil && path == javaStorePath!)
    }

    /// What the tree reads at `path`, one of the session's files: made at the first call (the
    /// CA with it, when it is not made yet) and the same bytes after. A failure is kept too:
    /// the caller refuses the open rather than serve a bundle without the CA.
    public func content(of path: [UInt8]) -> Result<[UInt8], TrustBundleError> {
        let key = String(decoding: path, as: UTF8.self)
        return contents.withLock { made in
            if let done = made[key] { return done }
            let result = self.make(isStore: path != bundlePath)
            made[key] = result
            return result
        }
    }

    private func make(isStore: Bool) -> Result<[UInt8], TrustBundleError> {
        let caPEM: String
        do { caPEM = try authority.get().caPEM } catch { return .failure(TrustBundleError(bundle, EIO, detail: error.description)) }
        let systemRoots: [UInt8]
        do { systemRoots = try TrustBundle.systemRoots(roots) } catch { return .failure(error) }
        if !isStore { return .success(CertificateBundle.appending(Array(caPEM.utf8), to: systemRoots)) }
        do {
            guard let rootBags = TrustBundle.cachedRootBags(String(decoding: systemRoots, as: UTF8.self), cache: cacheDirectory) else {
                return .failure(TrustBundleError(javaStore ?? bundle, EIO, detail: "the system's roots could not be made into a Java store"))
            }
            return .success(try JavaTrustStore.pkcs12(bags: rootBags + JavaTrustStore.sessionBag(caPEM)))
        } catch {
            return .failure(TrustBundleError(javaStore ?? bundle, EIO, detail: "\(error)"))
        }
    }
}

public struct SessionTrustError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
