/// What a budget buys: freelancer days at a day rate, or an employee's salary in a country.
public struct Budget: Sendable {
  /// The budget.
  public let budget: Money
  /// The freelancer's day rate.
  public let dayRate: Money
  /// Days of freelancer time: budget ÷ day rate.
  public let freelancerDays: Amount
  /// Those days in full-time-equivalent months: days ÷ days worked a month.
  public let freelancerFTEMonths: Amount
  /// The salary whose yearly employer cost equals the budget (employer costs included).
  public let salaryForAYear: Money
  /// For a given salary, how many months of payroll from the start the budget pays for; `nil`
  /// when no salary was given.
  public let monthsOfSalary: Amount?
  /// The steps and data rows.
  public let breakdown: Breakdown

  /// The employment a budget is measured against.
  public struct Employment: Sendable {
    /// ISO country code.
    public var country: String
    /// The contribution year for the yearly salary.
    public var year: Int
    /// The first month of pay, for months of a given salary.
    public var start: PayMonth
    /// The employer's situation.
    public var situation: EmployerSituation

    /// Creates an employment.
    public init(country: String, year: Int, start: PayMonth, situation: EmployerSituation = .init()) {
      self.country = country
      self.year = year
      self.start = start
      self.situation = situation
    }
  }

  /// Computes both views on one calendar.
  public static func calculate(
    budget: Money, dayRate: Money, salary: Money?, employment: Employment, calendar: WorkingCalendar,
    book: RateBook
  ) throws(CalculationError) -> Budget {
    let currency = budget.currency
    guard dayRate.currency == currency else {
      throw .currencyMismatch(expected: currency.code, got: dayRate.currency.code, hint: "the budget is in")
    }
    guard budget.amount > .zero, dayRate.amount > .zero else {
      throw .invalidInput("budget and day rate must be above zero")
    }
    var breakdown = Breakdown()
    breakdown.add("budget", "as given", .money(budget))
    let days = try Exact.divide(budget.amount, dayRate.amount)
    breakdown.add("freelancer days", "budget ÷ \(dayRate.amount) a day", .days(days))
    breakdown.steps += try calendar.steps(freelancer: false)
    let perMonth = try Exact.divide(calendar.workedDays, Amount(12))
    guard perMonth > .zero else { throw .invalidInput("the calendar leaves no days worked") }
    let fteMonths = try Exact.divide(days, perMonth)
    breakdown.add("FTE months", "freelancer days ÷ \(perMonth) days worked a month", .number(fteMonths))
    var probe = EmployerCostInput(
      salary: Money(budget.amount, currency), country: employment.country, year: employment.year, calendar: calendar)
    probe.situation = employment.situation
    let reference = try EmployerCost.calculate(probe, book: book)
    breakdown.merge(reference.breakdown)
    let salaryForYear = try EmployerCost.salary(forCost: budget.amount, input: probe, book: book)
    breakdown.add(
      "salary for a year",
      "the salary whose employer cost (\(employment.country) \(reference.yearName)) is the budget",
      .money(Money(salaryForYear, currency)))
    var months: Amount? = nil
    if let salary {
      guard salary.currency == currency else {
        throw .currencyMismatch(expected: currency.code, got: salary.currency.code, hint: "the budget is in")
      }
      months = try monthsPaid(budget: budget.amount, salary: salary, employment: employment, book: book)
      breakdown.add(
        "months of that salary",
        "whole months of payroll from \(employment.start) the budget pays, and a share of the next",
        .number(months ?? .zero))
    }
    return Budget(
      budget: budget, dayRate: dayRate, freelancerDays: days, freelancerFTEMonths: fteMonths,
      salaryForAYear: Money(salaryForYear, currency), monthsOfSalary: months, breakdown: breakdown)
  }

  /// Months of payroll from the start that a budget pays for: whole months whose cumulative cost
  /// fits, plus the share of the next month's cost that the rest covers (at most 600 months).
  static func monthsPaid(
    budget: Amount, salary: Money, employment: Employment, book: RateBook
  ) throws(CalculationError) -> Amount {
    guard salary.amount > .zero else { throw .invalidInput("a salary must be above zero") }
    let run = try PayrollEngine.run(
      PayrollInput(
        salary: salary, country: employment.country, start: employment.start,
        months: Amount(PayrollInput.maximumMonths), situation: employment.situation), book: book)
    var paid = Amount.zero
    for month in 0..<run.periods.count {
      let next = try run.cost(through: month + 1)
      if next > budget {
        let share = try Exact.scale(
          try Exact.subtract(budget, paid), by: .one, over: try Exact.subtract(next, paid))
        return try Exact.add(Amount(month), share)
      }
      paid = next
    }
    throw .invalidInput("the budget pays for more than \(PayrollInput.maximumMonths) months of that salary")
  }
}
