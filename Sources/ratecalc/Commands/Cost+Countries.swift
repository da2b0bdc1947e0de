import RateCalc

/// `cost 70k EUR --country DE,ES,GB,FR`: one salary, hired in several countries, side by side:
/// the salary in each country's currency at the ECB rate, each country's payroll, and the
/// totals in one reporting currency (`--in`, else the salary's).
extension CostCommand {
  func sideBySide(_ money: Money, countries: [String], context: Context) throws(CommandFailure) -> Outcome {
    let reporting = try SideBySide.reportingCurrency(money.currency, context: context)
    var exchange = SideBySide.Exchange(context: context)
    var rows: [SideBySideCostOutput.Row] = []
    var breakdown = Breakdown()
    var failures: [(String, String)] = []
    for country in countries {
      do throws(CommandFailure) {
        rows.append(
          try row(
            money, country: country, reporting: reporting, exchange: &exchange, breakdown: &breakdown, context: context)
        )
      } catch {
        // One country that cannot be computed (no rate for its currency) does not stop the others.
        failures.append((context.book.countries.first { $0.code == country }?.name ?? country, error.message))
      }
    }
    guard !rows.isEmpty else { throw .calculation(failures.first?.1 ?? "no country could be computed") }
    for conversion in exchange.conversions { SideBySide.record(conversion, in: &breakdown) }
    for (name, message) in failures { breakdown.note("\(name) left out: \(message)", kind: .warning) }
    return Outcome(
      SideBySideCostOutput(rows: rows, reporting: reporting, conversions: exchange.conversions),
      breakdown: breakdown, warnings: breakdown.shownNotes)
  }

  /// One country's row.
  private func row(
    _ money: Money, country: String, reporting: Currency, exchange: inout SideBySide.Exchange,
    breakdown: inout Breakdown, context: Context
  ) throws(CommandFailure) -> SideBySideCostOutput.Row {
    var settings = context.settings
    settings.country = country
    settings.countries = []
    let profile: CountryProfile
    do { profile = try context.book.profile(country, year: context.year(settings)).value } catch {
      throw .calculation(error.message)
    }
    let salary = try exchange.convert(money, to: profile.currency, at: self.salary)
    let (calendar, calendarBreakdown) = try context.calendar(settings, country: country)
    let input = CostCommand.input(salary, country: country, settings: settings, context: context, calendar: calendar)
    let cost = try Context.calculating { () throws(CalculationError) in
      try EmployerCost.calculate(input, book: context.book)
    }
    breakdown.merge(cost.breakdown)
    breakdown.merge(calendarBreakdown)
    let total = try exchange.convert(cost.total, to: reporting, at: self.salary)
    return .init(cost: cost, place: context.place(country), reportingTotal: total)
  }
}

extension CostCommand {
  /// `cost 50k,60k,70k GBP --country GB`: the cost of each salary, one row each.
  func forEach(_ salaries: [Money], country: String, context: Context) throws(CommandFailure) -> Outcome {
    var rows: [SideBySideCostOutput.Row] = []
    var breakdown = Breakdown()
    let (calendar, calendarBreakdown) = try context.calendar(context.settings, country: country)
    breakdown.merge(calendarBreakdown)
    for salary in salaries {
      let input = CostCommand.input(
        salary, country: country, settings: context.settings, context: context, calendar: calendar)
      let cost = try Context.calculating { () throws(CalculationError) in
        try EmployerCost.calculate(input, book: context.book)
      }
      breakdown.merge(cost.breakdown)
      rows.append(.init(cost: cost, place: context.place(country), reportingTotal: cost.total))
    }
    return Outcome(
      SideBySideCostOutput(rows: rows, reporting: salaries[0].currency, conversions: [], bySalary: true),
      breakdown: breakdown, warnings: breakdown.shownNotes)
  }
}

/// Employer costs of one salary in several countries, or of several salaries in one.
struct SideBySideCostOutput: CommandOutput {
  struct Row {
    let cost: EmployerCost
    let place: Place
    /// The total in the reporting currency.
    let reportingTotal: Money
  }

  let rows: [Row]
  let reporting: Currency
  let conversions: [Conversion]
  /// One row per salary in one country, rather than one salary in several countries.
  var bySalary = false

  var title: String { "employer costs side by side" }

  func text(_ text: TextRenderer) -> [String] {
    let render = text.render
    var table = text.table()
    table.rightAligned = Set(1...6)
    var header = ["", "salary", "contributions", "total", "per day", "per hour", "× salary"]
    if !bySalary { header.append("total in \(reporting.code)") }
    table.add(header)
    for row in rows {
      let cost = row.cost
      let contributions = cost.charges.reduce(Amount.zero) { sum, charge in
        (try? sum.adding(charge.charge.amount)) ?? sum
      }
      table.add(
        [
          bySalary ? "" : Render.place(row.place), render.money(cost.input.salary),
          render.money(Money(contributions, cost.input.salary.currency)), render.money(cost.total),
          render.money(cost.perWorkedDay), render.money(cost.perWorkedHour),
          Render.number(cost.multiplier, places: 4),
        ] + (bySalary ? [] : [text.style.bold(render.money(row.reportingTotal))]))
    }
    let heading =
      bySalary
      ? "Employer cost of \(rows.count) salaries · \(rows.first.map { Render.place($0.place) } ?? "")"
      : "Employer cost of one salary in \(rows.count) countries"
    var lines = [text.style.bold(heading)] + table.lines
    for line in SideBySide.provenance(conversions, text) { lines.append(text.style.dim("  " + line)) }
    if !bySalary {
      lines.append(text.style.dim("  each country's own contribution rules and calendar; explain shows every row"))
    }
    return lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    let documents = rows.map { row in
      JSON.object([
        ("country", .string(row.cost.input.country)), ("context", .string(Render.place(row.place))),
        ("salary", json.money(row.cost.input.salary)),
        (
          "contributions",
          .array(
            row.cost.charges.map { charge in
              .object([("name", .string(charge.component.name)), ("charge", json.money(charge.charge))])
            })
        ),
        ("total", json.money(row.cost.total)), ("per_worked_day", json.money(row.cost.perWorkedDay)),
        ("per_worked_hour", json.money(row.cost.perWorkedHour)), ("multiplier", json.number(row.cost.multiplier)),
        ("reporting_total", json.money(row.reportingTotal)),
      ])
    }
    return [
      ("type", .string("employer_cost_side_by_side")), ("reporting_currency", .string(reporting.code.description)),
      ("rows", .array(documents)), ("exchange", .array(conversions.map(json.conversion))),
    ]
  }

  func csv() -> [[String]]? {
    [
      [
        "country", "salary", "currency", "total", "per_worked_day", "per_worked_hour", "multiplier", "reporting_total",
        "reporting_currency",
      ]
    ]
      + rows.map { row in
        let cost = row.cost
        return [
          cost.input.country, cost.input.salary.amount.description, cost.input.salary.currency.code.description,
          cost.total.amount.description, cost.perWorkedDay.amount.description, cost.perWorkedHour.amount.description,
          cost.multiplier.description, row.reportingTotal.amount.description, reporting.code.description,
        ]
      }
  }
}

/// What the side-by-side views share: the reporting currency, conversions made once each and
/// shown once, and their provenance.
enum SideBySide {
  /// `--in CUR`, else the given currency.
  static func reportingCurrency(_ fallback: Currency, context: Context) throws(CommandFailure) -> Currency {
    guard let entry = context.options.entry(.in), case .list(let codes) = entry.value, let token = entry.valueToken
    else { return fallback }
    guard codes.count == 1 else { throw .at(token, "one reporting currency, such as --in EUR") }
    return try context.resolve(codes[0], at: token)
  }

  /// Conversions at the options' date, each currency pair looked up once.
  struct Exchange {
    let context: Context
    private(set) var conversions: [Conversion] = []

    init(context: Context) {
      self.context = context
    }

    /// Money in a currency; the term's token carries the caret for an error.
    mutating func convert(_ money: Money, to currency: Currency, at term: QuantityTerm) throws(CommandFailure)
      -> Money
    {
      guard money.currency != currency else { return money }
      do {
        let conversion = try context.book.convert(money, to: currency, options: context.exchangeOptions)
        if !conversions.contains(where: {
          $0.original.currency == conversion.original.currency && $0.converted.currency == currency
        }) {
          conversions.append(conversion)
        }
        return conversion.converted
      } catch {
        throw context.exchangeFailure(error, target: term.currencyToken ?? term.first)
      }
    }
  }

  /// A conversion's rows and warnings in a breakdown.
  static func record(_ conversion: Conversion, in breakdown: inout Breakdown) {
    for leg in conversion.legs {
      breakdown.use(
        .init(
          description: "1 \(leg.base) = \(leg.fromRate) \(leg.from), \(leg.toRate) \(leg.to)", origin: nil,
          source: leg.source.name, date: leg.observedOn.description))
    }
    for warning in conversion.warnings { breakdown.note(warning.message, kind: .warning) }
  }

  /// Each conversion's provenance, once.
  static func provenance(_ conversions: [Conversion], _ text: TextRenderer) -> [String] {
    var seen: [String] = []
    for conversion in conversions {
      let line =
        "\(conversion.original.currency.code) → \(conversion.converted.currency.code): " + text.provenance(conversion)
      if !seen.contains(line) { seen.append(line) }
    }
    return seen
  }
}
