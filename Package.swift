// swift-tools-version:6.0
import Foundation
import PackageDescription
#if canImport(Glibc)
import Glibc
#endif

/// Guardian's own Swift code asks for a type's metadata through an accessor rather than by its
/// mangled name: at start the runtime otherwise demangles and looks up each generic type the
/// first time it is used.
let ownCode: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

/// A release build's relative relocations packed (DT_RELR, `-z pack-relative-relocs`, linked by
/// lld): the position-independent binary carries ~126,000 of them, and the dynamic loader reads
/// a table of 24-byte entries for them at every start (2.2 M cycles) where a packed bitmap takes
/// 0.5 M. Only where glibc reads the packed form (2.36 or later; the binary then needs it where
/// it runs) and lld is on PATH; elsewhere the build links as before.
let packedRelocations: [LinkerSetting] = {
    #if canImport(Glibc)
    var buffer = [UInt8](repeating: 0, count: 64)
    guard buffer.withUnsafeMutableBytes({ confstr(Int32(_CS_GNU_LIBC_VERSION), $0.baseAddress, $0.count) }) > 0 else { return [] }
    // "glibc 2.36"
    let text = String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
    let version = text.split(separator: " ").last?.split(separator: ".").compactMap { Int($0) } ?? []
    guard version.count >= 2, version[0] > 2 || (version[0] == 2 && version[1] >= 36) else { return [] }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    guard path.split(separator: ":").contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/ld.lld") }) else { return [] }
    return [.unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"], .when(configuration: .release))]
    #else
    return []
    #endif
}()

let package = Package(
    name: "guardian",
    products: [
        .executable(name: "guardian", targets: ["guardian"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.94.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.36.0"),
        .package(url: "https://github.com/apple/swift-nio-http2", from: "1.36.0"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.0"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.3.0"),
        .package(url: "https://github.com/GraphQLSwift/GraphQL", from: "4.3.0"),
    ],
    targets: [
        // libseccomp, found through pkg-config; Debian/Ubuntu: apt-get install libseccomp-dev.
        .systemLibrary(
            name: "CSeccomp",
            pkgConfig: "libseccomp",
            providers: [.apt(["libseccomp-dev"])]
        ),
        // C for what Swift cannot say: variadic calls, macros, and the child side of fork→exec.
        .target(name: "CGuardianShim", dependencies: ["CSeccomp"]),
        // glibc's re_search, which tells a failed regex search from one that found nothing.
        .target(name: "CPosixRegex"),
        // The pure policy engine: profiles, rules, decisions, request classification. No syscalls.
        .target(
            name: "GuardianPolicy",
            dependencies: ["CPosixRegex", "Yams", .product(name: "GraphQL", package: "GraphQL")],
            swiftSettings: ownCode
        ),
        // Secrets by content: detectors, sentinels, the session's registry. Pure Swift.
        .target(name: "GuardianSecrets", swiftSettings: ownCode),
        // The event model and the JSON Lines log.
        .target(
            name: "GuardianEvents",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: ownCode
        ),
        // `guardian doctor`'s probes: each mechanism tried in a forked child, apart from the
        // production shim.
        .target(name: "CGuardianProbe", dependencies: ["CGuardianShim"]),
        // zlib, for request bodies sent with Content-Encoding.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        // The network gateway: the proxy every connection of the tree is handed to, its TLS
        // (a per-session CA), and the bridge from a request to a decision.
        .target(
            name: "GuardianNetwork",
            dependencies: [
                "GuardianPolicy", "CZlib", "CGuardianShim",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOHTTP2", package: "swift-nio-http2"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: ownCode
        ),
        // Linux: filter, spawn, notify loop, ptrace loop, path resolution.
        .target(
            name: "GuardianSupervisor",
            dependencies: [
                "CGuardianShim", "CSeccomp", "GuardianPolicy", "GuardianEvents", "GuardianNetwork", "GuardianSecrets",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: ownCode
        ),
        // `guardian doctor`: what this kernel and environment offer, as checks with fixes.
        .target(
            name: "GuardianDoctor",
            dependencies: ["CGuardianProbe", "CGuardianShim", "CSeccomp", "GuardianSupervisor", "GuardianEvents"],
            swiftSettings: ownCode
        ),
        .target(
            name: "GuardianCommands",
            dependencies: [
                "GuardianSupervisor", "GuardianDoctor", "GuardianPolicy", "GuardianEvents", "GuardianNetwork", "GuardianSecrets",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: ownCode
        ),
        // Linked without exporting its symbols: Swift's static runtime asks the linker to put
        // every public symbol of every module in the dynamic symbol table (36,000 of them), which
        // no one looks up, and which every dladdr at start (the runtime's) scans in full.
        .executableTarget(name: "guardian", dependencies: ["GuardianCommands"], swiftSettings: ownCode,
                          linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"])] + packedRelocations),
        .executableTarget(name: "PolicyBench", dependencies: ["GuardianPolicy"], path: "bench/PolicyBench"),
        .executableTarget(name: "SecretsBench", dependencies: ["GuardianSecrets"], path: "bench/SecretsBench"),
        // Writes Sources/GuardianPolicy/BuiltinDocuments.swift (run by profiles/embed.sh).
        .executableTarget(name: "profile-embed", dependencies: ["GuardianPolicy"], path: "Sources/ProfileEmbed"),

        .testTarget(name: "GuardianPolicyTests", dependencies: ["GuardianPolicy", "Yams", "profile-embed"]),
        .testTarget(name: "GuardianEventsTests", dependencies: ["GuardianEvents"]),
        .testTarget(name: "GuardianSecretsTests", dependencies: ["GuardianSecrets"], resources: [.copy("corpus")]),
        .testTarget(name: "GuardianSupervisorTests", dependencies: ["GuardianSupervisor", "GuardianNetwork", "CGuardianShim", "CSeccomp"],
                    // Read from the source tree by FilterGoldenTests (and rewritten with GOLDEN_UPDATE=1).
                    exclude: ["Golden"]),
        .testTarget(name: "GuardianDoctorTests", dependencies: ["GuardianDoctor", "CGuardianShim", "GuardianEvents"]),
        .testTarget(name: "GuardianCommandsTests", dependencies: ["GuardianCommands"]),
        .testTarget(
            name: "GuardianNetworkTests",
            dependencies: [
                "GuardianNetwork", "GuardianPolicy",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "X509", package: "swift-certificates"), .product(name: "SwiftASN1", package: "swift-asn1"),
            ]
        ),
        // What the integration and adversarial suites share: throwaway worlds, the built
        // `guardian` binary run in them, their event logs.
        .target(name: "GuardianTestSupport", path: "Tests/GuardianTestSupport"),
        // Real processes under the real filter, through the built `guardian` binary.
        .testTarget(name: "GuardianIntegrationTests", dependencies: ["GuardianTestSupport"], resources: [.copy("servers")]),
        // Attacks, each with its control; their C programs are compiled at test time.
        .testTarget(
            name: "GuardianAdversarialTests",
            dependencies: ["GuardianTestSupport"],
            resources: [.copy("helpers")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
