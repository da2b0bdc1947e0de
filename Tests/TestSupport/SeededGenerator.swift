/// A small seeded random generator (SplitMix64) for property and fuzz tests: the same seed gives
/// the same cases on every machine, so a failure can be reproduced. Shared by both test targets.
public struct SeededGenerator {
  private var state: UInt64

  /// A generator that starts from `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A whole number in the range.
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    let span = UInt64(range.upperBound - range.lowerBound) + 1
    return range.lowerBound + Int(next() % span)
  }

  /// A whole number from 0 to `limit` − 1.
  public mutating func below(_ limit: Int) -> Int { int(in: 0...(limit - 1)) }

  /// One of the elements.
  public mutating func element<T>(of items: [T]) -> T { items[below(items.count)] }
}
