/// A small read-only hash map from currency code to column number.
///
/// Exchange lookups probe it on every conversion; a `Dictionary` spends most of a conversion's
/// time hashing with SipHash. Codes are three letters packed in 24 bits, so a multiplicative hash
/// with linear probing over a table a few times larger than the key count finds a code in one or
/// two probes.
struct CodeIndex: Sendable {
  private let keys: [UInt32]
  private let values: [Int32]
  private let shift: UInt64

  /// Creates an index where `codes[i]` maps to `i`.
  init(_ codes: [CurrencyCode]) {
    var bits: UInt64 = 3
    while (1 << bits) < codes.count * 4 { bits += 1 }
    let size = 1 << bits
    var keys = [UInt32](repeating: 0, count: size)
    var values = [Int32](repeating: -1, count: size)
    shift = 64 - bits
    for (index, code) in codes.enumerated() {
      var slot = CodeIndex.slot(code.rawValue, shift: shift)
      while keys[slot] != 0 && keys[slot] != code.rawValue { slot = (slot + 1) & (size - 1) }
      keys[slot] = code.rawValue
      values[slot] = Int32(index)
    }
    self.keys = keys
    self.values = values
  }

  @inline(__always)
  private static func slot(_ raw: UInt32, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (UInt64(raw) &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The number given to a code, or `nil`.
  @inline(__always)
  func index(of code: CurrencyCode) -> Int? {
    let mask = keys.count - 1
    var slot = CodeIndex.slot(code.rawValue, shift: shift)
    while true {
      let key = keys[slot]
      if key == code.rawValue { return Int(values[slot]) }
      if key == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }
}
