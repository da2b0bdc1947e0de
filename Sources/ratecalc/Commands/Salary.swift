import RateCalc

/// `salary 450 GBP/day --country GB`: the salaries a freelance rate is worth, to the client and
/// to the freelancer.
struct SalaryCommand: CommandSpec {
  static let info = CommandInfo(
    ["salary"], summary: "the salaries a freelance rate is worth",
    help: """
      salary RATE CUR/day --country CC       salary 450 GBP/day --country GB
        client's view: the salary whose employer cost equals the fees for the days an employee works;
        freelancer's view: rate × billable days − expenses − benefits (before tax).
      """,
    overview: [("salary 450 GBP/day --country GB", "the salaries a rate is worth")],
    examples: [
      ("salary 450 GBP/day --country GB", "the salaries a rate is worth, to the client and to the freelancer")
    ],
    options: OptionSpec.figures + OptionSpec.amounts + [.explain] + OptionSpec.calendar + [
      .setting("utilisation"), .setting("expenses"), .setting("benefits"),
    ] + OptionSpec.employer + OptionSpec.sensitivity + OptionSpec.charts)

  /// The rate, per day or hour.
  let rate: QuantityTerm

  static func parse(_ words: inout Words) throws(SyntaxError) -> SalaryCommand {
    SalaryCommand(rate: try words.quantity())
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    let (money, period) = try context.single(rate, what: "a rate")
    guard let period, period == .day || period == .hour else {
      throw .syntax(rate.error("give the rate per day or hour, such as \(rate.first.text) \(money.currency.code)/day"))
    }
    let country = try context.country(for: "salary", token: rate.first)
    if let vary = try Vary(context.options) {
      let columns = ["client-equivalent", "freelancer-equivalent"]
      let output = try vary.run(context.settings, book: context.book, columns: columns) {
        (varied) throws(CommandFailure) in
        let (result, _) = try SalaryCommand.equivalent(
          money, period: period, country: country, settings: varied, context: context)
        return [result.clientEquivalent, result.freelancerEquivalent]
      }
      return Outcome(output)
    }
    let (result, calendarBreakdown) = try SalaryCommand.equivalent(
      money, period: period, country: country, settings: context.settings, context: context)
    var breakdown = result.breakdown
    breakdown.merge(calendarBreakdown)
    return Outcome(
      SalaryOutput(result: result, place: context.place(country)), breakdown: breakdown,
      value: Quantity(money: result.clientEquivalent, period: .year))
  }
}

extension SalaryCommand {
  /// The salaries a rate is worth with these settings, and the calendar's breakdown.
  static func equivalent(_ money: Money, period: Period, country: String, settings: Settings, context: Context)
    throws(CommandFailure) -> (SalaryEquivalent, Breakdown)
  {
    let (calendar, calendarBreakdown) = try context.calendar(settings, country: country)
    var employee = calendar
    employee.utilisation = .one
    let result = try Context.calculating { () throws(CalculationError) in
      try SalaryEquivalent.calculate(
        rate: money, period: period, employee: employee, freelancer: calendar, country: country,
        year: context.year(settings), expenses: settings.expenses ?? .zero, benefits: settings.benefits ?? .zero,
        situation: settings.situation, book: context.book)
    }
    return (result, calendarBreakdown)
  }
}

/// The salaries a rate is worth.
struct SalaryOutput: CommandOutput {
  let result: SalaryEquivalent
  let place: Place

  var title: String { "salary equivalent" }

  func text(_ text: TextRenderer) -> [String] {
    var table = text.table()
    table.rightAligned = [1]
    table.lastColumnIsNote = true
    table.add([
      "client-equivalent salary", text.style.bold(text.render.money(result.clientEquivalent)),
      "costs the client the same as the fees",
    ])
    table.add([
      "freelancer-equivalent salary", text.render.money(result.freelancerEquivalent),
      "what the freelancer keeps before tax",
    ])
    return [text.style.bold("\(text.render.money(result.dayRate))/day · \(Render.place(place))")] + table.lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    [
      ("type", .string("salary_equivalent")), ("context", .string(Render.place(place))),
      ("day_rate", json.money(result.dayRate)), ("client_equivalent_salary", json.money(result.clientEquivalent)),
      ("freelancer_equivalent_salary", json.money(result.freelancerEquivalent)),
    ]
  }
}
