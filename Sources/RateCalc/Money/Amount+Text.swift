extension Amount: CustomStringConvertible {
  /// The exact value as plain decimal text, without trailing zeros: `87.105`, `-3`, `0.5`.
  public var description: String {
    let (whole, fraction) = Amount.split(units.magnitude)
    var places = fraction == 0 ? 0 : Amount.fractionDigits
    var kept = fraction
    while places > 0 && kept % 10 == 0 {
      kept /= 10
      places -= 1
    }
    return Amount.written(whole: whole, fraction: kept, places: places, grouping: false, negative: units < 0)
  }

  /// The value rounded to exactly `places` decimals, optionally with thousands separators:
  /// `text(places: 2, grouping: true)` gives `73,815.16`.
  public func text(places: Int, mode: RoundingMode = .standard, grouping: Bool = false) -> String {
    let places = min(max(places, 0), Amount.fractionDigits)
    let rounded = self.rounded(places: places, mode: mode)
    let (whole, fraction) = Amount.split(rounded.units.magnitude)
    let kept = fraction / UInt64(truncatingIfNeeded: Amount.powerOfTen(Amount.fractionDigits - places))
    return Amount.written(whole: whole, fraction: kept, places: places, grouping: grouping, negative: rounded.units < 0)
  }

  /// A magnitude's whole units and its 18 decimals, by two hardware divisions.
  static func split(_ magnitude: UInt128) -> (whole: UInt128, fraction: UInt64) {
    let scale = UInt64(truncatingIfNeeded: Amount.scale)
    let (upper, upperRest) = UInt64(truncatingIfNeeded: magnitude >> 64).quotientAndRemainder(dividingBy: scale)
    let (lower, fraction) = scale.dividingFullWidth((upperRest, UInt64(truncatingIfNeeded: magnitude)))
    return (UInt128(upper) << 64 | UInt128(lower), fraction)
  }

  /// The text of a number: an optional prefix (`£`, `AED `), the sign before it, the whole part
  /// (grouped in threes if asked), and `places` decimals of `fraction`, written right to left
  /// into one small buffer, so showing a figure makes one string and nothing else.
  static func written(
    whole: UInt128, fraction: UInt64, places: Int, grouping: Bool, negative: Bool, prefix: String = ""
  ) -> String {
    // 20 whole digits, 6 commas, a point, 18 decimals and a sign fit in 46 bytes.
    let capacity = 48 + prefix.utf8.count
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
      var at = capacity
      func put(_ byte: UInt8) {
        at -= 1
        buffer[at] = byte
      }
      if places > 0 {
        var rest = fraction
        for _ in 0..<places {
          put(UInt8(ascii: "0") + UInt8(rest % 10))
          rest /= 10
        }
        put(UInt8(ascii: "."))
      }
      var digits = 0
      func digit(_ value: UInt64) {
        if grouping && digits > 0 && digits % 3 == 0 { put(UInt8(ascii: ",")) }
        put(UInt8(ascii: "0") + UInt8(value))
        digits += 1
      }
      // Below 2⁶⁴ in one 64-bit loop; above it (up to 10²⁰), the low 19 digits then the rest.
      var (high, low) = (UInt64(0), UInt64(0))
      if let small = UInt64(exactly: whole) {
        low = small
      } else {
        let split = whole.quotientAndRemainder(dividingBy: 10_000_000_000_000_000_000)
        (high, low) = (UInt64(truncatingIfNeeded: split.quotient), UInt64(truncatingIfNeeded: split.remainder))
        for _ in 0..<19 {
          digit(low % 10)
          low /= 10
        }
        low = high
      }
      repeat {
        digit(low % 10)
        low /= 10
      } while low > 0
      for byte in prefix.utf8.reversed() { put(byte) }
      if negative { put(UInt8(ascii: "-")) }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[at..<capacity]), as: UTF8.self)
    }
  }

  /// Parses plain decimal text such as `1.1684`, `-3` or `0.87058`: digits, at most one point,
  /// at most 18 decimals, an optional leading minus. Nothing else is accepted: `1,1476` and
  /// `12abc` are errors, never a prefix silently read as a number.
  public init(parsing text: String) throws(SyntaxError) {
    self = try AmountParser.parsePlain(text)
  }
}
