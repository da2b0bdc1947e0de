import RateCalc

/// Hiring-manager commands: employer cost, comparison and budget.
extension Executor {
  func employerInput(
    _ salary: Money, country: String, settings: Settings, options: ParsedOptions, calendar: WorkingCalendar
  )
    -> EmployerCostInput
  {
    var input = EmployerCostInput(salary: salary, country: country, year: year(settings), calendar: calendar)
    input.include = options.values("include").map(\.text)
    input.exclude = options.values("exclude").map(\.text)
    input.benefits = settings.benefits ?? .zero
    input.overhead = settings.overhead ?? .zero
    input.recruitingFee = settings.recruiting ?? .zero
    input.tenureMonths = settings.tenure ?? Amount(24)
    input.situation = settings.situation
    return input
  }

  mutating func cost(_ term: QuantityTerm, options: ParsedOptions, settings: Settings) throws(CommandFailure) -> Outcome
  {
    let (salary, period) = try single(term, settings: settings, what: "a salary")
    guard period == nil || period == .year else { throw .syntax(term.error("give a yearly salary, such as 60000 GBP")) }
    let country = try self.country(settings, for: "cost", token: term.first)
    if let variable = options.value("vary") {
      return try vary(variable, options: options, settings: settings, columns: ["total", "per day", "per hour"]) {
        (executor, varied) throws(CommandFailure) in
        let (calendar, _) = try executor.calendar(varied, country: country)
        let input = executor.employerInput(
          salary, country: country, settings: varied, options: options, calendar: calendar)
        do throws(CalculationError) {
          let cost = try EmployerCost.calculate(input, book: executor.book)
          return [cost.total, cost.perWorkedDay, cost.perWorkedHour]
        } catch {
          throw Executor.failure(error)
        }
      }
    }
    let (calendar, calendarBreakdown) = try self.calendar(settings, country: country)
    let input = employerInput(salary, country: country, settings: settings, options: options, calendar: calendar)
    let cost: EmployerCost
    do { cost = try EmployerCost.calculate(input, book: book) } catch {
      if case .currencyMismatch = error { throw .at(term.currencyToken ?? term.first, error.message) }
      throw Executor.failure(error)
    }
    var breakdown = cost.breakdown
    merge(calendarBreakdown, into: &breakdown)
    let used = cost.rulesYear == cost.input.year ? "" : ", \(cost.payroll.years.name(cost.rulesYear)) rules"
    let context = "\(book.countries.first { $0.code == country }?.name ?? country), \(cost.yearName)\(used)"
    return Outcome(
      .cost(cost, context: context), breakdown: breakdown, value: Quantity(money: cost.total, period: .year),
      warnings: breakdown.notes)
  }

  /// The engagement length from `--months`, `--weeks` or `--days` (days worked), default 12 months.
  func engagementMonths(_ options: ParsedOptions, calendar: WorkingCalendar) throws(CommandFailure) -> Amount {
    let months = try engagementLength(options, calendar: calendar)
    if let (token, value) = months.token, value > Amount(PayrollInput.maximumMonths) {
      throw .at(
        token, "an engagement is at most \(PayrollInput.maximumMonths) months (50 years); this is \(value) months")
    }
    return months.value
  }

  /// The length as given, in months, with the option it came from.
  private func engagementLength(_ options: ParsedOptions, calendar: WorkingCalendar) throws(CommandFailure) -> (
    value: Amount, token: (Token, Amount)?
  ) {
    for name in ["months", "weeks", "days"] {
      guard let token = options.value(name) else { continue }
      let value = try engagementMonths(name, token, calendar: calendar)
      return (value, (token, value))
    }
    return (Amount(12), nil)
  }

  private func engagementMonths(_ name: String, _ token: Token, calendar: WorkingCalendar) throws(CommandFailure)
    -> Amount
  {
    if name == "months" { return try positive(token) }
    if name == "weeks" {
      let weeks = try positive(token)
      do { return try Amount.product(weeks, Amount(12), dividedBy: Amount(52)) } catch {
        throw .at(token, error.message)
      }
    }
    let days = try positive(token)
    let worked = try Executor.calculating { () throws(CalculationError) in try calendar.workedDays }
    do { return try Amount.product(days, Amount(12), dividedBy: worked) } catch { throw .at(token, error.message) }
  }

  func positive(_ token: Token) throws(CommandFailure) -> Amount {
    let value = try Settings.number(token)
    guard value > .zero else { throw .at(token, "must be more than zero") }
    return value
  }

  mutating func compare(_ term: QuantityTerm, options: ParsedOptions, settings: Settings) throws(CommandFailure)
    -> Outcome
  {
    let (salary, _) = try single(term, settings: settings, what: "a salary")
    guard let (rate, ratePeriod) = try moneyOption("vs", options: options, settings: settings) else {
      throw .syntax(term.error("compare needs the freelancer's rate: --vs 450 \(salary.currency.code)/day"))
    }
    let country = try self.country(settings, for: "compare", token: term.first)
    let (calendar, calendarBreakdown) = try self.calendar(settings, country: country)
    var employeeCalendar = calendar
    employeeCalendar.utilisation = .one
    guard !rate.amount.isNegative else {
      throw .at(options.value("vs") ?? term.first, "a freelancer's rate cannot be negative")
    }
    var dayRate = rate
    switch ratePeriod {
    case .day?, nil: break
    case .hour?:
      do { dayRate = Money(try rate.amount.multiplied(by: calendar.hoursPerDay), rate.currency) } catch {
        throw .at(
          options.value("vs") ?? term.first,
          "a day of \(calendar.hoursPerDay) hours at that rate is beyond what ratecalc handles (just under 10^20)")
      }
    default:
      throw .at(options.value("vs") ?? term.first, "give the freelancer's rate per day or hour, such as 450 GBP/day")
    }
    let months = try engagementMonths(options, calendar: employeeCalendar)
    var input = ComparisonInput(
      employee: employerInput(
        salary, country: country, settings: settings, options: options, calendar: employeeCalendar),
      dayRate: dayRate, months: months, start: start(settings))
    input.agencyMargin = settings.agency ?? .zero
    input.rampUpDays = settings.rampUp ?? .zero
    input.noticeMonths = settings.notice ?? .zero
    input.noticePaid = settings.noticePaid
    let comparison: Comparison
    do { comparison = try Comparison.calculate(input, book: book) } catch { throw Executor.failure(error) }
    var breakdown = comparison.breakdown
    merge(calendarBreakdown, into: &breakdown)
    if settings.recruiting == nil && settings.rampUp == nil && settings.notice == nil {
      breakdown.note("no one-off hiring costs given: add --recruiting 20%, --ramp-up DAYS or --notice MONTHS")
    }
    return Outcome(
      .comparison(
        comparison, months: months,
        context: "\(place(country, settings)) · from \(start(settings))"), breakdown: breakdown,
      value: Quantity(money: comparison.breakEvenDayRate, period: .day), warnings: breakdown.notes)
  }

  mutating func budget(_ term: QuantityTerm, options: ParsedOptions, settings: Settings) throws(CommandFailure)
    -> Outcome
  {
    let (budget, _) = try single(term, settings: settings, what: "a budget")
    guard let (rate, ratePeriod) = try moneyOption("at", options: options, settings: settings) else {
      throw .syntax(term.error("budget needs a freelancer day rate: --at 600 \(budget.currency.code)/day"))
    }
    guard ratePeriod == nil || ratePeriod == .day else {
      throw .at(options.value("at") ?? term.first, "give the day rate, such as 600 \(budget.currency.code)/day")
    }
    let salary = try moneyOption("salary", options: options, settings: settings)?.0
    let country = try self.country(settings, for: "budget", token: term.first)
    var (calendar, calendarBreakdown) = try self.calendar(settings, country: country)
    calendar.utilisation = .one
    let result: Budget
    do {
      result = try Budget.calculate(
        budget: budget, dayRate: rate, salary: salary,
        employment: Budget.Employment(
          country: country, year: year(settings), start: start(settings), situation: settings.situation),
        calendar: calendar, book: book)
    } catch {
      throw Executor.failure(error)
    }
    var breakdown = result.breakdown
    merge(calendarBreakdown, into: &breakdown)
    return Outcome(
      .budget(result, context: place(country, settings)), breakdown: breakdown,
      value: Quantity(money: result.salaryForAYear, period: .year), warnings: breakdown.notes)
  }
}
