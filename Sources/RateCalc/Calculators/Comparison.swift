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
  /// The first month of the engagement: payroll runs from here with each year's own rules.
  public var start: PayMonth
  /// Days of paid time an employee needs before full output (onboarding ramp-up), a one-off cost.
  public var rampUpDays: Amount = .zero
  /// Months of notice when the employment ends, at most ``maximumNoticeMonths``.
  public var noticeMonths: Amount = .zero
  /// The longest notice: two years.
  public static let maximumNoticeMonths = 24
  /// Whether the notice is paid in lieu (a cost after the engagement) rather than worked (no extra cost).
  public var noticePaid = false

  /// The engagement's length when none is given: a year.
  public static let defaultMonths = Amount(12)

  /// Creates a comparison input.
  public init(employee: EmployerCostInput, dayRate: Money, months: Amount, start: PayMonth) {
    self.employee = employee
    self.dayRate = dayRate
    self.months = months
    self.start = start
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

  /// The employer's yearly cost in the contribution year of the start (for per-day figures).
  public let employerCost: EmployerCost
  /// What the client pays the freelancer per day, agency margin included.
  public let clientDayRate: Money
  /// Days actually worked in a month (days worked a year ÷ 12).
  public let workedDaysPerMonth: Amount
  /// The employee's total for the engagement: its pay periods + one-off costs.
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
  /// The engagement's pay periods (paid notice included).
  public let payroll: PayrollRun
  /// The steps and data rows.
  public let breakdown: Breakdown

  /// The longest series: the engagement or 24 months, and on to 120 months to find a crossover.
  public static let seriesSearchMonths = 120

  /// Compares the two for the engagement.
  ///
  /// Employee: payroll from `start` for the engagement's months (each contribution year with its
  /// own rules and caps), plus one-off `ramp-up = ramp-up days × cost per day worked`, the recruiting
  /// fee paid up front, and paid notice as more pay periods. Freelancer: `client day rate × days
  /// worked per month` each month. The series shows the cost had the engagement ended after each month.
  public static func calculate(_ input: ComparisonInput, book: RateBook) throws(CalculationError) -> Comparison {
    guard input.months > .zero else { throw .invalidInput("the engagement must be longer than 0 months") }
    guard input.months <= Amount(PayrollInput.maximumMonths) else {
      throw .invalidInput("an engagement is at most \(PayrollInput.maximumMonths) months (50 years)")
    }
    guard input.dayRate.currency == input.employee.salary.currency else {
      throw .currencyMismatch(
        expected: input.employee.salary.currency.code, got: input.dayRate.currency.code, hint: "the salary is in")
    }
    guard !input.dayRate.amount.isNegative else { throw .invalidInput("a day rate cannot be negative") }
    guard input.agencyMargin < .one, !input.agencyMargin.isNegative else {
      throw .invalidInput("an agency margin must be at least 0% and below 100%")
    }
    guard !input.noticeMonths.isNegative, input.noticeMonths <= Amount(ComparisonInput.maximumNoticeMonths) else {
      throw .invalidInput("notice is from 0 to \(ComparisonInput.maximumNoticeMonths) months")
    }
    let currency = input.dayRate.currency
    var yearly = input.employee
    let recruitingFee = try Exact.multiply(input.employee.salary.amount, input.employee.recruitingFee)
    yearly.recruitingFee = .zero
    let cost = try EmployerCost.calculate(yearly, book: book)
    var breakdown = Breakdown()
    breakdown.add("salary", "annual gross salary", .money(input.employee.salary))
    for row in cost.breakdown.rows { breakdown.use(row) }
    let paidNotice = input.noticePaid ? input.noticeMonths : .zero
    let engagement = try payroll(input, months: try Exact.add(input.months, paidNotice), book: book)
    for row in engagement.rows { breakdown.use(row) }
    for note in engagement.notes { breakdown.note(note) }
    breakdown.add(
      "payroll", "monthly pay periods from \(input.start), each contribution year with its own rules",
      .text("\(input.months) months"))
    if let rounding = engagement.perPeriodRounding {
      breakdown.add("per-period figures", rounding, .text("exact"))
    }
    for cap in engagement.capsReached {
      breakdown.add("cap reached", "\(cap.name): no more charged after \(cap.month)", .text("\(cap.month)"))
    }
    let rampUp = try Exact.scale(
      input.rampUpDays, by: cost.total.amount, over: input.employee.calendar.workedDays)
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
    let clientDay =
      input.agencyMargin.isZero
      ? input.dayRate.amount : try Exact.divide(input.dayRate.amount, try Exact.subtract(.one, input.agencyMargin))
    if input.agencyMargin > .zero {
      breakdown.add(
        "client day rate", "day rate ÷ (1 − \(percentText(input.agencyMargin)) agency margin)",
        .rate(Money(clientDay, currency), .day))
    }
    let workedDays = try input.employee.calendar.workedDays
    guard workedDays > .zero else { throw .invalidInput("the calendar leaves no days worked") }
    let daysPerMonth = try Exact.divide(workedDays, Amount(12))
    breakdown.add("days worked a month", "days actually worked ÷ 12", .days(daysPerMonth))
    let freelancerYearly = try Exact.multiply(clientDay, workedDays)
    let employeeTotal = try Exact.add(upFront, try engagement.totalCost())
    let freelancerTotal = try Exact.scale(freelancerYearly, by: input.months, over: Amount(12))
    if paidNotice > .zero {
      breakdown.add("notice", "\(paidNotice) months paid in lieu, as more pay periods", .text("paid"))
    } else if input.noticeMonths > .zero {
      breakdown.add(
        "notice", "\(input.noticeMonths) months worked within the engagement: no extra cost", .text("worked"))
    }
    breakdown.add(
      "employee total", "\(input.months) months of payroll + one-off costs", .money(Money(employeeTotal, currency)))
    breakdown.add("freelancer total", "\(input.months) months of fees", .money(Money(freelancerTotal, currency)))
    let breakEven = try Exact.scale(employeeTotal, by: Amount(12), over: try Exact.multiply(workedDays, input.months))
    breakdown.add(
      "break-even day rate", "employee total ÷ days worked in the engagement", .rate(Money(breakEven, currency), .day))
    let (series, crossover) = try Comparison.series(
      input, upFront: upFront, freelancerYearly: freelancerYearly, book: book)
    if let crossover {
      breakdown.add("crossover month", "first month after which hiring costs less in total", .number(Amount(crossover)))
    } else {
      breakdown.add("crossover month", "hiring never costs less within \(series.count) months", .text("never"))
    }
    return Comparison(
      employerCost: cost, clientDayRate: Money(clientDay, currency), workedDaysPerMonth: daysPerMonth,
      employeeTotal: Money(employeeTotal, currency), freelancerTotal: Money(freelancerTotal, currency),
      breakEvenDayRate: Money(breakEven, currency), crossoverMonth: crossover, series: series, payroll: engagement,
      breakdown: breakdown)
  }

  /// Payroll for the comparison's employee from its start.
  static func payroll(_ input: ComparisonInput, months: Amount, book: RateBook) throws(CalculationError) -> PayrollRun {
    var payroll = PayrollInput(
      salary: input.employee.salary, country: input.employee.country, start: input.start, months: months,
      situation: input.employee.situation)
    payroll.include = input.employee.include
    payroll.exclude = input.employee.exclude
    return try PayrollEngine.run(payroll, book: book)
  }

  /// The cumulative series: the engagement or 24 months, on to 120 to find a crossover, and the crossover.
  static func series(
    _ input: ComparisonInput, upFront: Amount, freelancerYearly: Amount, book: RateBook
  ) throws(CalculationError) -> ([Month], Int?) {
    let currency = input.dayRate.currency
    let whole = Int(input.months.integerPart)
    let engagementMonths = Amount(whole) < input.months ? whole + 1 : whole
    let shortest = max(engagementMonths, 24)
    let longest = max(shortest, Comparison.seriesSearchMonths)
    let noticeWhole = input.noticePaid ? Int(input.noticeMonths.integerPart) : 0
    let noticePart =
      input.noticePaid ? try Exact.subtract(input.noticeMonths, Amount(noticeWhole)) : Amount.zero
    let run = try payroll(
      input, months: Amount(min(longest + noticeWhole + 1, PayrollInput.maximumRunMonths)), book: book)
    var series: [Month] = []
    var crossover: Int? = nil
    for month in 1...longest {
      // Had the engagement ended after `month`: its pay periods, then any notice paid in lieu.
      var employee = try run.cost(through: month + noticeWhole)
      if noticePart > .zero {
        let next = try Exact.subtract(
          try run.cost(through: month + noticeWhole + 1), try run.cost(through: month + noticeWhole))
        employee = try Exact.add(employee, try Exact.multiply(next, noticePart))
      }
      employee = try Exact.add(employee, upFront)
      let freelancer = try Exact.scale(freelancerYearly, by: Amount(month), over: Amount(12))
      series.append(Month(month: month, employee: Money(employee, currency), freelancer: Money(freelancer, currency)))
      if crossover == nil && employee < freelancer { crossover = month }
      if month >= shortest && crossover != nil { break }
    }
    return (series, crossover)
  }
}
