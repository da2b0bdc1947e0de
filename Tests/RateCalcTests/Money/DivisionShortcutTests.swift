import TestSupport
import Testing

@testable import RateCalc

/// The shortcuts `Amount` takes around the runtime's 128-bit division give exactly what that
/// division gives.
@Suite struct DivisionShortcutTests {
  @Test func aTrillionthIsFoundExactlyWhenATrillionDivides() {
    var random = SeededGenerator(seed: 12)
    let trillion: UInt128 = 1_000_000_000_000
    var values: [UInt128] = [0, trillion, trillion - 1, trillion + 1, trillion * 4_096, UInt128.max]
    for _ in 0..<50_000 {
      let wide = UInt128(random.next() >> UInt64(random.below(64))) << 64 | UInt128(random.next())
      values.append(wide)
      values.append(wide / trillion * trillion)
      values.append((wide / trillion) * trillion + UInt128(random.below(3)) * 5 * 4_096)
      // Off by 2¹¹ or 2¹²: a number shifted right by 12 may still be a multiple of 5¹².
      values.append((wide / trillion) * trillion + 2_048)
      values.append((wide / trillion) * trillion + 4_096)
    }
    for value in values {
      let expected = value % trillion == 0 ? value / trillion : nil
      #expect(Amount.exactTrillionth(value) == expected, "\(value)")
    }
  }

  /// `a × b ÷ c` the slow and obvious way: the whole 256-bit product divided by the whole divisor,
  /// rounded half-even.
  func reference(_ a: Amount, _ b: Amount, _ c: Amount) -> Amount? {
    let wide = a.units.magnitude.multipliedFullWidth(by: b.units.magnitude)
    let divisor = c.units.magnitude
    guard divisor != 0, wide.high < divisor else { return nil }
    var (quotient, remainder) = divisor.dividingFullWidth(wide)
    if remainder > divisor - remainder || (remainder == divisor - remainder && quotient & 1 == 1) { quotient += 1 }
    guard quotient <= Amount.maximum.units.magnitude else { return nil }
    let negative = (a.isNegative != b.isNegative) != c.isNegative
    return try? Amount(units: negative ? -Int128(quotient) : Int128(quotient))
  }

  /// Rates above 18.4 (yen, rand, forint to the euro) take the reduced divisor; the result is the
  /// one the full division gives, rounding included, whichever factor holds the trillion.
  @Test func aProductByALargeRateIsTheFullDivisionsResult() throws {
    var random = SeededGenerator(seed: 64)
    func amount(places: Int, digits: Int) throws -> Amount {
      var mantissa = 0
      for _ in 0..<digits { mantissa = mantissa * 10 + random.below(10) }
      if random.below(5) == 0 { mantissa = -mantissa }
      return try Amount(mantissa: mantissa, places: places)
    }
    for round in 0..<60_000 {
      let divisor = try amount(places: random.int(in: 0...8), digits: random.int(in: 3...9))
      let first = try amount(places: random.int(in: 0...18), digits: random.int(in: 1...18))
      let second = try amount(places: random.int(in: 0...8), digits: random.int(in: 1...9))
      let (a, b) = round.isMultiple(of: 2) ? (first, second) : (second, first)
      let expected = reference(a, b, divisor)
      let actual = try? Amount.product(a, b, dividedBy: divisor)
      #expect(actual == expected, "\(a) × \(b) ÷ \(divisor)")
    }
  }
}
