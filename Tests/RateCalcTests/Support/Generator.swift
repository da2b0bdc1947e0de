import Testing

/// A small seeded random generator (SplitMix64) for property tests: the same seed gives the same
/// cases on every machine, so a failure can be reproduced.
struct Generator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A whole number in the range.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    let span = UInt64(range.upperBound - range.lowerBound) + 1
    return range.lowerBound + Int(next() % span)
  }

  /// One of the elements.
  mutating func element<T>(of items: [T]) -> T {
    items[int(in: 0...(items.count - 1))]
  }
}

/// The error of type `E` that `body` throws, or `nil` (with a recorded issue) when it throws none
/// or another kind.
func caught<E: Error>(
  _ type: E.Type, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> some Any
) -> E? {
  do {
    _ = try body()
    Issue.record("expected an error of type \(E.self)", sourceLocation: sourceLocation)
  } catch let error as E {
    return error
  } catch {
    Issue.record("expected \(E.self), got \(error)", sourceLocation: sourceLocation)
  }
  return nil
}
