import Testing

@testable import RateCalc

@Suite struct EmployerCostTests {
  let book = Fixtures.rateBook

  func component(floor: Int?, cap: Int?, perMonth: Bool = false) -> Contribution {
    Contribution(
      country: "XX", year: 2025, name: "test", ratePercent: .known(Amount(10)), base: .gross,
      floor: floor.map { .known(Amount($0)) }, cap: cap.map { .known(Amount($0)) }, fixed: nil, perMonth: perMonth,
      includedByDefault: true, confidence: .high, sourceID: "test", note: "",
      origin: Origin(file: "test", line: 1, isUserFile: false))
  }

  /// 10% between a floor of 1,000 and a cap of 5,000: nothing below the floor, 10% of the slice
  /// between, and no more above the cap.
  @Test(arguments: [(500, "0"), (1000, "0"), (3000, "200"), (5000, "400"), (9000, "400")])
  func aContributionWithFloorAndCap(salary: Int, charge: String) throws {
    let contribution = component(floor: 1000, cap: 5000)
    let result = try ContributionModel.charge(contribution, salary: Amount(salary))
    #expect(result.charge.description == charge)
  }

  @Test func monthlyFloorsAndCapsCountTwelveTimes() throws {
    let contribution = component(floor: nil, cap: 1000, perMonth: true)
    #expect(try ContributionModel.charge(contribution, salary: Amount(20000)).charge.description == "1200")
    #expect(try ContributionModel.charge(contribution, salary: Amount(6000)).charge.description == "600")
  }

  func cost(_ amount: String, _ code: String, _ country: String, year: Int = 2025) throws -> EmployerCost {
    let (calendar, _) = try CalendarSettings(year: year, country: country).calendar(book: book)
    let input = EmployerCostInput(
      salary: try Fixtures.money(amount, code), country: country, year: year, calendar: calendar)
    return try EmployerCost.calculate(input, book: book)
  }

  @Test func theUKAppliesNIAbove5000AndAutoEnrolmentOnQualifyingEarnings() throws {
    let result = try cost("60000", "GBP", "GB")
    // 15% × (60,000 − 5,000) = 8,250; 3% × (50,270 − 6,240) = 1,320.90.
    #expect(result.charges.map(\.charge.amount.description) == ["8250", "1320.9"])
    #expect(result.total.amount.description == "69570.9")
    #expect(result.multiplier.description == "1.159515")
    #expect(result.perWorkedDay.rounded().amount.description == "311.98")
    #expect(result.perWorkedHour.rounded().amount.description == "41.6")
    #expect(result.breakdown.notes.isEmpty)
    #expect(result.breakdown.rows.map(\.source) == ["gb-payroll", "gb-payroll"])
  }

  @Test func theUSCapsSocialSecurityAtTheWageBaseAndAddsFUTA() throws {
    let result = try cost("200000", "USD", "US")
    // 6.2% × 176,100 + 1.45% × 200,000 + 0.6% × 7,000.
    #expect(result.charges.map(\.charge.amount.description) == ["10918.2", "2900", "42"])
    #expect(result.total.amount.description == "213860.2")
    #expect(
      result.breakdown.notes.contains { $0.hasPrefix("not included: SUTA (state unemployment) (set by each state") })
  }

  @Test func the2026RulesUseTheNewWageBase() throws {
    let result = try cost("200000", "USD", "US", year: 2026)
    #expect(result.charges.first?.charge.amount.description == "11439")
  }

  @Test func anUnknownCapIsAppliedToTheWholeSalaryAndSaidSo() throws {
    let result = try cost("100000", "EUR", "DE")
    #expect(
      result.breakdown.notes.contains("Insolvency levy: its cap is not known for 2025; applied to the whole salary"))
    let levy = try #require(result.charges.first { $0.component.name == "Insolvency levy" })
    #expect(levy.charge.amount.description == "150")
  }

  @Test func extrasAddUp() throws {
    let (calendar, _) = try CalendarSettings(year: 2025, country: "GB").calendar(book: book)
    var input = EmployerCostInput(
      salary: try Fixtures.money("60000", "GBP"), country: "GB", year: 2025, calendar: calendar)
    input.benefits = Amount(2000)
    input.overhead = Amount(3000)
    input.recruitingFee = Amount.ratio(2, 10)
    input.tenureMonths = Amount(24)
    let result = try EmployerCost.calculate(input, book: book)
    // 69,570.90 + 2,000 + 3,000 + 20% × 60,000 × 12 ÷ 24 = 80,570.90.
    #expect(result.total.amount.description == "80570.9")
  }

  @Test func aSalaryInAnotherCurrencyIsAnError() throws {
    #expect(throws: CalculationError.self) { try cost("60000", "USD", "GB") }
  }

  @Test(arguments: [
    ("60000", "GBP", "GB"), ("200000", "USD", "US"), ("100000", "EUR", "DE"), ("30000", "EUR", "ES"),
    ("100000", "CAD", "CA"),
  ])
  func solvingForTheSalaryInvertsTheCost(amount: String, code: String, country: String) throws {
    let result = try cost(amount, code, country)
    let salary = try EmployerCost.salary(forCost: result.total.amount, input: result.input, book: book)
    #expect(salary.rounded(places: 6, mode: .halfUp) == (try Amount(parsing: amount)))
  }
}
