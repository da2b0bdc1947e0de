import Testing

@testable import RateCalc

@Suite struct EmployerCostTests {
  /// Thresholds in a formula read as money, and a published figure is never shown rounded.
  @Test func formulaAmountsAreMoneyWithTheirOwnPlaces() throws {
    let euro = try book.currencies.currency(code: "EUR")
    let written = EmployerCost.amounts(in: euro, currencies: book.currencies)
    #expect(written(Amount(8450)) == "€8,450")
    #expect(written(try Amount(parsing: "5812.5")) == "€5,812.50")
    #expect(written(try Amount(parsing: "0.125")) == "€0.125")
    #expect(written(.zero) == "€0")
    let yen = try book.currencies.currency(code: "JPY")
    #expect(EmployerCost.amounts(in: yen, currencies: book.currencies)(try Amount(parsing: "1.5")) == "JPY 1.5")
  }

  let book = Fixtures.rateBook

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
    #expect(result.breakdown.rows.map(\.source) == ["gb-ni-2025", "gb-tpr"])
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

  @Test func theInsolvencyLevyStopsAtThePensionCeiling() throws {
    let result = try cost("100000", "EUR", "DE")
    let levy = try #require(result.charges.first { $0.component.name == "Insolvency levy" })
    // 0.15% × 8,050 × 12.
    #expect(levy.charge.amount.description == "144.9")
  }

  @Test func excludedMandatoryComponentsAreNamedWithTheirRange() throws {
    let result = try cost("100000", "EUR", "DE")
    #expect(
      result.breakdown.notes.contains { $0.hasPrefix("not included: Accident insurance (") && $0.contains("1.2%") })
    #expect(result.breakdown.notes.contains { $0.hasPrefix("not included: U1 levy (sick pay)") })
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
    ("100000", "CAD", "CA"), ("42000", "EUR", "FR"), ("30000", "EUR", "FR"),
  ])
  func solvingForTheSalaryInvertsTheCost(amount: String, code: String, country: String) throws {
    let result = try cost(amount, code, country)
    let salary = try EmployerCost.salary(forCost: result.total.amount, input: result.input, book: book)
    #expect(salary.rounded(places: 2, mode: .halfUp) == (try Amount(parsing: amount)))
    // And the salary found costs no more than the budget.
    var probe = result.input
    probe.salary = Money(salary, result.input.salary.currency)
    #expect(try EmployerCost.calculate(probe, book: book).total.amount <= result.total.amount)
  }
}
