import RateCalc

/// `compare 60000 GBP --vs 450 GBP/day --country GB --months 6`: a hire against a freelancer
/// over an engagement: totals, the break-even day rate, and the month hiring starts to cost less.
struct CompareCommand: CommandSpec {
  static let info = CommandInfo(
    ["compare"], summary: "hire an employee or engage a freelancer",
    help: """
      compare SALARY CUR --vs RATE CUR/day --country CC [--months N | --weeks N | --days N]
        compare 60000 GBP --vs 450 GBP/day --country GB --months 6
        Totals for the engagement, the break-even day rate, and the month from which hiring costs
        less (recruiting fee and ramp-up up front), with a chart. The employee is run through
        payroll month by month from --start YYYY-MM (default: next month), each year with its own
        rules and caps, so a short engagement pays what payroll would charge.
        --recruiting 20% --ramp-up 10 --agency 10% --start 2026-01
        --notice 1 (worked within the engagement: no extra cost) --notice-pay paid (in lieu)
      """,
    overview: [("compare 60000 GBP --vs 450 GBP/day --country GB --months 6", "")],
    examples: [
      (
        "compare 60000 GBP --vs 450 GBP/day --country GB --months 6",
        "hire or contract: totals, break-even day rate, the month hiring gets cheaper, a chart"
      )
    ],
    options: OptionSpec.figures + OptionSpec.amounts + [.explain] + OptionSpec.calendar + OptionSpec.hire + [
      .vs, .months, .weeks, .days, .setting("agency"), .setting("ramp-up"), .setting("notice"), .setting("notice-pay"),
      .setting("start"), .on, .setting("payments"),
    ] + OptionSpec.employer + OptionSpec.sensitivity + OptionSpec.charts + [.in])

  /// The yearly salary.
  let salary: QuantityTerm

  static func parse(_ words: inout Words) throws(SyntaxError) -> CompareCommand {
    CompareCommand(salary: try words.quantity())
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    let settings = context.settings
    let (given, salaryPeriod) = try context.single(salary, what: "a salary")
    guard let rateTerm = context.options.money(.vs) else {
      throw .syntax(salary.error("compare needs the freelancer's rate: --vs 450 \(given.currency.code)/day"))
    }
    let country = try context.country(for: "compare", token: salary.first)
    // A monthly salary times the country's payments a year, as cost reads it.
    let (money, periodNote) = try CostCommand.annual(given, period: salaryPeriod, country: country, context: context)
    if rateTerm.list != nil {
      let (rates, period) = try context.listed(rateTerm)
      guard settings.countries.count <= 1 else {
        throw .at(rateTerm.first, "several rates are compared in one country: give one --country")
      }
      return try forEachRate(money, rates: rates, period: period, term: rateTerm, country: country, context: context)
    }
    let (rate, ratePeriod) = try context.single(rateTerm, what: "--vs")
    try context.refuse(
      [.setting("notice-pay")], unless: settings.notice != nil, "says how the notice is paid: add --notice MONTHS")
    if settings.countries.count > 1 {
      return try sideBySide(money, rate: (rate, ratePeriod, rateTerm), countries: settings.countries, context: context)
    }
    try context.refuse([.in], unless: false, "gives the reporting currency of several countries: --country DE,ES,GB")
    if let vary = try Vary(context.options, inputs: ["months"], chartsNeedVary: false) {
      let columns = ["employee", "freelancer", "break-even"]
      let output = try vary.run(settings, book: context.book, columns: columns) {
        (varied, value) throws(CommandFailure) in
        var run = context
        if vary.setting == nil { run = context.withMonths(value) }
        let result = try compare(
          money, rate: (rate, ratePeriod, rateTerm), country: country, settings: varied, context: run)
        return [result.comparison.employeeTotal, result.comparison.freelancerTotal, result.comparison.breakEvenDayRate]
      }
      return Outcome(output)
    }
    let result = try compare(
      money, rate: (rate, ratePeriod, rateTerm), country: country, settings: settings, context: context)
    var breakdown = result.breakdown
    if let periodNote { breakdown.note(periodNote) }
    if settings.recruiting == nil && settings.rampUp == nil && settings.notice == nil {
      breakdown.note("no one-off hiring costs given: add --recruiting 20%, --ramp-up DAYS or --notice MONTHS")
    }
    return Outcome(
      ComparisonOutput(
        comparison: result.comparison, months: result.months, place: context.place(country), start: context.start,
        foreign: result.foreign),
      breakdown: breakdown, value: Quantity(money: result.comparison.breakEvenDayRate, period: .day))
  }

  /// The freelancer's rate as given: money, its period, and its place in the line.
  typealias Rate = (money: Money, period: Period?, term: QuantityTerm)

  /// One country's comparison: the rate per day in the salary's currency (converted at the
  /// start's rates when it is in another), the payroll, and the breakdown.
  func compare(_ money: Money, rate: Rate, country: String, settings: Settings, context: Context)
    throws(CommandFailure) -> (comparison: Comparison, months: Amount, foreign: ForeignRate?, breakdown: Breakdown)
  {
    let (calendar, calendarBreakdown) = try context.calendar(settings, country: country)
    var employee = calendar
    employee.utilisation = .one
    var dayRate = try CompareCommand.dayRate(
      rate.money, per: rate.period, hours: calendar.hoursPerDay, at: rate.term.first)
    // A rate in another currency: at the rates of the start (or --on), and said so.
    var foreign: (rate: Money, conversion: Conversion)? = nil
    if dayRate.currency != money.currency {
      let conversion = try CompareCommand.convertAtStart(dayRate, to: money.currency, context: context, at: rate.term)
      foreign = (dayRate, conversion)
      dayRate = conversion.converted
    }
    let months: Amount
    if let override = context.monthsOverride {
      months = override
    } else {
      months = try Engagement.months(context.options, calendar: employee)
    }
    var input = ComparisonInput(
      employee: CostCommand.input(money, country: country, settings: settings, context: context, calendar: employee),
      dayRate: dayRate, months: months, start: context.start)
    input.agencyMargin = settings.agency ?? .zero
    input.rampUpDays = settings.rampUp ?? .zero
    input.noticeMonths = settings.notice ?? .zero
    input.noticePaid = settings.noticePaid
    let comparison = try Context.calculating { () throws(CalculationError) in
      try Comparison.calculate(input, book: context.book)
    }
    var breakdown = comparison.breakdown
    breakdown.merge(calendarBreakdown)
    var exchange: ForeignRate? = nil
    if let (original, conversion) = foreign {
      SideBySide.record(conversion, in: &breakdown)
      let breakEven: Amount
      do {
        breakEven = try Amount.product(
          conversion.rate ?? .one, comparison.breakEvenDayRate.amount, dividedBy: comparison.clientDayRate.amount)
      } catch {
        throw .calculation(error.message)
      }
      exchange = ForeignRate(original: original, conversion: conversion, breakEvenRate: breakEven)
      breakdown.note(
        "the freelancer's rate is in \(original.currency.code): the comparison moves with the exchange rate",
        kind: .warning)
    }
    return (comparison, months, exchange, breakdown)
  }

  /// A rate in another currency at the rates of the engagement's start: `--on` if given, else the
  /// start's first day when it has passed, else the latest rates.
  static func convertAtStart(_ rate: Money, to currency: Currency, context: Context, at term: QuantityTerm)
    throws(CommandFailure) -> Conversion
  {
    var options = context.exchangeOptions
    if options.date == nil, let first = Day(year: context.start.year, month: context.start.month, day: 1),
      first <= context.today
    {
      options = ConversionOptions(date: first, policy: .onOrBefore, today: context.today)
    }
    do { return try context.book.convert(rate, to: currency, options: options) } catch {
      throw context.exchangeFailure(error, target: term.currencyToken ?? term.first)
    }
  }

  /// The freelancer's rate per day: as given, or an hourly rate times the day's hours.
  private static func dayRate(_ rate: Money, per period: Period?, hours: Amount, at token: Token)
    throws(CommandFailure) -> Money
  {
    guard !rate.amount.isNegative else { throw .at(token, "a freelancer's rate cannot be negative") }
    switch period {
    case .day?, nil: return rate
    case .hour?:
      do { return Money(try rate.amount.multiplied(by: hours), rate.currency) } catch {
        throw .at(token, "a day of \(hours) hours at that rate is beyond what ratecalc handles (just under 10^20)")
      }
    default: throw .at(token, "give the freelancer's rate per day or hour, such as 450 GBP/day")
    }
  }
}

extension OptionSpec {
  /// `--vs RATE`.
  static let vs = OptionSpec(
    "vs", .money, "RATE", help: "compare: the freelancer's rate, such as 450 GBP/day",
    invalid: "--vs takes an amount, such as 450 GBP/day")
  /// `--months N`.
  static let months = OptionSpec("months", .number, "N", help: "engagement length in months")
  /// `--weeks N`.
  static let weeks = OptionSpec("weeks", .number, "N", help: "engagement length in weeks")
  /// `--days N`.
  static let days = OptionSpec("days", .number, "N", help: "engagement length in days worked")
}

/// The engagement's length from `--months`, `--weeks` or `--days` (days worked), the library's
/// default (12 months) if none is given.
enum Engagement {
  /// The length in months.
  static func months(_ options: ParsedOptions, calendar: WorkingCalendar) throws(CommandFailure) -> Amount {
    for option in [OptionSpec.months, .weeks, .days] {
      guard let (value, token) = options.number(option) else { continue }
      guard value > .zero else { throw .at(token, "must be more than zero") }
      let months = try inMonths(value, option, calendar: calendar, token: token)
      if months > Amount(PayrollInput.maximumMonths) {
        throw .at(
          token, "an engagement is at most \(PayrollInput.maximumMonths) months (50 years); this is \(months) months")
      }
      return months
    }
    return ComparisonInput.defaultMonths
  }

  private static func inMonths(_ value: Amount, _ option: OptionSpec, calendar: WorkingCalendar, token: Token)
    throws(CommandFailure) -> Amount
  {
    let divisor: Amount
    switch option.name {
    case "months": return value
    case "weeks": divisor = Amount(52)
    default: divisor = try Context.calculating { () throws(CalculationError) in try calendar.workedDays }
    }
    do { return try Amount.product(value, Amount(12), dividedBy: divisor) } catch { throw .at(token, error.message) }
  }
}

/// A freelancer's rate in another currency than the salary: as given, the conversion, and the
/// exchange rate at which hiring and engaging cost the same.
struct ForeignRate {
  let original: Money
  let conversion: Conversion
  /// 1 unit of the rate's currency in the salary's currency at which the totals are equal.
  let breakEvenRate: Amount
}

/// A hire against a freelancer.
struct ComparisonOutput: CommandOutput {
  let comparison: Comparison
  let months: Amount
  let place: Place
  let start: PayMonth
  /// The freelancer's rate in another currency, if it was.
  var foreign: ForeignRate? = nil

  var title: String { "freelancer vs employee" }

  func chart(_ render: Render) -> Chart? { CrossoverChart(comparison: comparison, months: months).chart(render) }

  func csv() -> [[String]]? {
    let currency = comparison.clientDayRate.currency.code.description
    return [["month", "employee", "freelancer", "currency"]]
      + comparison.series.map { month in
        [String(month.month), month.employee.amount.description, month.freelancer.amount.description, currency]
      }
  }

  /// "United Kingdom, 2026/27 · from 2026-05".
  var contextText: String { "\(Render.place(place)) · from \(start)" }

  func text(_ text: TextRenderer) -> [String] {
    let render = text.render
    let cost = comparison.employerCost
    var lines = [
      text.style.bold(
        "\(render.money(cost.input.salary)) salary vs \(render.money(comparison.clientDayRate))/day · \(contextText) · \(Render.number(months)) months"
      )
    ]
    var table = text.table()
    table.rightAligned = [1, 2]
    table.add(["", "employee", "freelancer"])
    table.add(["per day worked", render.money(cost.perWorkedDay), render.money(comparison.clientDayRate)])
    table.add([
      "total for \(Render.number(months)) months", render.money(comparison.employeeTotal),
      render.money(comparison.freelancerTotal),
    ])
    lines += table.lines
    lines.append("  break-even day rate: \(text.style.bold(render.money(comparison.breakEvenDayRate)))")
    if let foreign {
      let from = foreign.original.currency.code
      let to = comparison.clientDayRate.currency.code
      lines.append(
        "  \(render.money(foreign.original))/day = \(render.money(foreign.conversion.converted))/day at "
          + text.provenance(foreign.conversion))
      lines.append(
        "  break-even exchange rate: 1 \(from) = \(Render.rate(foreign.breakEvenRate)) \(to) (hiring costs less above it)"
      )
    }
    let chart = CrossoverChart(comparison: comparison, months: months).chart(render)
    if text.chart == .off {
      lines.append("  " + (chart.sentence ?? ""))
    } else {
      lines += text.lines(chart)
    }
    lines.append(text.style.dim("  " + text.calendarLine(cost.input.calendar, billable: false)))
    return lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    [
      ("type", .string("comparison")), ("context", .string(contextText)), ("months", json.number(months)),
      ("employer_cost", json.money(comparison.employerCost.total)),
      ("client_day_rate", json.money(comparison.clientDayRate)),
      ("employee_total", json.money(comparison.employeeTotal)),
      ("freelancer_total", json.money(comparison.freelancerTotal)),
      ("break_even_day_rate", json.money(comparison.breakEvenDayRate)),
      ("crossover_month", JSON.optional(comparison.crossoverMonth)),
      (
        "series",
        .array(
          comparison.series.map { month in
            .object([
              ("month", .integer(month.month)), ("employee", json.money(month.employee)),
              ("freelancer", json.money(month.freelancer)),
            ])
          })
      ),
      ("payroll", json.payroll(comparison.payroll)),
      (
        "foreign_rate",
        foreign.map { foreign in
          JSON.object([
            ("rate", json.money(foreign.original, per: .day)), ("exchange", json.conversion(foreign.conversion)),
            ("break_even_exchange_rate", json.number(foreign.breakEvenRate)),
          ])
        } ?? .null
      ),
    ]
  }
}
