import RateCalc

/// `budget 120000 EUR --at 600 EUR/day --country DE`: what a budget buys as freelancer days or
/// as an employee's salary.
struct BudgetCommand: CommandSpec {
  static let info = CommandInfo(
    ["budget"], summary: "what a budget buys",
    help: """
      budget AMOUNT CUR --at RATE CUR/day --country CC [--salary AMOUNT CUR]
        budget 120000 EUR --at 600 EUR/day --country DE
        Freelancer days and FTE months; the salary it carries for a year as an employee; with
        --salary, the months of payroll from --start it pays for.
      """,
    overview: [("budget 120000 EUR --at 600 EUR/day --country DE", "what a budget buys")],
    examples: [
      (
        "budget 120000 EUR --at 600 EUR/day --country DE",
        "what a budget buys: freelancer days, FTE months, or an employee's salary"
      )
    ],
    options: OptionSpec.figures + OptionSpec.amounts + [.explain] + OptionSpec.calendar + [
      .at, .salary, .setting("start"),
    ] + OptionSpec.employer)

  /// The budget.
  let budget: QuantityTerm

  static func parse(_ words: inout Words) throws(SyntaxError) -> BudgetCommand {
    BudgetCommand(budget: try words.quantity())
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    let (money, _) = try context.single(budget, what: "a budget")
    guard let rateTerm = context.options.money(.at) else {
      throw .syntax(budget.error("budget needs a freelancer day rate: --at 600 \(money.currency.code)/day"))
    }
    let (rate, ratePeriod) = try context.single(rateTerm, what: "--at")
    guard ratePeriod == nil || ratePeriod == .day else {
      throw .at(rateTerm.first, "give the day rate, such as 600 \(money.currency.code)/day")
    }
    let salary = try context.options.money(.salary).map { (term) throws(CommandFailure) in
      try context.single(term, what: "--salary").0
    }
    let country = try context.country(for: "budget", token: budget.first)
    var (calendar, calendarBreakdown) = try context.calendar(context.settings, country: country)
    calendar.utilisation = .one
    let employment = Budget.Employment(
      country: country, year: context.year, start: context.start, situation: context.settings.situation)
    let result = try Context.calculating { () throws(CalculationError) in
      try Budget.calculate(
        budget: money, dayRate: rate, salary: salary, employment: employment, calendar: calendar, book: context.book)
    }
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
    table.add([
      "as a freelancer", "\(Render.number(budget.freelancerDays)) days at \(render.money(budget.dayRate))/day",
      "= \(Render.number(budget.freelancerFTEMonths)) FTE months",
    ])
    table.add([
      "as an employee", "a salary of \(text.style.bold(render.money(budget.salaryForAYear))) for a year",
      "employer costs included",
    ])
    if let months = budget.monthsOfSalary { table.add(["that salary", "\(Render.number(months)) months", ""]) }
    lines += table.lines
    return lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    [
      ("type", .string("budget")), ("context", .string(Render.place(place))), ("budget", json.money(budget.budget)),
      ("freelancer_days", json.number(budget.freelancerDays)), ("fte_months", json.number(budget.freelancerFTEMonths)),
      ("salary_for_a_year", json.money(budget.salaryForAYear)),
      ("months_of_salary", budget.monthsOfSalary.map(json.number) ?? .null),
    ]
  }
}
