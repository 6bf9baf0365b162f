// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Shortlist",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "shortlist", targets: ["shortlist"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TerminalKit", dependencies: ["CNcursesw"], swiftSettings: strict),
        .target(name: "ShortlistCore", swiftSettings: strict),
        .target(
            name: "ShortlistStore",
            dependencies: ["ShortlistCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .target(
            name: "ShortlistUI",
            dependencies: ["ShortlistCore", "ShortlistStore", "TerminalKit"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "shortlist",
            dependencies: [
                "ShortlistCore", "ShortlistStore", "ShortlistUI", "TerminalKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ShortlistTestSupport", dependencies: ["ShortlistCore"], swiftSettings: strict),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"], swiftSettings: strict),
        .testTarget(
            name: "ShortlistCoreTests", dependencies: ["ShortlistCore"], swiftSettings: strict),
        .testTarget(
            name: "ShortlistStoreTests",
            dependencies: ["ShortlistStore", "ShortlistCore", "ShortlistTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ShortlistUITests",
            dependencies: [
                "ShortlistUI", "ShortlistStore", "ShortlistCore", "TerminalKit",
                "ShortlistTestSupport",
            ],
            exclude: ["Golden"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["shortlist"],
            swiftSettings: strict
        ),
    ]
)
