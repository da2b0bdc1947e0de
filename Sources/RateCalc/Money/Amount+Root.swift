extension Amount {
  /// The square root of a number from 0 to 1, rounded down at the 18th decimal place (Newton's
  /// method on integers: the result `r` is the largest with `r² ≤ self`). Used by France's RGDU,
  /// whose exponent 1.75 is `x × √x × √√x`.
  /// - Returns: `nil` when the amount is negative or above 1.
  func squareRootOfFraction() -> Amount? {
    guard !isNegative, self <= .one else { return nil }
    // √(u × 10⁻¹⁸) = √(u × 10¹⁸) × 10⁻¹⁸; u × 10¹⁸ ≤ 10³⁶ fits in 128 bits.
    let square = UInt128(units) * UInt128(Amount.scale)
    guard square > 0 else { return .zero }
    var root = UInt128(Amount.scale)  // √(10³⁶): at or above the answer, so Newton descends.
    // Each step at least halves the error once below the root; 128 steps bound it with room to spare.
    for _ in 0..<128 {
      let next = (root + square / root) / 2
      if next >= root { break }
      root = next
    }
    return Amount(unchecked: Int128(root))
  }

  /// `self` to the power `quarters ÷ 4` for a number from 0 to 1 (`quarters` 7 is the power 1.75).
  /// Exact to about 10⁻¹⁷: each root and product is rounded at the 18th place.
  func power(quarters: Int) -> Amount? {
    guard quarters >= 0, let root = squareRootOfFraction(), let fourth = root.squareRootOfFraction() else {
      return nil
    }
    // A product that cannot be held is no power at all: nil, never a zero.
    var result = Amount.one
    for _ in 0..<(quarters / 4) {
      guard let next = try? result.multiplied(by: self) else { return nil }
      result = next
    }
    if quarters % 4 >= 2 {
      guard let next = try? result.multiplied(by: root) else { return nil }
      result = next
    }
    if quarters % 2 == 1 {
      guard let next = try? result.multiplied(by: fourth) else { return nil }
      result = next
    }
    return result
  }
}
