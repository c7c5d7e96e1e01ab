// swift-tools-version:6.0
import PackageDescription

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
        // The pure policy engine: profiles, rules, decisions. No syscalls.
        .target(name: "GuardianPolicy", dependencies: ["Yams"]),
        // The event model and the JSON Lines log.
        .target(
            name: "GuardianEvents",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // Linux: filter, spawn, notify loop, ptrace loop, path resolution.
        .target(
            name: "GuardianSupervisor",
            dependencies: [
                "CGuardianShim", "CSeccomp", "GuardianPolicy", "GuardianEvents",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "GuardianCommands",
            dependencies: [
                "GuardianSupervisor", "GuardianPolicy", "GuardianEvents",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "guardian", dependencies: ["GuardianCommands"]),
        .executableTarget(name: "PolicyBench", dependencies: ["GuardianPolicy"], path: "bench/PolicyBench"),
        // Writes Sources/GuardianPolicy/BuiltinDocuments.swift (run by profiles/embed.sh).
        .executableTarget(name: "profile-embed", dependencies: ["GuardianPolicy"], path: "Sources/ProfileEmbed"),

        .testTarget(name: "GuardianPolicyTests", dependencies: ["GuardianPolicy", "Yams", "profile-embed"]),
        .testTarget(name: "GuardianEventsTests", dependencies: ["GuardianEvents"]),
        .testTarget(name: "GuardianSupervisorTests", dependencies: ["GuardianSupervisor", "CGuardianShim", "CSeccomp"]),
        .testTarget(name: "GuardianCommandsTests", dependencies: ["GuardianCommands"]),
        // What the integration and adversarial suites share: throwaway worlds, the built
        // `guardian` binary run in them, their event logs.
        .target(name: "GuardianTestSupport", path: "Tests/GuardianTestSupport"),
        // Real processes under the real filter, through the built `guardian` binary.
        .testTarget(name: "GuardianIntegrationTests", dependencies: ["GuardianTestSupport"]),
        // Attacks, each with its control; their C programs are compiled at test time.
        .testTarget(
            name: "GuardianAdversarialTests",
            dependencies: ["GuardianTestSupport"],
            resources: [.copy("helpers")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
