/// What a budget buys: freelancer days at a day rate, or an employee's salary in a country.
public struct Budget: Sendable {
  /// The budget.
  public let budget: Money
  /// The freelancer's day rate, when one was given.
  public let dayRate: Money?
  /// Days of freelancer time: budget ÷ day rate (with a day rate).
  public let freelancerDays: Amount?
  /// Those days in full-time-equivalent months: days ÷ days worked a month (with a day rate).
  public let freelancerFTEMonths: Amount?
  /// The salary whose yearly employer cost equals the budget (employer costs included).
  public let salaryForAYear: Money
  /// For a given salary, how many months of payroll from the start the budget pays for; `nil`
  /// when no salary was given.
  public let monthsOfSalary: Amount?
  /// For an employment of a given length, the yearly salary whose payroll from the start for
  /// those months costs the budget; `nil` when no length was given.
  public let salaryForMonths: (months: Amount, salary: Money)?
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
    budget: Money, dayRate: Money?, salary: Money?, employment: Employment, calendar: WorkingCalendar,
    months: Amount? = nil, book: RateBook
  ) throws(CalculationError) -> Budget {
    let currency = budget.currency
    guard budget.amount > .zero else { throw .invalidInput("a budget must be above zero") }
    var breakdown = Breakdown()
    breakdown.add("budget", "as given", .money(budget))
    var days: Amount? = nil
    var fteMonths: Amount? = nil
    if let dayRate {
      guard dayRate.currency == currency else {
        throw .currencyMismatch(expected: currency.code, got: dayRate.currency.code, hint: "the budget is in")
      }
      guard dayRate.amount > .zero else { throw .invalidInput("a day rate must be above zero") }
      let freelancerDays = try Exact.divide(budget.amount, dayRate.amount)
      breakdown.add("freelancer days", "budget ÷ \(dayRate.amount) a day", .days(freelancerDays))
      breakdown.steps += try calendar.steps(freelancer: false)
      let perMonth = try Exact.divide(calendar.workedDays, Amount(12))
      guard perMonth > .zero else { throw .invalidInput("the calendar leaves no days worked") }
      fteMonths = try Exact.divide(freelancerDays, perMonth)
      breakdown.add("FTE months", "freelancer days ÷ \(perMonth) days worked a month", .number(fteMonths ?? .zero))
      days = freelancerDays
    }
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
    var monthsOfSalary: Amount? = nil
    if let salary {
      guard salary.currency == currency else {
        throw .currencyMismatch(expected: currency.code, got: salary.currency.code, hint: "the budget is in")
      }
      monthsOfSalary = try monthsPaid(budget: budget.amount, salary: salary, employment: employment, book: book)
      breakdown.add(
        "months of that salary",
        "whole months of payroll from \(employment.start) the budget pays, and a share of the next",
        .number(monthsOfSalary ?? .zero))
    }
    var forMonths: (months: Amount, salary: Money)? = nil
    if let length = months {
      let carried = try Budget.salary(
        forCost: budget.amount, months: length, employment: employment, currency: currency, book: book)
      forMonths = (length, Money(carried, currency))
      breakdown.add(
        "salary for \(length) months",
        "the yearly salary whose payroll from \(employment.start) for \(length) months costs the budget",
        .money(Money(carried, currency)))
    }
    return Budget(
      budget: budget, dayRate: dayRate, freelancerDays: days, freelancerFTEMonths: fteMonths,
      salaryForAYear: Money(salaryForYear, currency), monthsOfSalary: monthsOfSalary, salaryForMonths: forMonths,
      breakdown: breakdown)
  }

  /// The yearly salary whose payroll from the start for `months` months costs `cost`: found by
  /// bisection on whole cents, as ``EmployerCost/salary(forCost:input:book:)`` is (at most 96
  /// payroll runs of at most 600 months).
  static func salary(
    forCost cost: Amount, months: Amount, employment: Employment, currency: Currency, book: RateBook
  ) throws(CalculationError) -> Amount {
    guard months > .zero, months <= Amount(PayrollInput.maximumMonths) else {
      throw .invalidInput("an employment is from 1 to \(PayrollInput.maximumMonths) months")
    }
    func costAt(_ salary: Amount) throws(CalculationError) -> Amount {
      let run = try PayrollEngine.run(
        PayrollInput(
          salary: Money(salary, currency), country: employment.country, start: employment.start, months: months,
          situation: employment.situation), book: book)
      return try run.totalCost()
    }
    guard try costAt(.zero) <= cost else { throw .invalidInput("the budget does not cover the fixed costs") }
    let cent = Amount.ratio(1, 100)
    var low = Amount.zero
    // The yearly salary is at most the budget scaled to a year, twice over.
    var high = try Exact.add(try Exact.scale(cost, by: Amount(24), over: months), Amount(1))
    var steps = 0
    while try Exact.subtract(high, low) > cent, steps < 96 {
      steps += 1
      let middle = try Exact.divide(try Exact.add(low, high), Amount(2)).rounded(places: 2, mode: .halfEven)
      guard middle > low, middle < high else { break }
      if try costAt(middle) <= cost { low = middle } else { high = middle }
    }
    return low
  }

  /// Months of payroll from the start that a budget pays for: whole months whose cumulative cost
  /// fits, plus the share of the next month's cost that the rest covers (at most 600 months).
  ///
  /// Payroll is run for 12 months, then 24, 48, … up to 600 until the budget runs out (at most 7
  /// runs): a period's cost depends only on the periods before it, so a shorter run's first
  /// months are the longer run's, and a budget of a year or two costs a year or two of payroll.
  static func monthsPaid(
    budget: Amount, salary: Money, employment: Employment, book: RateBook
  ) throws(CalculationError) -> Amount {
    guard salary.amount > .zero else { throw .invalidInput("a salary must be above zero") }
    var length = 12
    while true {
      let run = try PayrollEngine.run(
        PayrollInput(
          salary: salary, country: employment.country, start: employment.start, months: Amount(length),
          situation: employment.situation), book: book)
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
      guard length < PayrollInput.maximumMonths else { break }
      length = min(length * 2, PayrollInput.maximumMonths)
    }
    throw .invalidInput("the budget pays for more than \(PayrollInput.maximumMonths) months of that salary")
  }
}
