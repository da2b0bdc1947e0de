import Testing

@testable import RateCalc

/// Short engagements against an independent month-by-month computation from the official rules,
/// and the promise that every calculator agrees with `cost` to the cent.
@Suite struct ComparisonVerdictTests {
  let book = Fixtures.rateBook

  /// 230 days worked a year: 19.1666… a month.
  let calendar = WorkingCalendar(
    dayCount: .actual(year: 2026), publicHolidays: Amount(11), leave: Amount(10), sickDays: Amount(5),
    trainingDays: Amount(5))

  func compare(_ salary: String, _ code: String, _ country: String, rate: String, months: Int) throws -> Comparison {
    let employee = EmployerCostInput(
      salary: try Fixtures.money(salary, code), country: country, year: 2026, calendar: calendar)
    return try Comparison.calculate(
      ComparisonInput(
        employee: employee, dayRate: try Fixtures.money(rate, code), months: Amount(months),
        start: try #require(PayMonth(year: 2026, month: 1))), book: book)
  }

  /// $250,000, January–June 2026. By hand: pay 125,000; Social Security 6.2% × 125,000 = 7,750
  /// (the $184,500 base is never reached); Medicare 1.45% × 125,000 = 1,812.50; FUTA 42:
  /// $134,604.50. The freelancer: 1,110 × 230 ÷ 2 = $127,650: cheaper in every month of it.
  @Test func aSixMonthUSEngagementFavoursTheFreelancer() throws {
    let result = try compare("250000", "USD", "US", rate: "1110", months: 6)
    #expect(result.employeeTotal.amount.description == "134604.5")
    #expect(result.freelancerTotal.amount.description == "127650")
    #expect(result.series.prefix(6).allSatisfy { $0.employee.amount > $0.freelancer.amount })
  }

  /// C$150,000, January–June 2026. By hand: pay 75,000; CPP on (12,500 − 291.67) a month reaches
  /// its C$4,230.45 maximum in June; CPP2 4% × (75,000 − 74,600) = 16; EI reaches its C$1,572.30
  /// maximum in June (exactly 2.282% × 68,900 = 1,572.298, published as 1,572.30): C$80,818.748. At C$670 a day for 115 days: C$77,050 — the freelancer is
  /// cheaper over the engagement, and the employee cheaper over the full year (C$156,218.75 vs 154,100).
  @Test func aSixMonthCanadianEngagementCountsTheCapsAsPayrollDoes() throws {
    let result = try compare("150000", "CAD", "CA", rate: "670", months: 6)
    #expect(result.employeeTotal.amount.description == "80818.748")
    #expect(result.employeeTotal.rounded().amount.description == "80818.75")
    #expect(result.freelancerTotal.amount.description == "77050")
    #expect(result.series[11].employee.amount.description == "156218.748")
    #expect(result.payroll.capsReached.map(\.month.description) == ["2026-06", "2026-06"])
  }

  /// The annual cost, a quote's employer costs and twelve months of comparison from the start of
  /// the contribution year are the same figure exactly, in every country.
  @Test(arguments: [
    ("60000", "GBP", "GB", 4), ("250000", "USD", "US", 1), ("150000", "CAD", "CA", 1), ("55555.55", "EUR", "FR", 1),
    ("100000", "EUR", "ES", 1), ("400000", "AUD", "AU", 7), ("240000", "AED", "AE", 1), ("77777", "EUR", "DE", 1),
  ])
  func everyCalculatorAgreesWithTheAnnualCost(salary: String, code: String, country: String, startMonth: Int) throws {
    let employee = EmployerCostInput(
      salary: try Fixtures.money(salary, code), country: country, year: 2026, calendar: calendar)
    let cost = try EmployerCost.calculate(employee, book: book)
    let comparison = try Comparison.calculate(
      ComparisonInput(
        employee: employee, dayRate: try Fixtures.money("100", code), months: Amount(12),
        start: try #require(PayMonth(year: 2026, month: startMonth))), book: book)
    #expect(comparison.employeeTotal == cost.total)
    var quote = QuoteInput(income: try Fixtures.money(salary, code), calendar: calendar)
    quote.employerCosts = (country, 2026)
    let result = try Quote.calculate(quote, book: book)
    let added = try cost.total.amount.subtracting(cost.input.salary.amount)
    #expect(result.breakdown.value(of: "employer costs") == .money(Money(added, cost.total.currency)))
  }
}
