// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Shortlist",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "shortlist", targets: ["shortlist"]),
        // For the fuzz targets of Tests/Fuzz, a package of their own that depends on this one.
        .library(name: "ShortlistCore", targets: ["ShortlistCore"]),
        .library(name: "ShortlistExchange", targets: ["ShortlistExchange"]),
        .library(name: "ShortlistUI", targets: ["ShortlistUI"]),
    ],
    // `--traits Postgres` adds the PostgreSQL server side (docs/server.md); without it
    // postgres-nio is not even fetched, so the default build stays as lean as before.
    traits: [.trait(name: "Postgres")],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TerminalKit", dependencies: ["CNcursesw"], swiftSettings: strict),
        .target(name: "ShortlistCore", swiftSettings: strict),
        // Demo data: a realistic population and interview round, for `shortlist demo`, the
        // benchmark and the tests; never part of the product's domain.
        .target(name: "ShortlistDemo", dependencies: ["ShortlistCore"], swiftSettings: strict),
        .target(
            name: "ShortlistStore",
            dependencies: [
                "ShortlistCore", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C interface, for the bulk load's binding (`BulkRowInserter`).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(
                    name: "PostgresNIO", package: "postgres-nio",
                    condition: .when(traits: ["Postgres"])),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "TOMLSupport",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")],
            swiftSettings: strict
        ),
        .target(
            name: "ShortlistExchange",
            dependencies: [
                "ShortlistCore", "ShortlistStore", "TOMLSupport",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ShortlistUI",
            dependencies: [
                "ShortlistCore", "ShortlistStore", "TerminalKit", "TOMLSupport",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "shortlist",
            dependencies: [
                "ShortlistCore", "ShortlistDemo", "ShortlistStore", "ShortlistExchange",
                "ShortlistUI", "TerminalKit",
                "TOMLSupport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "ShortlistTestSupport",
            dependencies: [
                "ShortlistCore", "ShortlistDemo", "ShortlistStore", "ShortlistExchange",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"], swiftSettings: strict),
        .testTarget(
            name: "ShortlistDemoTests",
            dependencies: ["ShortlistDemo", "ShortlistCore", "ShortlistTestSupport"],
            exclude: ["Golden"], swiftSettings: strict),
        .testTarget(
            name: "ShortlistCoreTests",
            dependencies: [
                "ShortlistCore", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "ShortlistStoreTests",
            dependencies: [
                "ShortlistStore", "ShortlistCore", "ShortlistTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ShortlistExchangeTests",
            dependencies: [
                "ShortlistExchange", "ShortlistStore", "ShortlistCore", "ShortlistTestSupport",
                "TOMLSupport", .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "ShortlistUITests",
            dependencies: [
                "ShortlistUI", "ShortlistStore", "ShortlistCore", "TerminalKit",
                "ShortlistTestSupport", "ShortlistExchange", "TOMLSupport",
            ],
            exclude: ["Golden"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "shortlist", "ShortlistStore", "ShortlistTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Golden"],
            swiftSettings: strict
        ),
    ]
)
