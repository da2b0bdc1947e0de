import TestSupport
import Testing

@testable import RateCalc

/// Money expressions: exact, and typed by the money.
@Suite struct ExpressionValueTests {
  let basis = try? PeriodBasis.standard()

  func money(_ text: String, _ code: String) throws -> ExpressionValue {
    .money(try Fixtures.money(text, code))
  }

  func apply(_ a: ExpressionValue, _ operation: ExpressionValue.Operation, _ b: ExpressionValue) throws
    -> ExpressionValue
  {
    try a.applying(operation, b, basis: try #require(basis)).value
  }

  /// An amount with up to 18 decimals and under a trillion, either sign: times 10,000 it is
  /// still within range.
  func randomAmount(_ generator: inout SeededGenerator) throws -> Amount {
    let places = generator.int(in: 0...16)
    let digits = generator.int(in: 1...min(18, places + 12))
    var mantissa = 0
    for _ in 0..<digits { mantissa = mantissa * 10 + generator.int(in: 0...9) }
    let value = try Amount(mantissa: mantissa, places: places)
    return generator.int(in: 0...1) == 0 ? value : value.negated
  }

  @Test func addingThenSubtractingAndMultiplyingThenDividingGiveBackTheAmountExactly() throws {
    var generator = SeededGenerator(seed: 20_261_202)
    let pound = try Fixtures.currency("GBP")
    for _ in 0..<2_000 {
      let a = ExpressionValue.money(Money(try randomAmount(&generator), pound))
      let b = ExpressionValue.money(Money(try randomAmount(&generator), pound))
      #expect(try apply(try apply(a, .add, b), .subtract, b) == a)
      let n = ExpressionValue.number(Amount(generator.int(in: 1...10_000)), percent: false)
      #expect(try apply(try apply(a, .multiply, n), .divide, n) == a)
    }
  }

  @Test func aRateTimesADurationIsMoneyOnTheBasisWhenThePeriodsDiffer() throws {
    let rate = ExpressionValue.rate(try Fixtures.money("450", "GBP"), .day)
    #expect(try apply(rate, .multiply, .duration(Amount(220), .day)) == (try money("99000", "GBP")))
    let (value, change) = try rate.applying(.multiply, .duration(Amount(6), .month), basis: try #require(basis))
    // 6 months on 260 days a year is 130 days: 58,500.
    #expect(value == (try money("58500", "GBP")))
    #expect(change?.to.0 == Amount(130))
  }

  @Test func moneyOverADurationIsARateAndOverARateADuration() throws {
    #expect(
      try apply(try money("99000", "GBP"), .divide, .duration(Amount(220), .day))
        == .rate(try Fixtures.money("450", "GBP"), .day))
    #expect(
      try apply(try money("120000", "EUR"), .divide, .rate(try Fixtures.money("600", "EUR"), .day))
        == .duration(Amount(200), .day))
    #expect(
      try apply(try money("300", "EUR"), .divide, try money("200", "EUR"))
        == .number(Amount.ratio(3, 2), percent: false))
  }

  @Test func aPercentageAddsOrTakesAwayAShare() throws {
    let twenty = ExpressionValue.number(Amount.ratio(1, 5), percent: true)
    #expect(try apply(try money("60000", "GBP"), .add, twenty) == (try money("72000", "GBP")))
    #expect(try apply(try money("60000", "GBP"), .subtract, twenty) == (try money("48000", "GBP")))
    #expect(try apply(try money("60000", "GBP"), .multiply, twenty) == (try money("12000", "GBP")))
  }

  @Test func twoCurrenciesNeverMeetAndNothingDividesByZero() throws {
    let mixed = #expect(throws: ExpressionError.self) { try apply(try money("1", "GBP"), .add, try money("1", "USD")) }
    #expect(mixed?.message == "cannot add USD and GBP without converting one first: write (… to GBP)")
    #expect(throws: ExpressionError.self) { try apply(try money("1", "GBP"), .divide, try money("1", "USD")) }
    #expect(throws: ExpressionError.self) { try apply(try money("1", "GBP"), .multiply, try money("1", "GBP")) }
    let zero = #expect(throws: ExpressionError.self) {
      try apply(try money("1", "GBP"), .divide, .number(.zero, percent: false))
    }
    #expect(zero?.part == .right)
    #expect(throws: ExpressionError.self) {
      try apply(try money("99999999999999999999", "GBP"), .multiply, .number(Amount(10), percent: false))
    }
  }
}
