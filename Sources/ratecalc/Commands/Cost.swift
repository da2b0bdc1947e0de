import RateCalc

/// `cost 60000 GBP --country GB`: what an employee costs the employer in a year, run through
/// payroll pay period by pay period.
struct CostCommand: CommandSpec {
  static let info = CommandInfo(
    ["cost"], summary: "what an employee costs the employer",
    help: """
      cost SALARY CUR --country CC           cost 60000 GBP --country GB
        salary + contributions + benefits + overhead + recruiting fee spread over the tenure; per
        day and per hour actually worked. Contributions are twelve monthly pay periods of the
        current contribution year (UK from 6 April, Australia from 1 July) run as payroll does:
        per-period thresholds, year-to-date caps (US Social Security, Canada CPP), quarterly super.
        --year 2024 for another year's rules; --explain shows each rule and the month a cap is hit.
        --benefits 2000 --overhead 3000 --recruiting 20% --tenure 24 --include NAME --exclude NAME
        The employer: --staff 3 --payroll AMOUNT (levies with a threshold: SDL, ITF, FNAL),
        --state CA (FUTA credit reduction), --nationality expatriate|national (UAE).
      """,
    overview: [("cost 60000 GBP --country GB", "what an employee costs")],
    examples: [("cost 60000 GBP --country GB", "an employee's cost to the employer, per year, day and hour worked")],
    options: OptionSpec.figures + OptionSpec.amounts + [.explain] + OptionSpec.calendar + OptionSpec.hire + [
      .setting("tenure"), .setting("payments"),
    ] + OptionSpec.employer + OptionSpec.sensitivity + OptionSpec.charts + [.in])

  /// The yearly salary.
  let salary: QuantityTerm

  static func parse(_ words: inout Words) throws(SyntaxError) -> CostCommand {
    CostCommand(salary: try words.quantity())
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    let country = try context.country(for: "cost", token: salary.first)
    if salary.list != nil {
      let (salaries, period) = try context.listed(salary)
      guard period == nil || period == .year else {
        throw .syntax(salary.error("a list of yearly salaries, such as 50k,60k GBP"))
      }
      guard context.settings.countries.count <= 1, context.options.text(.vary) == nil else {
        throw .syntax(salary.error("a list of salaries is for one country, without --vary"))
      }
      return try forEach(salaries, country: country, context: context)
    }
    let (given, period) = try context.single(salary, what: "a salary")
    let (money, periodNote) = try CostCommand.annual(given, period: period, country: country, context: context)
    if context.settings.countries.count > 1 {
      guard context.options.text(.vary) == nil else {
        throw .at(salary.first, "--vary runs over one country: give one --country")
      }
      return try sideBySide(money, countries: context.settings.countries, context: context)
    }
    try context.refuse([.in], unless: false, "gives the reporting currency of several countries: --country DE,ES,GB")
    try context.refuse(
      [.setting("tenure")],
      unless: context.settings.recruiting != nil || context.options.text(.vary)?.0 == "recruiting",
      "spreads a recruiting fee: add --recruiting 20%")
    if let vary = try Vary(context.options) {
      let output = try vary.run(context.settings, book: context.book, columns: ["total", "per day", "per hour"]) {
        (varied) throws(CommandFailure) in
        let (calendar, _) = try context.calendar(varied, country: country)
        let input = CostCommand.input(money, country: country, settings: varied, context: context, calendar: calendar)
        let cost = try Context.calculating { () throws(CalculationError) in
          try EmployerCost.calculate(input, book: context.book)
        }
        return [cost.total, cost.perWorkedDay, cost.perWorkedHour]
      }
      return Outcome(output)
    }
    let (calendar, calendarBreakdown) = try context.calendar(context.settings, country: country)
    let input = CostCommand.input(
      money, country: country, settings: context.settings, context: context, calendar: calendar)
    let cost: EmployerCost
    do { cost = try EmployerCost.calculate(input, book: context.book) } catch {
      if case .currencyMismatch = error { throw .at(salary.currencyToken ?? salary.first, error.message) }
      throw .calculation(error.message)
    }
    var breakdown = cost.breakdown
    breakdown.merge(calendarBreakdown)
    if let periodNote { breakdown.note(periodNote) }
    return Outcome(
      CostOutput(cost: cost, place: context.place(country)), breakdown: breakdown,
      value: Quantity(money: cost.total, period: .year))
  }

  /// A salary for a year: as given, a monthly one times the year's payments (the `--payments`
  /// set, else the country's from the data, else 12), another period through the calendar; with
  /// the note that says how.
  static func annual(_ money: Money, period: Period?, country: String, context: Context) throws(CommandFailure)
    -> (Money, String?)
  {
    let refusal = "applies to a monthly salary, such as 5000 EUR/month"
    guard let period, period != .year else {
      try context.refuse([.setting("payments")], unless: false, refusal)
      return (money, nil)
    }
    guard period == .month else {
      try context.refuse([.setting("payments")], unless: false, refusal)
      let basis = try context.basis(context.settings, country: country)
      do {
        let annual = try basis.convert(money.amount, from: period, to: .year)
        return (Money(annual, money.currency), "a salary per \(period.rawValue) made yearly on \(basis.name)")
      } catch {
        throw .calculation(error.message)
      }
    }
    let profile = try? context.book.profile(country, year: context.year).value
    let payments = context.settings.payments ?? profile?.salaryPayments ?? 12
    let source =
      context.settings.payments != nil
      ? "as set"
      : profile?.salaryPayments != nil
        ? "\(profile?.name ?? country)'s usual contracts, source \(profile?.salaryPaymentsSourceID ?? "?")"
        : "12 assumed: set --payments if the contract pays more"
    do {
      let annual = try money.amount.multiplied(by: Amount(payments))
      return (Money(annual, money.currency), "a monthly salary × \(payments) payments a year (\(source))")
    } catch {
      throw .calculation(error.message)
    }
  }

  /// The employer-cost input for a salary and the settings (cost and compare).
  static func input(
    _ salary: Money, country: String, settings: Settings, context: Context, calendar: WorkingCalendar
  ) -> EmployerCostInput {
    var input = EmployerCostInput(salary: salary, country: country, year: context.year(settings), calendar: calendar)
    input.include = context.options.texts(.include)
    input.exclude = context.options.texts(.exclude)
    input.benefits = settings.benefits ?? .zero
    input.overhead = settings.overhead ?? .zero
    input.recruitingFee = settings.recruiting ?? .zero
    if let tenure = settings.tenure { input.tenureMonths = tenure }
    input.situation = settings.situation
    return input
  }
}

extension OptionSpec {
  /// What a hire costs besides payroll: cost and compare.
  static let hire: [OptionSpec] = [
    .setting("benefits"), .setting("overhead"), .include, .exclude, .setting("recruiting"),
  ]
}

/// An employer's yearly cost.
struct CostOutput: CommandOutput {
  let cost: EmployerCost
  let place: Place

  var title: String { "employer cost" }

  /// "United Kingdom, 2026/27", with the rules' year when another year's rules were used.
  var contextText: String {
    let rules = cost.rulesYear == cost.input.year ? "" : ", \(cost.payroll.years.name(cost.rulesYear)) rules"
    return "\(place.country?.name ?? cost.input.country), \(cost.yearName)\(rules)"
  }

  func text(_ text: TextRenderer) -> [String] {
    let render = text.render
    var table = text.table()
    table.rightAligned = [1]
    table.lastColumnIsNote = true
    table.add(["salary", render.money(cost.input.salary)])
    var marked = false
    let written = EmployerCost.amounts(in: cost.input.salary.currency, currencies: render.currencies)
    for charge in cost.charges {
      let mark = TextRenderer.confidenceMark(charge.component.confidence)
      marked = marked || !mark.isEmpty
      table.add([
        charge.component.name + mark, render.money(charge.charge),
        text.style.dim(EmployerCost.formula(charge.component, amounts: written)),
      ])
    }
    for extra in cost.extras {
      let (label, formula) = words(extra.kind)
      table.add([label, render.money(extra.amount), text.style.dim(formula)])
    }
    table.add([
      "total", text.style.bold(render.money(cost.total)), "× \(Render.number(cost.multiplier, places: 4)) salary",
    ])
    let calendar = cost.input.calendar
    table.add([
      "per day worked", render.money(cost.perWorkedDay),
      text.style.dim("\(calendar.shown.map { Render.number($0.worked) } ?? "?") days"),
    ])
    table.add(["per hour worked", render.money(cost.perWorkedHour), text.style.dim("\(calendar.hoursPerDay) h/day")])
    var lines = [text.style.bold("Employer cost of \(render.money(cost.input.salary)) · \(contextText)")] + table.lines
    lines.append(text.style.dim("  " + text.calendarLine(calendar, billable: false)))
    if marked { lines.append(text.style.dim("  [M] medium, [L] low confidence in the source (see sources)")) }
    return lines
  }

  /// An extra's label and how it is reckoned.
  private func words(_ kind: EmployerExtra.Kind) -> (String, String) {
    switch kind {
    case .benefits: ("benefits", "per year")
    case .overhead: ("overhead", "equipment, space and the like, per year")
    case .recruitingFee:
      (
        "recruiting fee",
        "\(Render.percent(cost.input.recruitingFee, places: 4)) of salary spread over \(cost.input.tenureMonths) months"
      )
    }
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    [
      ("type", .string("employer_cost")), ("context", .string(contextText)),
      ("rules_year", .integer(cost.rulesYear)), ("salary", json.money(cost.input.salary)),
      (
        "contributions",
        .array(
          cost.charges.map { charge in
            .object([
              ("name", .string(charge.component.name)), ("charged_on", json.number(charge.chargedOn)),
              ("charge", json.money(charge.charge)), ("confidence", .string(charge.component.confidence.word)),
              ("source", .string(charge.component.sourceID)),
            ])
          })
      ),
      ("total", json.money(cost.total)), ("multiplier", json.number(cost.multiplier)),
      ("per_worked_day", json.money(cost.perWorkedDay)), ("per_worked_hour", json.money(cost.perWorkedHour)),
      ("calendar", json.calendar(cost.input.calendar)), ("payroll", json.payroll(cost.payroll)),
    ]
  }
}
