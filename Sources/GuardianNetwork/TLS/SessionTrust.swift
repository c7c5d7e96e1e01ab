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

/// The files that make the tree trust the session's CA, in a directory of their own under
/// TMPDIR (read-only, one of Guardian's guarded directories, removed when the session ends):
///
/// - `trust.crt`, which every trust variable names (`TrustBundle.apply`): at start, a copy of
///   the system's roots made by the kernel (no CA is needed yet). The tree reads it through a
///   sealed copy with the CA after the roots (`content(of:)`), made at its first read.
/// - `java-trust-store`, where Java is on PATH: an empty file at start, read by the tree
///   through a sealed copy of the PKCS#12 store of the same roots and the CA, made at its first
///   read.
///
/// A start therefore makes neither the CA's keys nor the Java store; a session that reads
/// neither file never makes them. The files on disk are never the ones the tree reads:
/// Guardian serves the bytes it made, so a file changed under it would change nothing.
public final class SessionTrust: Sendable {
    public let authority: AuthoritySource
    /// The directory, removed with the session.
    public let directory: String
    /// `trust.crt`.
    public let bundle: String
    /// `java-trust-store`, when Java is on PATH.
    public let javaStore: String?
    /// Guardian's own directory for what stays the same from one start to the next (the Java
    /// store's part made of the system roots).
    let cacheDirectory: String?
    private let bundlePath: [UInt8]
    private let javaStorePath: [UInt8]?
    private let contents = Mutex<[String: Result<[UInt8], TrustBundleError>]>([:])

    /// Makes the directory and the files' starting content. `java`: whether to make the Java
    /// store's file (there is a Java on PATH to read it).
    /// `roots`: where the system's roots are looked for (tests name others).
    public init(sessionName: String, temporaryDirectory: String, cacheDirectory: String?, java: Bool,
                roots: [String] = TrustBundle.systemBundles) throws(SessionTrustError) {
        authority = AuthoritySource(sessionName: sessionName)
        self.cacheDirectory = cacheDirectory
        var template = Array((temporaryDirectory + "/guardian-trust-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else {
            throw SessionTrustError("could not create a directory for the session's trust bundle in \(temporaryDirectory) (\(String(cString: strerror(errno)))) — set TMPDIR to a writable directory")
        }
        directory = String(cString: created)
        bundle = directory + "/trust.crt"
        javaStore = java ? JavaTrustStore.path(besideBundle: bundle) : nil
        bundlePath = Array(bundle.utf8)
        javaStorePath = javaStore.map { Array($0.utf8) }
        do {
            try TrustBundle.writeRoots(to: bundle, roots: roots)
            if let javaStore { try TrustBundle.writeEmpty(javaStore) }
        } catch {
            Self.remove(directory)
            throw SessionTrustError("could not write the session's trust bundle (\(error)) — set TMPDIR to a writable directory")
        }
        chmod(directory, 0o755)
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
        // The roots as they were copied at start: the bytes a reader of the bundle is served.
        guard let roots = FileManager.default.contents(atPath: bundle) else { return .failure(TrustBundleError(bundle, errno)) }
        let rootsText = String(decoding: roots, as: UTF8.self)
        if !isStore { return .success(CertificateBundle.appending(Array(caPEM.utf8), to: Array(roots))) }
        do {
            guard let rootBags = TrustBundle.cachedRootBags(rootsText, cache: cacheDirectory) else {
                return .failure(TrustBundleError(javaStore ?? bundle, EIO, detail: "the system's roots could not be made into a Java store"))
            }
            return .success(try JavaTrustStore.pkcs12(bags: rootBags + JavaTrustStore.sessionBag(caPEM)))
        } catch {
            return .failure(TrustBundleError(javaStore ?? bundle, EIO, detail: "\(error)"))
        }
    }

    /// Removes the files and their directory.
    public func remove() { Self.remove(directory) }

    static func remove(_ directory: String) {
        unlink(directory + "/trust.crt")
        unlink(directory + "/java-trust-store")
        rmdir(directory)
    }
}

public struct SessionTrustError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
