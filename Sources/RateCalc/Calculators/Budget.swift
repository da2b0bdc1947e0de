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
  /// For a given salary, how many months the budget pays for; `nil` when no salary was given.
  public let monthsOfSalary: Amount?
  /// The steps and data rows.
  public let breakdown: Breakdown

  /// Computes both views on one calendar.
  public static func calculate(
    budget: Money, dayRate: Money, salary: Money?, country: String, year: Int, calendar: WorkingCalendar,
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
    breakdown.steps += calendar.steps(freelancer: false)
    let perMonth = try Exact.divide(calendar.workedDays, Amount(12))
    guard perMonth > .zero else { throw .invalidInput("the calendar leaves no days worked") }
    let fteMonths = try Exact.divide(days, perMonth)
    breakdown.add("FTE months", "freelancer days ÷ \(perMonth) days worked a month", .number(fteMonths))
    let probe = EmployerCostInput(
      salary: Money(budget.amount, currency), country: country, year: year, calendar: calendar)
    let reference = try EmployerCost.calculate(probe, book: book)
    for row in reference.breakdown.rows { breakdown.use(row) }
    for note in reference.breakdown.notes { breakdown.note(note) }
    let salaryForYear = try EmployerCost.salary(forCost: budget.amount, input: probe, book: book)
    breakdown.add(
      "salary for a year", "the salary whose employer cost (\(country) \(reference.rulesYear)) is the budget",
      .money(Money(salaryForYear, currency)))
    var months: Amount? = nil
    if let salary {
      guard salary.currency == currency else {
        throw .currencyMismatch(expected: currency.code, got: salary.currency.code, hint: "the budget is in")
      }
      let cost = try EmployerCost.calculate(
        EmployerCostInput(salary: salary, country: country, year: year, calendar: calendar), book: book)
      let monthly = try Exact.divide(cost.total.amount, Amount(12))
      months = try Exact.divide(budget.amount, monthly)
      breakdown.add("employee cost a month", "employer cost of \(salary.amount) ÷ 12", .money(Money(monthly, currency)))
      breakdown.add("months of that salary", "budget ÷ monthly cost", .number(months ?? .zero))
    }
    return Budget(
      budget: budget, dayRate: dayRate, freelancerDays: days, freelancerFTEMonths: fteMonths,
      salaryForAYear: Money(salaryForYear, currency), monthsOfSalary: months, breakdown: breakdown)
  }
}
