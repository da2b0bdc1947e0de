import RateCalc

/// `budget 120000 EUR --at 600 EUR/day --country DE`: what a budget buys as freelancer days or
/// as an employee's salary.
struct BudgetCommand: CommandSpec {
  static let info = CommandInfo(
    ["budget"], summary: "what a budget buys",
    help: """
      budget AMOUNT CUR [--at RATE CUR/day] --country CC [--salary AMOUNT CUR] [--months N]
        budget 120000 EUR --at 600 EUR/day --country DE
        budget 120k EUR --country ES --months 6
        Always the salary the budget carries for a year as an employee; with --at, freelancer
        days and FTE months; with --months, the salary a hire of that length from --start can
        have; with --salary, the months of payroll from --start it pays for.
      """,
    overview: [("budget 120000 EUR --at 600 EUR/day --country DE", "what a budget buys")],
    examples: [
      (
        "budget 120000 EUR --at 600 EUR/day --country DE",
        "what a budget buys: freelancer days, FTE months, or an employee's salary"
      )
    ],
    options: OptionSpec.figures + OptionSpec.amounts + [.explain] + OptionSpec.calendar + [
      .at, .salary, .setting("start"), .months,
    ] + OptionSpec.employer + OptionSpec.sensitivity + OptionSpec.charts)

  /// The budget.
  let budget: QuantityTerm

  static func parse(_ words: inout Words) throws(SyntaxError) -> BudgetCommand {
    BudgetCommand(budget: try words.quantity())
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    let (money, _) = try context.single(budget, what: "a budget")
    var rate: Money? = nil
    if let rateTerm = context.options.money(.at) {
      let (given, ratePeriod) = try context.single(rateTerm, what: "--at")
      guard ratePeriod == nil || ratePeriod == .day else {
        throw .at(rateTerm.first, "give the day rate, such as 600 \(money.currency.code)/day")
      }
      rate = given
    }
    var months: Amount? = nil
    if let (value, token) = context.options.number(.months) {
      guard value > .zero, value <= Amount(PayrollInput.maximumMonths) else {
        throw .at(token, "an employment is from 1 to \(PayrollInput.maximumMonths) months")
      }
      months = value
    }
    let salary = try context.options.money(.salary).map { (term) throws(CommandFailure) in
      try context.single(term, what: "--salary").0
    }
    let country = try context.country(for: "budget", token: budget.first)
    func calculate(_ settings: Settings) throws(CommandFailure) -> (Budget, Breakdown) {
      var (calendar, calendarBreakdown) = try context.calendar(settings, country: country)
      calendar.utilisation = .one
      let employment = Budget.Employment(
        country: country, year: context.year(settings), start: context.start, situation: settings.situation)
      let result = try Context.calculating { () throws(CalculationError) in
        try Budget.calculate(
          budget: money, dayRate: rate, salary: salary, employment: employment, calendar: calendar, months: months,
          book: context.book)
      }
      return (result, calendarBreakdown)
    }
    if let vary = try Vary(context.options) {
      let output = try vary.run(context.settings, book: context.book, columns: ["salary for a year"]) {
        (varied) throws(CommandFailure) in [try calculate(varied).0.salaryForAYear]
      }
      return Outcome(output)
    }
    let (result, calendarBreakdown) = try calculate(context.settings)
    var breakdown = result.breakdown
    breakdown.merge(calendarBreakdown)
    return Outcome(
      BudgetOutput(budget: result, place: context.place(country)), breakdown: breakdown,
      value: Quantity(money: result.salaryForAYear, period: .year))
  }
}

extension OptionSpec {
  /// `--at RATE`.
  static let at = OptionSpec(
    "at", .money, "RATE", help: "budget: the freelancer's day rate",
    invalid: "--at takes an amount, such as 600 EUR/day")
  /// `--salary AMOUNT`.
  static let salary = OptionSpec(
    "salary", .money, "AMOUNT", help: "budget: months of this salary the budget pays",
    invalid: "--salary takes an amount, such as 70000 EUR")
}

/// What a budget buys.
struct BudgetOutput: CommandOutput {
  let budget: Budget
  let place: Place

  var title: String { "budget" }

  func text(_ text: TextRenderer) -> [String] {
    let render = text.render
    var lines = [text.style.bold("\(render.money(budget.budget)) · \(Render.place(place))")]
    var table = text.table()
    if let rate = budget.dayRate, let days = budget.freelancerDays, let fte = budget.freelancerFTEMonths {
      table.add([
        "as a freelancer", "\(Render.number(days)) days at \(render.money(rate))/day",
        "= \(Render.number(fte)) FTE months",
      ])
    }
    table.add([
      "as an employee", "a salary of \(text.style.bold(render.money(budget.salaryForAYear))) for a year",
      "employer costs included",
    ])
    if let (months, salary) = budget.salaryForMonths {
      table.add([
        "for \(Render.number(months)) months", "a salary of \(text.style.bold(render.money(salary))) a year",
        "its payroll for those months costs the budget",
      ])
    }
    if let months = budget.monthsOfSalary { table.add(["that salary", "\(Render.number(months)) months", ""]) }
    lines += table.lines
    return lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    [
      ("type", .string("budget")), ("context", .string(Render.place(place))), ("budget", json.money(budget.budget)),
      ("freelancer_days", budget.freelancerDays.map(json.number) ?? .null),
      ("fte_months", budget.freelancerFTEMonths.map(json.number) ?? .null),
      (
        "salary_for_months",
        budget.salaryForMonths.map { months, salary in
          JSON.object([("months", json.number(months)), ("salary", json.money(salary))])
        } ?? .null
      ),
      ("salary_for_a_year", json.money(budget.salaryForAYear)),
      ("months_of_salary", budget.monthsOfSalary.map(json.number) ?? .null),
    ]
  }
}
