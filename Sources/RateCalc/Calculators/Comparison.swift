/// A hiring manager's comparison: hire an employee, or engage a freelancer, for a given length.
public struct ComparisonInput: Sendable {
  /// The employee side: salary, country, rules, calendar and extras.
  public var employee: EmployerCostInput
  /// The freelancer's day rate (what the freelancer charges).
  public var dayRate: Money
  /// An agency's margin on top of the day rate, as a fraction of what the client pays
  /// (`client rate = day rate ÷ (1 − margin)`).
  public var agencyMargin: Amount = .zero
  /// The engagement, in months (fractions allowed).
  public var months: Amount
  /// Days of paid time an employee needs before full output (onboarding ramp-up), a one-off cost.
  public var rampUpDays: Amount = .zero
  /// Months of notice paid when the employment ends, a one-off cost at the end.
  public var noticeMonths: Amount = .zero

  /// Creates a comparison input.
  public init(employee: EmployerCostInput, dayRate: Money, months: Amount) {
    self.employee = employee
    self.dayRate = dayRate
    self.months = months
  }
}

/// What each side costs, the break-even day rate and the month the employee becomes cheaper.
public struct Comparison: Sendable {
  /// One month of the cumulative series.
  public struct Month: Sendable, Equatable {
    /// Months since the start (1, 2, …).
    public let month: Int
    /// The employee's cumulative cost if the engagement ended after this month (notice included).
    public let employee: Money
    /// The freelancer's cumulative cost.
    public let freelancer: Money
  }

  /// The employer's yearly cost.
  public let employerCost: EmployerCost
  /// What the client pays the freelancer per day, agency margin included.
  public let clientDayRate: Money
  /// Days actually worked in a month (days worked a year ÷ 12).
  public let workedDaysPerMonth: Amount
  /// The employee's total for the engagement: months × monthly cost + one-off costs.
  public let employeeTotal: Money
  /// The freelancer's total for the engagement: client day rate × days worked.
  public let freelancerTotal: Money
  /// The day rate at which the freelancer costs the same as the employee over the engagement,
  /// per day actually worked.
  public let breakEvenDayRate: Money
  /// The first month after which hiring costs less than the freelancer, or `nil` if it never does
  /// within the series.
  public let crossoverMonth: Int?
  /// The cumulative costs month by month, for a chart.
  public let series: [Month]
  /// The steps and data rows.
  public let breakdown: Breakdown

  /// Compares the two for the engagement.
  ///
  /// Employee: `monthly = employer cost ÷ 12`; one-off `ramp-up = ramp-up days × cost per day
  /// worked` (plus the recruiting fee, which ``EmployerCostInput`` spreads over tenure: here it is
  /// paid up front instead) and `notice = notice months × monthly`. Freelancer:
  /// `client day rate × days worked per month` each month. The series runs to at least the
  /// engagement and 24 months.
  public static func calculate(_ input: ComparisonInput, book: RateBook) throws(CalculationError) -> Comparison {
    guard input.months > .zero else { throw .invalidInput("the engagement must be longer than 0 months") }
    guard input.dayRate.currency == input.employee.salary.currency else {
      throw .currencyMismatch(
        expected: input.employee.salary.currency.code, got: input.dayRate.currency.code, hint: "the salary is in")
    }
    guard input.agencyMargin < .one, !input.agencyMargin.isNegative else {
      throw .invalidInput("an agency margin must be at least 0% and below 100%")
    }
    let currency = input.dayRate.currency
    // The recruiting fee is paid once, up front, in the comparison.
    var yearly = input.employee
    let recruitingFee = try Exact.multiply(input.employee.salary.amount, input.employee.recruitingFee)
    yearly.recruitingFee = .zero
    let cost = try EmployerCost.calculate(yearly, book: book)
    var breakdown = cost.breakdown
    let annual = cost.total.amount
    /// A yearly amount over some months, with one division: `yearly × months ÷ 12`.
    func overMonths(_ yearly: Amount, _ months: Amount) throws(CalculationError) -> Amount {
      try Exact.scale(yearly, by: months, over: Amount(12))
    }
    let monthly = try overMonths(annual, .one)
    breakdown.add("employee cost a month", "total cost ÷ 12", .money(Money(monthly, currency)))
    let rampUp = try Exact.scale(input.rampUpDays, by: annual, over: input.employee.calendar.workedDays)
    let upFront = try Exact.add(recruitingFee, rampUp)
    if recruitingFee > .zero {
      breakdown.add(
        "recruiting fee", "\(percentText(input.employee.recruitingFee)) of salary, paid once",
        .money(Money(recruitingFee, currency)))
    }
    if rampUp > .zero {
      breakdown.add(
        "onboarding ramp-up", "\(input.rampUpDays) days × cost per day worked", .money(Money(rampUp, currency)))
    }
    let notice = try overMonths(annual, input.noticeMonths)
    if notice > .zero {
      breakdown.add("notice", "\(input.noticeMonths) months × monthly cost", .money(Money(notice, currency)))
    }
    let clientDay =
      input.agencyMargin.isZero
      ? input.dayRate.amount : try Exact.divide(input.dayRate.amount, try Exact.subtract(.one, input.agencyMargin))
    if input.agencyMargin > .zero {
      breakdown.add(
        "client day rate", "day rate ÷ (1 − \(percentText(input.agencyMargin)) agency margin)",
        .rate(Money(clientDay, currency), .day))
    }
    let workedDays = input.employee.calendar.workedDays
    let daysPerMonth = try overMonths(workedDays, .one)
    breakdown.add("days worked a month", "days actually worked ÷ 12", .days(daysPerMonth))
    let freelancerYearly = try Exact.multiply(clientDay, workedDays)
    let freelancerMonthly = try overMonths(freelancerYearly, .one)
    breakdown.add(
      "freelancer cost a month", "client day rate × days worked a year ÷ 12", .money(Money(freelancerMonthly, currency))
    )
    let employeeTotal = try Exact.add(try Exact.add(upFront, try overMonths(annual, input.months)), notice)
    let freelancerTotal = try overMonths(freelancerYearly, input.months)
    breakdown.add(
      "employee total", "\(input.months) months of cost + one-off costs", .money(Money(employeeTotal, currency)))
    breakdown.add("freelancer total", "\(input.months) months of fees", .money(Money(freelancerTotal, currency)))
    // Per day worked over the engagement: employee total ÷ (days worked a year × months ÷ 12).
    let breakEven = try Exact.scale(employeeTotal, by: Amount(12), over: try Exact.multiply(workedDays, input.months))
    breakdown.add(
      "break-even day rate", "employee total ÷ days worked in the engagement", .rate(Money(breakEven, currency), .day))
    // Month-by-month series.
    let engagementMonths = Int((try Exact.add(input.months, Amount.ratio(999_999, 1_000_000))).integerPart)
    var series: [Month] = []
    var crossover: Int? = nil
    var month = 1
    while month <= max(engagementMonths, 24) || (crossover == nil && month <= 120) {
      let elapsed = Amount(month)
      let employee = try Exact.add(try Exact.add(upFront, try overMonths(annual, elapsed)), notice)
      let freelancer = try overMonths(freelancerYearly, elapsed)
      series.append(Month(month: month, employee: Money(employee, currency), freelancer: Money(freelancer, currency)))
      if crossover == nil && employee < freelancer { crossover = month }
      if month >= max(engagementMonths, 24) && crossover != nil { break }
      month += 1
    }
    if let crossover {
      breakdown.add("crossover month", "first month after which hiring costs less in total", .number(Amount(crossover)))
    } else {
      breakdown.add("crossover month", "hiring never costs less within \(series.count) months", .text("never"))
    }
    return Comparison(
      employerCost: cost, clientDayRate: Money(clientDay, currency), workedDaysPerMonth: daysPerMonth,
      employeeTotal: Money(employeeTotal, currency), freelancerTotal: Money(freelancerTotal, currency),
      breakEvenDayRate: Money(breakEven, currency), crossoverMonth: crossover, series: series, breakdown: breakdown)
  }
}
