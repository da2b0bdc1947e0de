import Testing

@testable import RateCalc

@Suite struct QuoteAndComparisonTests {
  let book = Fixtures.rateBook

  func calendar(_ country: String?, year: Int = 2025) throws -> WorkingCalendar {
    try CalendarSettings(year: year, country: country).calendar(book: book).0
  }

  @Test func aSalaryOver224BillableDays() throws {
    let calendar = WorkingCalendar(
      dayCount: .actual(year: 2025), publicHolidays: Amount(12), leave: Amount(20), sickDays: Amount(5),
      trainingDays: .zero)
    let quote = try Quote.calculate(
      QuoteInput(income: try Fixtures.money("82770", "NZD"), calendar: calendar), book: book)
    #expect(quote.daily.rounded().amount.description == "369.51")
    #expect(try quote.billableDays == Amount(224))
  }

  @Test func aUKQuoteFromASalary() throws {
    let quote = try Quote.calculate(
      QuoteInput(income: try Fixtures.money("75000", "GBP"), calendar: try calendar("GB")), book: book)
    #expect(quote.daily.rounded().amount.description == "336.32")
    #expect(quote.hourly.rounded().amount.description == "44.84")
    // Annual revenue is the target back again: day rate × 223 days.
    #expect(quote.annual.rounded().amount.description == "75000")
    #expect(quote.monthly.rounded().amount.description == "6250")
    #expect(quote.breakdown.value(of: "billable days") == .days(Amount(223)))
  }

  @Test func marginAndMarkupDiffer() throws {
    let calendar = WorkingCalendar(dayCount: .convention260, sickDays: .zero, trainingDays: .zero)
    var input = QuoteInput(income: try Fixtures.money("26000", "EUR"), calendar: calendar)
    input.profit = .markup(Amount.ratio(2, 10))
    #expect(try Quote.calculate(input, book: book).daily.amount.description == "120")
    input.profit = .margin(Amount.ratio(2, 10))
    #expect(try Quote.calculate(input, book: book).daily.amount.description == "125")
  }

  @Test func costsAPlatformFeeAndRounding() throws {
    let calendar = WorkingCalendar(dayCount: .convention260, sickDays: .zero, trainingDays: .zero)
    var input = QuoteInput(income: try Fixtures.money("52000", "USD"), calendar: calendar)
    input.expenses = Amount(5200)
    input.benefits = Amount(2600)
    input.platformFee = Amount.ratio(1, 10)
    input.roundTo = Amount(50)
    let quote = try Quote.calculate(input, book: book)
    // (52,000 + 5,200 + 2,600) ÷ 260 = 230; ÷ 0.9 = 255.56; up to the next 50 = 300 (a quote
    // never falls short of its target): (300 − 255.555…) × 260 = 11,555.56 a year above it.
    #expect(quote.breakdown.value(of: "day rate") == .rate(try Fixtures.money("230", "USD"), .day))
    #expect(quote.daily.amount.description == "300")
    #expect(quote.hourly.amount.description == "37.5")
    #expect(quote.roundingSurplus?.rounded().amount.description == "11555.56")
    input.roundTo = Amount(5)
    #expect(try Quote.calculate(input, book: book).daily.amount.description == "260")
  }

  @Test func employerCostsCanBeAddedToTheTarget() throws {
    var input = QuoteInput(income: try Fixtures.money("60000", "GBP"), calendar: try calendar("GB"))
    input.employerCosts = ("GB", 2025)
    let quote = try Quote.calculate(input, book: book)
    // (60,000 + 8,250 + 1,320.90) ÷ 223 = 311.98.
    #expect(quote.daily.rounded().amount.description == "311.98")
  }

  @Test func aRateIsWorthTwoSalaries() throws {
    let employee = try calendar("GB")
    let result = try SalaryEquivalent.calculate(
      rate: try Fixtures.money("450", "GBP"), period: .day, employee: employee, freelancer: employee, country: "GB",
      year: 2025, expenses: Amount(3000), book: book)
    // The client spends 450 × 223 = 100,350: the salary S with 1.15 S + 570.90 = 100,350.
    #expect(result.clientEquivalent.rounded().amount.description == "86764.43")
    // The freelancer keeps 100,350 − 3,000.
    #expect(result.freelancerEquivalent.amount.description == "97350")
  }

  /// Hiring at £60,000 (employer cost £69,570.90 a year, £5,797.575 a month, plus a £12,000
  /// recruiting fee up front) against a freelancer at £450 a day for 223 ÷ 12 = 18.583 days a
  /// month (£8,362.50). Cumulative after month 4: £35,190.30 vs £33,450 (the freelancer is still
  /// cheaper); after month 5: £40,987.88 vs £41,812.50, so hiring costs less from month 5.
  @Test func theBreakEvenMonthWorkedByHand() throws {
    var employee = EmployerCostInput(
      salary: try Fixtures.money("60000", "GBP"), country: "GB", year: 2025, calendar: try calendar("GB"))
    employee.recruitingFee = Amount.ratio(2, 10)
    let input = ComparisonInput(
      employee: employee, dayRate: try Fixtures.money("450", "GBP"), months: Amount(6),
      start: try #require(PayMonth(year: 2025, month: 4)))
    let result = try Comparison.calculate(input, book: book)
    #expect(result.crossoverMonth == 5)
    #expect(result.series[3].employee.amount.description == "35190.3")
    #expect(result.series[3].freelancer.amount.description == "33450")
    #expect(result.series[4].employee.amount.description == "40987.875")
    #expect(result.series[4].freelancer.amount.description == "41812.5")
    #expect(result.employeeTotal.amount.description == "46785.45")
    #expect(result.freelancerTotal.amount.description == "50175")
    // 46,785.45 ÷ (18.583… × 6) days.
    #expect(result.breakEvenDayRate.rounded().amount.description == "419.6")
    #expect(result.series.count == 24)
  }

  @Test func anAgencyMarginRaisesTheClientRate() throws {
    let employee = EmployerCostInput(
      salary: try Fixtures.money("60000", "GBP"), country: "GB", year: 2025, calendar: try calendar("GB"))
    var input = ComparisonInput(
      employee: employee, dayRate: try Fixtures.money("450", "GBP"), months: Amount(3),
      start: try #require(PayMonth(year: 2025, month: 4)))
    input.agencyMargin = Amount.ratio(1, 10)
    #expect(try Comparison.calculate(input, book: book).clientDayRate.amount.description == "500")
  }

  @Test func hiringNeverWinsAgainstACheapFreelancer() throws {
    let employee = EmployerCostInput(
      salary: try Fixtures.money("60000", "GBP"), country: "GB", year: 2025, calendar: try calendar("GB"))
    let input = ComparisonInput(
      employee: employee, dayRate: try Fixtures.money("200", "GBP"), months: Amount(6),
      start: try #require(PayMonth(year: 2025, month: 4)))
    let result = try Comparison.calculate(input, book: book)
    #expect(result.crossoverMonth == nil)
    #expect(result.series.count == 120)
  }

  /// The longest engagement with the longest notice paid in lieu runs, and is 624 pay periods.
  @Test func theLongestEngagementWithTheLongestNoticeRuns() throws {
    let employee = EmployerCostInput(
      salary: try Fixtures.money("60000", "GBP"), country: "GB", year: 2025, calendar: try calendar("GB"))
    var input = ComparisonInput(
      employee: employee, dayRate: try Fixtures.money("450", "GBP"),
      months: Amount(PayrollInput.maximumMonths), start: try #require(PayMonth(year: 2025, month: 4)))
    #expect(try Comparison.calculate(input, book: book).series.count == 600)
    input.noticeMonths = try Amount(parsing: "23.5")
    input.noticePaid = true
    let result = try Comparison.calculate(input, book: book)
    #expect(result.series.count == 600)
    // The engagement's run: 600 months, 23 of notice and half of the 24th.
    #expect(result.payroll.periods.count == 624)
    #expect(result.payroll.periods.last?.fraction.description == "0.5")
    #expect(result.employeeTotal.amount == (try result.payroll.totalCost()))
  }

  @Test func whatABudgetBuys() throws {
    let result = try Budget.calculate(
      budget: try Fixtures.money("120000", "EUR"), dayRate: try Fixtures.money("600", "EUR"), salary: nil,
      employment: Budget.Employment(country: "DE", year: 2025, start: try #require(PayMonth(year: 2025, month: 1))),
      calendar: try calendar("DE"), book: book)
    #expect(result.freelancerDays == Amount(200))
    // 222 days worked in Germany in 2025: 18.5 a month.
    #expect(result.freelancerFTEMonths?.rounded(places: 2, mode: .halfUp).description == "10.81")
    // Above both ceilings the contributions are fixed: 96,600 × 10.75% + 66,150 × 10.35% =
    // 17,231.025 (the insolvency levy stops at the pension ceiling), so S = 102,768.975.
    #expect(result.salaryForAYear.amount.description == "102768.975")
  }

  /// The months a budget pays are read from one 600-month run: the whole months whose cost fits
  /// and the share of the next, for budgets ending in the first year, across each doubling of the
  /// runs the calculator makes (12, 24, 48, …) and near the end; past 600 months is an error.
  @Test(arguments: [1, 11, 12, 13, 30, 97, 385, 599])
  func theMonthsABudgetPaysAreTheLongRunsMonths(month: Int) throws {
    let salary = try Fixtures.money("60000", "GBP")
    let employment = Budget.Employment(
      country: "GB", year: 2025, start: try #require(PayMonth(year: 2025, month: 4)))
    let long = try PayrollEngine.run(
      PayrollInput(
        salary: salary, country: "GB", start: employment.start, months: Amount(600), situation: .init()),
      book: book)
    // A budget a third of the way into month `month + 1`.
    let paid = try long.cost(through: month)
    let next = try long.cost(through: month + 1)
    let budget = try paid.adding(try next.subtracting(paid).divided(by: Amount(3)))
    let months = try Budget.monthsPaid(budget: budget, salary: salary, employment: employment, book: book)
    #expect(months == (try Amount(month).adding(try budget.subtracting(paid).divided(by: next.subtracting(paid)))))
    #expect(months.integerPart == Int128(month))
    let tooMuch = try long.totalCost().adding(.one)
    #expect(throws: CalculationError.self) {
      try Budget.monthsPaid(budget: tooMuch, salary: salary, employment: employment, book: book)
    }
  }

  @Test func bandsConvertAtADateAndRoundTo500() throws {
    let band = Band(
      low: Amount(40000), typical: Amount(55000), high: Amount(90000), currency: try Fixtures.currency("GBP"),
      period: .year)
    let result = try BandConversion.convert(
      band, to: try Fixtures.currency("USD"), period: .year, basis: .days(Amount(260), hoursPerDay: Amount(8)),
      exchange: Fixtures.book, options: ConversionOptions(date: try Fixtures.day("2026-04-13")), roundTo: Amount(500))
    #expect(result.band.low?.description == "53500")
    #expect(result.band.typical?.description == "74000")
    #expect(result.band.high?.description == "121000")
    #expect(result.exchange?.observedOn?.description == "2026-04-13")
    let exact = try BandConversion.convert(
      band, to: try Fixtures.currency("USD"), period: .year, basis: .days(Amount(260), hoursPerDay: Amount(8)),
      exchange: Fixtures.book, options: ConversionOptions(date: try Fixtures.day("2026-04-13")))
    #expect(exact.band.typical?.rounded(places: 2, mode: .halfUp).description == "73815.16")
  }

  @Test func bandsThroughPPPAreLabelledAsSuch() throws {
    let band = Band(typical: Amount(55000), currency: try Fixtures.currency("GBP"), period: .year)
    let international = try BandConversion.ppp(band, fromCountry: "GB", toCountry: nil, year: 2024, book: book)
    #expect(international.band.typical?.rounded(places: 2, mode: .halfUp).description == "82812.24")
    #expect(
      international.breakdown.entries == [.init(.detail, "PPP 2024, international $: not a market exchange rate")])
    let german = try BandConversion.ppp(band, fromCountry: "GB", toCountry: "DE", year: 2024, book: book)
    #expect(german.band.typical?.rounded(places: 2, mode: .halfUp).description == "58039.95")
    #expect(german.band.currency.code.description == "EUR")
    #expect(throws: CalculationError.self) {
      try BandConversion.ppp(band, fromCountry: "GB", toCountry: nil, year: 2025, book: book)
    }
  }

  @Test func sensitivityRunsOverARange() throws {
    let values = try Sensitivity.values(from: Amount.ratio(6, 10), to: Amount.ratio(9, 10), step: Amount.ratio(5, 100))
    #expect(values.count == 7)
    let income = try Fixtures.money("75000", "GBP")
    let dayRates = try values.map { utilisation in
      var settings = CalendarSettings(year: 2025, country: "GB")
      settings.utilisation = utilisation
      let (calendar, _) = try settings.calendar(book: book)
      return try Quote.calculate(QuoteInput(income: income, calendar: calendar), book: book).daily.rounded().amount
        .description
    }
    // 75,000 ÷ (223 × 60%) … 75,000 ÷ (223 × 90%).
    #expect(dayRates.first == "560.54")
    #expect(dayRates.last == "373.69")
    #expect(throws: CalculationError.self) { try Sensitivity.values(from: .zero, to: Amount(10_000), step: .one) }
  }
}
