/// A counter-based random number generator: the n-th number of a stream depends only on the
/// seed and n, never on what was drawn before.
///
/// That is what makes a simulation identical whatever the number of threads: draw `i` of input
/// `j` always reads counter `i · inputs + j`, whichever thread computes it. The mixing function
/// is SplitMix64's (Steele, Lea and Flood 2014): the n-th SplitMix64 output for `seed` is
/// `mix(seed + (n + 1) · γ)`, so this is exactly the SplitMix64 stream, addressable at random.
///
/// ```swift
/// let rng = CounterRandom(seed: 42)
/// rng.unit(3)      // a Double in (0, 1), the same on every run and machine
/// ```
public struct CounterRandom: Sendable, Equatable {
    public let seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    /// SplitMix64's golden-ratio increment.
    static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The counter-th 64-bit number of the stream.
    @inline(__always)
    public func bits(_ counter: UInt64) -> UInt64 {
        var z = seed &+ (counter &+ 1) &* Self.gamma
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The counter-th number as a Double strictly between 0 and 1 (53 random bits, centred in
    /// their cell so neither end is ever returned and inverse CDFs stay finite).
    @inline(__always)
    public func unit(_ counter: UInt64) -> Double {
        (Double(bits(counter) >> 11) + 0.5) * 0x1p-53
    }
}
