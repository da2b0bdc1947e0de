import TestSupport
import Testing

@testable import RateCalc

/// The shortcuts `Amount` takes around the runtime's 128-bit division give exactly what that
/// division gives.
@Suite struct DivisionShortcutTests {
  @Test func eachReciprocalIsTheOneItsDefinitionGives() {
    for exponent in 0...18 {
      let power = UInt64(Amount.powerOfTen(exponent))
      let normalized = UInt128(power << UInt64(power.leadingZeroBitCount))
      let expected = UInt64(UInt128.max / normalized - (UInt128(1) << 64))
      #expect(PowerOfTenDivision.reciprocals[exponent] == expected, "10^\(exponent)")
    }
  }

  /// Dividends whose remainder, after the first correction, equals the divisor exactly, so the
  /// last, rare correction runs (found by searching near the largest quotients).
  static let lastCorrection: [Int: [(UInt64, UInt64)]] = [
    4: [(9_742, 10_134_990_996_083_326_928)], 8: [(97_519_742, 4_668_393_394_371_996_928)],
    11: [(98_808_395_055, 7_693_468_799_358_341_120)], 16: [(8_101_335_930_328_665, 17_058_123_887_338_127_360)],
  ]

  @Test func dividingByAPowerOfTenMatchesTheRuntimeDivision() {
    var random = SeededGenerator(seed: 17)
    for exponent in 0...18 {
      let power = UInt64(Amount.powerOfTen(exponent))
      var cases: [(UInt64, UInt64)] = [
        (0, 0), (0, UInt64.max), (power - 1, UInt64.max), (power - 1, 0), (0, power), (0, power - 1),
        (power / 2, UInt64.max / 2),
      ]
      for _ in 0..<20_000 { cases.append((random.next() % power, random.next())) }
      cases += Self.lastCorrection[exponent] ?? []
      for (high, low) in cases {
        let fast = PowerOfTenDivision.divide(high: high, low: low, exponent: exponent, divisor: power)
        let runtime = power.dividingFullWidth((high, low))
        #expect(
          fast.quotient == runtime.quotient && fast.remainder == runtime.remainder, "\(high) \(low) 10^\(exponent)")
      }
    }
  }

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
