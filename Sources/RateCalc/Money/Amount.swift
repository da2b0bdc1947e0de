/// An exact decimal number with 18 digits after the point, stored as a 128-bit integer.
///
/// `Amount` is ratecalc's number for money, rates and every intermediate figure. Addition,
/// subtraction and comparison are exact. A product or quotient is exact to 18 decimal places:
/// its 36-digit intermediate is held in 256 bits and rounded once, half-even, at the 18th place
/// (see ``fractionDigits``). Nothing is ever built from a `Double`.
///
/// The largest magnitude is just under 10²⁰ (one hundred quintillion): see ``maximum``. Every
/// operation that would go beyond it, and every division by zero, throws an ``ArithmeticError``
/// instead of trapping.
///
/// ```swift
/// let salary = try Amount(parsing: "55000.50")
/// let perDay = try salary.divided(by: Amount(220))   // 250.002272727272727273
/// perDay.rounded(places: 2, mode: .halfUp)            // 250.00
/// ```
public struct Amount: Hashable, Comparable, Sendable {
  /// The number of decimal places an `Amount` keeps: 18.
  public static let fractionDigits = 18

  /// 10¹⁸, the number of raw units in 1.
  static let scale: Int128 = 1_000_000_000_000_000_000

  /// The largest raw magnitude: 10³⁸ − 1.
  static let limit: Int128 = scale * scale * 100 - 1

  /// The value in units of 10⁻¹⁸.
  public let units: Int128

  /// The largest amount supported: 99,999,999,999,999,999,999.999999999999999999.
  public static let maximum = Amount(unchecked: limit)

  /// Zero.
  public static let zero = Amount(unchecked: 0)

  /// One.
  public static let one = Amount(unchecked: scale)

  init(unchecked units: Int128) {
    self.units = units
  }

  /// Creates an amount from raw units of 10⁻¹⁸.
  /// - Throws: ``ArithmeticError/overflow`` when the magnitude exceeds ``maximum``.
  public init(units: Int128) throws(ArithmeticError) {
    guard units.magnitude <= Amount.limit.magnitude else { throw .overflow }
    self.units = units
  }

  /// Creates an amount equal to a whole number. Every `Int` fits.
  public init(_ integer: Int) {
    self.units = Int128(integer) * Amount.scale
  }

  /// Creates the amount `mantissa × 10^(−places)`, such as `Amount(mantissa: 87105, places: 3)`
  /// for 87.105.
  /// - Throws: ``ArithmeticError/overflow`` when `places` is not in 0...18 or the value is too big.
  public init(mantissa: Int, places: Int) throws(ArithmeticError) {
    guard (0...Amount.fractionDigits).contains(places) else { throw .overflow }
    self.units = Int128(mantissa) * Amount.powerOfTen(Amount.fractionDigits - places)
  }

  /// `numerator ÷ denominator` for small literals in ratecalc's own code (`ratio(75, 10)` is 7.5),
  /// rounded half-even at the 18th place; zero if `denominator` is zero.
  static func ratio(_ numerator: Int, _ denominator: Int) -> Amount {
    (try? Amount.product(Amount(numerator), .one, dividedBy: Amount(denominator))) ?? .zero
  }

  /// 10⁰ … 10³⁸, written out so that the table is built at compile time (a computed table would be
  /// initialized lazily, with a check on every read).
  private static let powersOfTen: [Int128] = [
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
    100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
    10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    100_000_000_000_000_000_000, 1_000_000_000_000_000_000_000, 10_000_000_000_000_000_000_000,
    100_000_000_000_000_000_000_000, 1_000_000_000_000_000_000_000_000, 10_000_000_000_000_000_000_000_000,
    100_000_000_000_000_000_000_000_000, 1_000_000_000_000_000_000_000_000_000,
    10_000_000_000_000_000_000_000_000_000, 100_000_000_000_000_000_000_000_000_000,
    1_000_000_000_000_000_000_000_000_000_000, 10_000_000_000_000_000_000_000_000_000_000,
    100_000_000_000_000_000_000_000_000_000_000, 1_000_000_000_000_000_000_000_000_000_000_000,
    10_000_000_000_000_000_000_000_000_000_000_000, 100_000_000_000_000_000_000_000_000_000_000_000,
    1_000_000_000_000_000_000_000_000_000_000_000_000, 10_000_000_000_000_000_000_000_000_000_000_000_000,
    100_000_000_000_000_000_000_000_000_000_000_000_000,
  ]

  /// 10ⁿ for n in 0...38.
  static func powerOfTen(_ exponent: Int) -> Int128 { powersOfTen[exponent] }

  /// Whether the amount is below zero.
  public var isNegative: Bool { units < 0 }

  /// Whether the amount is zero.
  public var isZero: Bool { units == 0 }

  /// The whole part, rounded toward zero.
  public var integerPart: Int128 { units / Amount.scale }

  /// Whether `lhs` is the smaller amount.
  public static func < (lhs: Amount, rhs: Amount) -> Bool { lhs.units < rhs.units }

  /// The sum, exactly.
  public func adding(_ other: Amount) throws(ArithmeticError) -> Amount {
    let (sum, overflow) = units.addingReportingOverflow(other.units)
    guard !overflow else { throw .overflow }
    return try Amount(units: sum)
  }

  /// The difference, exactly.
  public func subtracting(_ other: Amount) throws(ArithmeticError) -> Amount {
    let (difference, overflow) = units.subtractingReportingOverflow(other.units)
    guard !overflow else { throw .overflow }
    return try Amount(units: difference)
  }

  /// The amount with its sign flipped.
  public var negated: Amount { Amount(unchecked: -units) }

  /// The absolute value.
  public var magnitude: Amount { Amount(unchecked: units < 0 ? -units : units) }

  /// The product, rounded half-even at the 18th decimal place.
  public func multiplied(by other: Amount) throws(ArithmeticError) -> Amount {
    try Amount.product(self, other, dividedBy: .one)
  }

  /// The quotient, rounded half-even at the 18th decimal place.
  /// - Throws: ``ArithmeticError/divisionByZero`` when `other` is zero.
  public func divided(by other: Amount) throws(ArithmeticError) -> Amount {
    try Amount.product(self, .one, dividedBy: other)
  }

  /// `a × b ÷ c` with one rounding (half-even at the 18th place): the product is held in 256 bits,
  /// so nothing is lost before the single division. This is how a conversion through a base
  /// currency divides once.
  public static func product(
    _ a: Amount, _ b: Amount, dividedBy c: Amount
  ) throws(ArithmeticError) -> Amount {
    guard c.units != 0 else { throw .divisionByZero }
    let negative = ((a.units < 0) != (b.units < 0)) != (c.units < 0)
    var (first, second, divisor) = (a.units.magnitude, b.units.magnitude, c.units.magnitude)
    // A divisor beyond 64 bits (any rate above 18.4, such as yen to the euro) would take a slow
    // 128-bit division. A rate written with up to six decimals is a whole number of 10¹² units, and
    // so is usually one factor: dividing both by 10¹² leaves the quotient and the rounding as they
    // were (the remainder only shrinks by the same factor) and the divisor within 64 bits.
    if divisor > UInt64.max, let smaller = Amount.exactTrillionth(divisor) {
      if let reduced = Amount.exactTrillionth(second) {
        (second, divisor) = (reduced, smaller)
      } else if let reduced = Amount.exactTrillionth(first) {
        (first, divisor) = (reduced, smaller)
      }
    }
    // a·b carries 36 decimals; dividing by c (18 decimals) leaves 18.
    let wide = Amount.fullProduct(first, second)
    var magnitude: UInt128
    if let small = UInt64(exactly: divisor) {
      // Fast path: hardware 128-by-64 divisions, most significant 64-bit limb first. The quotient
      // fits in 128 bits exactly when the high half is below the divisor; that half is then the
      // first remainder, so two divisions remain (one when the middle limb is also below it).
      guard wide.high < UInt128(small) else { throw .overflow }
      let upperRest = UInt64(truncatingIfNeeded: wide.high)
      let middleLimb = UInt64(truncatingIfNeeded: wide.low >> 64)
      // With no upper rest the middle limb divides alone, by the processor's own 64-bit division.
      let (middle, middleRest) =
        upperRest == 0
        ? middleLimb.quotientAndRemainder(dividingBy: small) : small.dividingFullWidth((upperRest, middleLimb))
      let (lower, remainder) = small.dividingFullWidth((middleRest, UInt64(truncatingIfNeeded: wide.low)))
      magnitude = UInt128(middle) << 64 | UInt128(lower)
      // Half-even, without a branch on the remainder (which way it goes is a coin toss).
      let rest = small - remainder
      let up: UInt64 = (remainder > rest ? 1 : 0) | (remainder == rest ? lower & 1 : 0)
      let (next, overflow) = magnitude.addingReportingOverflow(UInt128(up))
      guard !overflow else { throw .overflow }
      magnitude = next
    } else {
      guard wide.high < divisor else { throw .overflow }
      let (quotient, remainder) = divisor.dividingFullWidth(wide)
      magnitude = quotient
      if remainder > divisor - remainder || (remainder == divisor - remainder && quotient & 1 == 1) {
        magnitude = try Amount.increment(magnitude)
      }
    }
    guard magnitude <= Amount.limit.magnitude else { throw .overflow }
    // Within the limit, so it fits: no checked conversion (a call through a generic initializer).
    let units = Int128(truncatingIfNeeded: magnitude)
    return Amount(unchecked: negative ? -units : units)
  }

  /// `a × b` in 256 bits. A rate is below 2⁶⁴ units (18.4) more often than not, and then two
  /// 64-bit multiplications do instead of the four of the general case.
  @inline(__always)
  static func fullProduct(_ a: UInt128, _ b: UInt128) -> (high: UInt128, low: UInt128) {
    let (large, small) = b >> 64 == 0 ? (a, b) : (b, a)
    guard small >> 64 == 0 else { return a.multipliedFullWidth(by: b) }
    let factor = UInt64(truncatingIfNeeded: small)
    let lower = UInt64(truncatingIfNeeded: large).multipliedFullWidth(by: factor)
    let upper = UInt64(truncatingIfNeeded: large >> 64).multipliedFullWidth(by: factor)
    let (middle, carry) = upper.low.addingReportingOverflow(lower.high)
    let top = upper.high &+ (carry ? 1 : 0)
    return (UInt128(top), UInt128(middle) << 64 | UInt128(lower.low))
  }

  /// `value ÷ 10¹²` when 10¹² divides it exactly, otherwise nil, without a division: 2¹² is a mask,
  /// and multiplying by the inverse of 5¹² modulo 2¹²⁸ gives the quotient when 5¹² divides and a
  /// number above `(2¹²⁸ − 1) ÷ 5¹²` when it does not (Granlund and Montgomery's divisibility test).
  static func exactTrillionth(_ value: UInt128) -> UInt128? {
    guard value & 0xFFF == 0 else { return nil }
    let quotient = (value >> 12) &* 0xB156_301B_10C4_0B34_3662_E0E1_CF50_3EB1
    return quotient <= 0x1197_9981_2DEA_1119_7F27_F0F6_E8 ? quotient : nil
  }

  /// `value + 1`, or ``ArithmeticError/overflow`` when the quotient was already the largest 128-bit
  /// number (rounding up must never wrap or trap).
  static func increment(_ value: UInt128) throws(ArithmeticError) -> UInt128 {
    let (next, overflow) = value.addingReportingOverflow(1)
    guard !overflow else { throw .overflow }
    return next
  }

  /// The amount rounded to `places` decimal places (0...18) in the given mode.
  ///
  /// ```swift
  /// try Amount(parsing: "87.105").rounded(places: 2, mode: .halfUp)    // 87.11
  /// try Amount(parsing: "87.105").rounded(places: 2, mode: .halfEven)  // 87.10
  /// ```
  public func rounded(places: Int, mode: RoundingMode) -> Amount {
    let places = min(max(places, 0), Amount.fractionDigits)
    // 10^(18 − places) ≤ 10¹⁸ fits in 64 bits: divide with two hardware 128-by-64 divisions.
    let step = UInt64(truncatingIfNeeded: Amount.powerOfTen(Amount.fractionDigits - places))
    let magnitude = units.magnitude
    let high = UInt64(truncatingIfNeeded: magnitude >> 64)
    // Below 10¹⁶ × 2⁶⁴ (any amount under about 10¹⁷ at 2 places) the high limb divides to zero.
    let (upper, upperRest) = high < step ? (0, high) : high.quotientAndRemainder(dividingBy: step)
    // The processor's own division: a reciprocal multiplication (Möller and Granlund) was measured
    // here and was slower on this CPU (27 ns a conversion against 25.5).
    let (lower, remainder) = step.dividingFullWidth((upperRest, UInt64(truncatingIfNeeded: magnitude)))
    var rounded = UInt128(upper) << 64 | UInt128(lower)
    if mode.roundsAway(remainder: remainder, step: step, quotientIsOdd: lower & 1 == 1) {
      rounded += 1
    }
    // The product is at most the magnitude plus one step, below 2¹²⁷: it cannot overflow.
    // Rounding up can reach 10³⁸ only from the maximum itself; stay within the limit then.
    let result = min(Int128(truncatingIfNeeded: rounded &* UInt128(step)), Amount.limit)
    return Amount(unchecked: units < 0 ? -result : result)
  }

  /// The amount with the given whole multiple of `step`, in the given rounding mode. Used for
  /// "round to the nearest 50".
  /// - Throws: ``ArithmeticError/divisionByZero`` when `step` is zero.
  public func rounded(toMultipleOf step: Amount, mode: RoundingMode) throws(ArithmeticError)
    -> Amount
  {
    guard !step.isZero else { throw .divisionByZero }
    let count = try divided(by: step.magnitude)
    return try count.rounded(places: 0, mode: mode).multiplied(by: step.magnitude)
  }
}

extension Amount {
  /// The smallest whole multiple of `step` at or above the amount: "round up to the next 50",
  /// so a quote never falls short of its target.
  /// - Throws: ``ArithmeticError/divisionByZero`` when `step` is zero.
  public func rounded(upToMultipleOf step: Amount) throws(ArithmeticError) -> Amount {
    guard !step.isZero else { throw .divisionByZero }
    let count = try divided(by: step.magnitude)
    var whole = count.rounded(places: 0, mode: .halfUp)
    if whole < count { whole = try whole.adding(.one) }
    return try whole.multiplied(by: step.magnitude)
  }
}

/// An arithmetic result that `Amount` cannot hold.
public enum ArithmeticError: Error, Equatable, Sendable {
  /// The result's magnitude is larger than ``Amount/maximum``.
  case overflow
  /// A division by zero.
  case divisionByZero

  /// A one-line message for the user.
  public var message: String {
    switch self {
    case .overflow:
      "the result is too large: ratecalc handles amounts up to 99,999,999,999,999,999,999 (just under 10^20)"
    case .divisionByZero: "division by zero"
    }
  }
}
