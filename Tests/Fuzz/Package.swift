// swift-tools-version:6.1
// Fuzz targets for the parsers of hostile input. A package of its own, depending on the root by
// path, so that the root's `swift build` and `swift test` never build them. Run them with
// scripts/fuzz.sh, which passes the two sanitizer flags libFuzzer needs (TOOLCHAIN.md).
import Foundation
import PackageDescription

// A path dependency is known by its folder's name (the clone's name), not by its manifest's.
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()
    .deletingLastPathComponent().lastPathComponent.lowercased()

func target(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name, dependencies: products.map { .product(name: $0, package: root) },
        swiftSettings: [.swiftLanguageMode(.v6)])
}

let package = Package(
    name: "ShortlistFuzz",
    dependencies: [.package(path: "../..")],
    targets: [
        target("FuzzCSV", ["ShortlistCore", "ShortlistExchange"]),
        target("FuzzJSON", ["ShortlistCore", "ShortlistExchange"]),
        target("FuzzProfile", ["ShortlistExchange"]),
        target("FuzzTheme", ["ShortlistUI"]),
        target("FuzzConfig", ["ShortlistUI"]),
        target("FuzzNotesBundle", ["ShortlistCore", "ShortlistExchange"]),
        target("FuzzFilter", ["ShortlistCore"]),
    ]
)
