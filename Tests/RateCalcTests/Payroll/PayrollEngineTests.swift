import Testing

@testable import RateCalc

/// The worked examples of `shared/research/employer-rules-by-period.md`, each figure computed
/// independently from the official rule (by hand here, or in `scripts/check-payroll.py`).
@Suite struct PayrollEngineTests {
  let book = Fixtures.rateBook

  func run(
    _ salary: String, _ code: String, _ country: String, from start: String, months: Int,
    situation: EmployerSituation = .init()
  ) throws -> PayrollRun {
    try PayrollEngine.run(
      PayrollInput(
        salary: try Fixtures.money(salary, code), country: country, start: try #require(PayMonth(parsing: start)),
        months: Amount(months), situation: situation), book: book)
  }

  /// The charges of one rule, period by period, as exact decimal text.
  func charges(_ run: PayrollRun, _ name: String) -> [String] {
    run.periods.map { period in
      period.charges.first { $0.component.name.hasPrefix(name) }?.amount.description ?? "none"
    }
  }

  func total(_ run: PayrollRun, _ name: String) throws -> String {
    try run.chargesByName(through: run.periods.count).first { $0.component.name.hasPrefix(name) }?.amount
      .rounded(places: 2, mode: .halfUp).description ?? "none"
  }

  func cost(
    _ salary: String, _ code: String, _ country: String, year: Int, situation: EmployerSituation = .init()
  ) throws -> EmployerCost {
    let (calendar, _) = try CalendarSettings(year: year, country: country).calendar(book: book)
    var input = EmployerCostInput(
      salary: try Fixtures.money(salary, code), country: country, year: year, calendar: calendar)
    input.situation = situation
    return try EmployerCost.calculate(input, book: book)
  }

  func contributions(_ cost: EmployerCost) throws -> String {
    try cost.total.amount.subtracting(cost.input.salary.amount).rounded(places: 2, mode: .halfUp).description
  }

  // MARK: United States

  /// $240k engaged January–March 2026: Social Security 6.2% × $20,000 a month = $1,240 each month
  /// ($3,720), and all of FUTA's $42 in January (its $7,000 base is used up at once).
  @Test func usSocialSecurityAndFUTAAccrueYearToDate() throws {
    let result = try run("240000", "USD", "US", from: "2026-01", months: 3)
    #expect(charges(result, "Social Security") == ["1240", "1240", "1240"])
    #expect(try total(result, "Social Security") == "3720")
    #expect(charges(result, "FUTA") == ["42", "0", "0"])
  }

  /// A new employer starts from zero: July–September pays the same $3,720.
  @Test func aMidYearEngagementStartsTheWageBaseAtZero() throws {
    let result = try run("240000", "USD", "US", from: "2026-07", months: 3)
    #expect(try total(result, "Social Security") == "3720")
    #expect(charges(result, "FUTA") == ["42", "0", "0"])
  }

  /// November 2026 to February 2027: the wage base and FUTA restart on 1 January (2027 has no
  /// rules yet: 2026's are used, and the run says so).
  @Test func anEngagementCrossingFirstJanuaryRestartsTheCaps() throws {
    let result = try run("240000", "USD", "US", from: "2026-11", months: 4)
    #expect(charges(result, "Social Security") == ["1240", "1240", "1240", "1240"])
    #expect(charges(result, "FUTA") == ["42", "0", "42", "0"])
    #expect(result.periods.map(\.contributionYear) == [2026, 2026, 2027, 2027])
    #expect(result.periods.map(\.rulesYear) == [2026, 2026, 2026, 2026])
    #expect(result.notes.contains("no US contribution rules for 2027 yet: those of 2026 are used"))
  }

  /// At $250k the 2026 wage base of $184,500 is reached in September (9 × 20,833.33 = 187,500).
  @Test func theWageBaseIsReachedInTheMonthPayCrossesIt() throws {
    let result = try run("250000", "USD", "US", from: "2026-01", months: 12)
    #expect(result.capsReached.first { $0.name.hasPrefix("Social Security") }?.month.description == "2026-09")
    #expect(try total(result, "Social Security") == "11439")
  }

  @Test func aFUTACreditReductionFollowsTheState() throws {
    let result = try run("100000", "USD", "US", from: "2025-01", months: 12, situation: .init(state: "CA"))
    // 1.2% × 7,000 on top of 0.6% × 7,000.
    #expect(try total(result, "FUTA credit reduction") == "84")
    let unknown = try run("100000", "USD", "US", from: "2026-01", months: 12, situation: .init(state: "CA"))
    #expect(
      unknown.notes.contains {
        $0.hasPrefix("not included: FUTA credit reduction (California): its rate is not known for 2026")
      })
  }

  // MARK: Canada

  /// C$10,000 a month, January–March 2026: (10,000 − 3,500 ÷ 12) × 5.95% a month. Exactly
  /// 29,125 × 5.95% = 1,732.9375 → $1,732.94 rounded once (a payroll rounding each month's
  /// $577.645… to $577.65 shows $1,732.95).
  @Test func canadaCPPHasAPerPeriodExemption() throws {
    let result = try run("120000", "CAD", "CA", from: "2026-01", months: 3)
    #expect(try total(result, "Canada Pension Plan") == "1732.94")
    #expect(charges(result, "Second additional CPP").allSatisfy { $0 == "0" })
  }

  /// CPP stops at its maximum of $4,230.45 in August; CPP2 starts once YTD pay passes $74,600.
  @Test func canadaCPPStopsAtItsMaximumAndCPP2Starts() throws {
    let result = try run("120000", "CAD", "CA", from: "2026-01", months: 12)
    #expect(try total(result, "Canada Pension Plan") == "4230.45")
    #expect(result.capsReached.first { $0.name.hasPrefix("Canada Pension Plan") }?.month.description == "2026-08")
    #expect(try total(result, "Second additional CPP") == "416")
    // July's pay takes YTD to 70,000, August's to 80,000: CPP2 on 5,400 then 4,000 × 4%... up to 85,000.
    #expect(charges(result, "Second additional CPP").prefix(8) == ["0", "0", "0", "0", "0", "0", "0", "216"])
    #expect(try total(result, "Employment Insurance") == "1572.3")
  }

  // MARK: United Kingdom

  @Test func theUK2026RulesChargeNIAndPensionInEachPeriod() throws {
    let result = try cost("60000", "GBP", "GB", year: 2026)
    #expect(result.charges.map(\.charge.amount.description) == ["8250", "1320.9"])
    #expect(result.payroll.periods.first?.month.description == "2026-04")
  }

  @Test func theUK2024RulesAreThe2024Ones() throws {
    let result = try cost("60000", "GBP", "GB", year: 2024)
    // 13.8% × (60,000 − 9,100).
    #expect(result.charges.first?.charge.amount.description == "7024.2")
  }

  /// £9,000 a year is below the £10,000 trigger (£833.33 a month): no pension; NI above £5,000.
  @Test func noPensionBelowTheAutoEnrolmentTrigger() throws {
    let result = try cost("9000", "GBP", "GB", year: 2026)
    #expect(result.charges.first { $0.component.name.hasPrefix("Workplace pension") }?.charge.amount == .zero)
    #expect(result.charges.first?.charge.amount.description == "600")
  }

  @Test func aYearBeforeTheRulesIsAnErrorNamingTheYears() throws {
    #expect(
      throws: CalculationError.invalidInput(
        "no GB contribution rules for 2023/24: ratecalc has them for 2024/25, 2025/26, 2026/27")
    ) { try cost("60000", "GBP", "GB", year: 2023) }
  }

  // MARK: Australia

  /// A$400,000 in FY2025-26: 12% of at most A$62,500 a quarter = A$30,000 (not 12% × 400,000).
  @Test func australiaCapsSuperEachQuarter() throws {
    let result = try cost("400000", "AUD", "AU", year: 2025)
    #expect(result.charges.first?.charge.amount.description == "30000")
    #expect(result.payroll.periods.first?.month.description == "2025-07")
    #expect(result.payroll.capsReached.count == 4)
  }

  /// From 1 July 2026 the base is annual: 12% × 270,830 = 32,499.60.
  @Test func australiaFrom2026CapsSuperOverTheYear() throws {
    let result = try cost("400000", "AUD", "AU", year: 2026)
    #expect(result.charges.first?.charge.amount.description == "32499.6")
  }

  // MARK: Germany

  /// €150,000 in 2026: above both ceilings, 8,450 × 12 × 10.75% + 5,812.50 × 12 × 10.55%.
  @Test func germany2026UsesThe2026Ceilings() throws {
    let result = try cost("150000", "EUR", "DE", year: 2026)
    #expect(try contributions(result) == "18259.13")
    #expect(result.charges.first { $0.component.name == "Insolvency levy" }?.charge.amount.description == "152.1")
  }

  /// Below both ceilings in 2026 the employer pays 9.3 + 1.3 + 7.3 + 1.45 + 1.8 + 0.15 = 21.3%.
  @Test func germanyBelowTheCeilingsIs21Point3Percent() throws {
    #expect(try contributions(try cost("50000", "EUR", "DE", year: 2026)) == "10650")
  }

  // MARK: South Africa and Nigeria

  /// UIF: 1% of at most R17,712 a month = R177.12 a month.
  @Test func southAfricaCapsUIFEachMonth() throws {
    let result = try run("600000", "ZAR", "ZA", from: "2026-03", months: 12)
    #expect(charges(result, "Unemployment Insurance").allSatisfy { $0 == "177.12" })
  }

  /// Pension 10% (from 3 staff) and NSITF 1% of emoluments, applied to the whole salary and said.
  @Test func nigeriaChargesPensionAndNSITF() throws {
    let result = try cost("5000000", "NGN", "NG", year: 2026)
    #expect(try contributions(result) == "550000")
    #expect(result.breakdown.notes.contains { $0.contains("applied to the whole salary") })
    let tiny = try cost("5000000", "NGN", "NG", year: 2026, situation: .init(staff: 2))
    #expect(try contributions(tiny) == "50000")
  }

  // MARK: France (scripts/check-payroll.py)

  @Test(arguments: [
    ("21621.6", 2025, "218.23"), ("42000", 2025, "13835.92"), ("188400", 2025, "77027.65"),
    ("21876.4", 2026, "220.08"), ("42000", 2026, "14577.27"), ("192240", 2026, "78738.62"),
  ])
  func franceAtTheSMICAt42000AndAt4PASS(salary: String, year: Int, expected: String) throws {
    #expect(try contributions(try cost(salary, "EUR", "FR", year: year)) == expected)
  }

  /// service-public's RGDU example: €42,000 at an employer of 50 or more (Tdelta 0.3821) gives a
  /// coefficient of 0.0615168… and a reduction of €2,583.71 (service-public prints €2,583.70).
  @Test func theRGDUMatchesServicePublicsExample() throws {
    let result = try cost("42000", "EUR", "FR", year: 2026, situation: .init(staff: 50))
    let reduction = try #require(result.charges.first { $0.component.accrual == .reduction })
    #expect(reduction.charge.amount.rounded(places: 2, mode: .halfUp).description == "-2583.71")
  }

  // MARK: Spain

  /// €100,000 in 2025: 30.57% of the €4,909.50 maximum base, plus the solidarity contribution on
  /// the excess (0.77%, 0.83%, 0.98% by tranche): €18,364.93 (scripts/check-payroll.py).
  @Test func spainChargesSolidarityAboveTheMaximumBase() throws {
    let result = try cost("100000", "EUR", "ES", year: 2025)
    #expect(try contributions(result) == "18364.93")
    #expect(result.charges.filter { $0.component.name.hasPrefix("Solidarity") }.count == 3)
  }

  // MARK: UAE

  /// AED 240,000 (20,000 a month): an expatriate accrues 21/30 of a month's basic pay a year
  /// (14,000); a national costs GPSSA 15% of 20,000 a month (36,000). Never both.
  @Test func theUAEChargesEitherGratuityOrGPSSA() throws {
    let expatriate = try cost("240000", "AED", "AE", year: 2026)
    #expect(
      expatriate.charges.map(\.component.name) == [
        "End-of-service gratuity (first 5 years)", "Health insurance (basic package)",
      ])
    #expect(try contributions(expatriate) == "14320")
    let national = try cost("240000", "AED", "AE", year: 2026, situation: .init(nationality: .national))
    #expect(national.charges.allSatisfy { !$0.component.name.hasPrefix("End-of-service") })
    #expect(try contributions(national) == "36320")
  }

  /// The gratuity is owed only after a year: six months cost nothing at exit.
  @Test func theGratuityVestsAfterAYear() throws {
    let result = try run("240000", "AED", "AE", from: "2026-01", months: 18)
    let six = try result.cost(through: 6)
    let twelve = try result.cost(through: 12)
    // Six months: pay and health insurance only (120,000 + 160); twelve: plus 14,000 of gratuity.
    #expect(six.description == "120160")
    #expect(twelve.description == "254320")
  }

  // MARK: Employer situation

  @Test func leviesWithAThresholdFollowTheEmployer() throws {
    let small = try cost("300000", "ZAR", "ZA", year: 2026)
    #expect(!small.charges.contains { $0.component.name.hasPrefix("Skills Development Levy") })
    #expect(
      small.breakdown.notes.contains {
        $0
          == "not included: Skills Development Levy (SDL): only when payroll > ZAR 500,000 "
          + "(the payroll is taken as this hire's ZAR 300,000: set payroll)"
      })
    let large = try cost("300000", "ZAR", "ZA", year: 2026, situation: .init(payroll: Amount(2_000_000)))
    #expect(
      large.charges.first { $0.component.name.hasPrefix("Skills Development Levy") }?.charge.amount == Amount(3000))
    let nigeria = try cost("5000000", "NGN", "NG", year: 2026, situation: .init(staff: 5))
    #expect(nigeria.charges.contains { $0.component.name.hasPrefix("Industrial Training Fund") })
  }

  // MARK: Bounds

  /// 600 months of employment, 24 of notice and the month after: 625.
  @Test func aRunIsBoundedTo625Months() throws {
    #expect(throws: CalculationError.self) { try run("60000", "GBP", "GB", from: "2026-01", months: 626) }
    #expect(try run("60000", "GBP", "GB", from: "2026-01", months: 625).periods.count == 625)
  }

  /// A cost through any period is the periods' pay and charges summed one by one (accruals only
  /// from a year's service), in every country, for every length of a 30-month run, and past its end.
  @Test(arguments: [
    ("60000", "GBP", "GB"), ("240000", "AED", "AE"), ("90000", "USD", "US"), ("70000", "EUR", "FR"),
    ("80000", "CAD", "CA"), ("120000", "AUD", "AU"),
  ])
  func aCostThroughAPeriodIsItsPeriodsSummed(salary: String, code: String, country: String) throws {
    let result = try run(salary, code, country, from: "2026-07", months: 30)
    for count in 0...31 {
      let periods = result.periods.prefix(count)
      let vested = periods.count >= PayrollRun.vestingMonths
      var sum = Amount.zero
      for period in periods {
        sum = try sum.adding(period.pay)
        for charge in period.charges where vested || charge.component.accrual != .service {
          sum = try sum.adding(charge.amount)
        }
      }
      #expect(try result.cost(through: count) == sum, "\(country), \(count) periods")
    }
    #expect(try result.cost(through: -1) == .zero)
  }

  /// A run whose cost overflows can say its cost up to the period before, and is an error from it.
  @Test func aCostPastTheLargestAmountIsAnError() throws {
    let result = try run("60000000000000000000", "GBP", "GB", from: "2026-01", months: 24)
    #expect(try result.cost(through: 1) > .zero)
    #expect(throws: CalculationError.self) { try result.cost(through: 24) }
    #expect(throws: CalculationError.self) { try result.totalCost() }
  }

  @Test func aPartMonthPaysItsShare() throws {
    let result = try PayrollEngine.run(
      PayrollInput(
        salary: try Fixtures.money("60000", "GBP"), country: "GB", start: try #require(PayMonth(year: 2026, month: 4)),
        months: try Amount(parsing: "1.5"), situation: .init()), book: book)
    #expect(result.periods.map(\.pay.description) == ["5000", "2500"])
    // NI: 15% × (5,000 − 416.67) + 15% × (2,500 − 208.33) = 15% × 6,875.
    #expect(try total(result, "Employer Class 1") == "1031.25")
  }
}
