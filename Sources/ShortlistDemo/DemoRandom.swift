import Foundation
import ShortlistCore

/// SplitMix64: tiny, fast, and identical on every platform, so a demo candidate depends only on
/// (seed, index, stream). Deliberately not a `RandomNumberGenerator`: the standard library's
/// algorithms that take one (shuffle, random element) may change between Swift versions.
struct DemoRandom {
    private var state: UInt64

    /// Each part of a candidate draws from its own stream, so that adding a phrase to the CV
    /// pools does not change anybody's name or submission time.
    init(seed: UInt64, index: Int, stream: UInt64) {
        var s = Self.mix(seed &+ 0x9E37_79B9_7F4A_7C15)
        s = Self.mix(s ^ UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03)
        state = Self.mix(s ^ stream &* 0x8CB9_2BA7_2F3D_8DD7)
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// Uniform in `0..<bound` (Lemire's multiply-high; the bias is far below what a demo notices).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    mutating func inRange(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `perMille` / 1000.
    mutating func chance(_ perMille: Int) -> Bool { below(1000) < perMille }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    /// `count` distinct positions in `0..<bound` (fewer if bound is smaller), in drawing order.
    mutating func distinctIndices(_ count: Int, below bound: Int) -> [Int] {
        let wanted = min(count, bound)
        var chosen: [Int] = []
        chosen.reserveCapacity(wanted)
        while chosen.count < wanted {
            let i = below(bound)
            if !chosen.contains(i) { chosen.append(i) }
        }
        return chosen
    }
}

/// Items with integer weights, drawn in proportion to them.
struct DemoWeighted<Item: Sendable>: Sendable {
    let items: [Item]
    private let cumulative: [Int]

    init(_ pairs: [(Item, Int)]) {
        items = pairs.map(\.0)
        var running = 0
        cumulative = pairs.map { pair in
            running += pair.1
            return running
        }
    }

    func pick(_ random: inout DemoRandom) -> Item {
        let r = random.below(cumulative[cumulative.count - 1])
        var i = 0
        while cumulative[i] <= r { i += 1 }
        return items[i]
    }
}
