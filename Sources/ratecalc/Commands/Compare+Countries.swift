import RateCalc

/// `compare 60k EUR --vs 450 EUR/day --country DE,ES,GB`: one freelancer against the same hire in
/// several countries: the salary and the rate in each country's currency at the ECB rate.
extension CompareCommand {
  func sideBySide(_ money: Money, rate: Rate, countries: [String], context: Context) throws(CommandFailure)
    -> Outcome
  {
    let reporting = try SideBySide.reportingCurrency(money.currency, context: context)
    var exchange = SideBySide.Exchange(context: context)
    var rows: [SideBySideComparisonOutput.Row] = []
    var months = Amount.zero
    var breakdown = Breakdown()
    for country in countries {
      var settings = context.settings
      settings.country = country
      settings.countries = []
      do throws(CommandFailure) {
        let profile: CountryProfile
        do { profile = try context.book.profile(country, year: context.year(settings)).value } catch {
          throw .calculation(error.message)
        }
        let salary = try exchange.convert(money, to: profile.currency, at: self.salary)
        let result = try compare(salary, rate: rate, country: country, settings: settings, context: context)
        months = result.months
        breakdown.merge(result.breakdown)
        let employee = try exchange.convert(result.comparison.employeeTotal, to: reporting, at: self.salary)
        let freelancer = try exchange.convert(result.comparison.freelancerTotal, to: reporting, at: self.salary)
        rows.append(
          .init(
            comparison: result.comparison, place: context.place(country), employee: employee, freelancer: freelancer))
      } catch {
        let name = context.book.countries.first { $0.code == country }?.name ?? country
        breakdown.note("\(name) left out: \(error.message)", kind: .warning)
      }
    }
    guard !rows.isEmpty else { throw .calculation("no country could be computed") }
    for conversion in exchange.conversions { SideBySide.record(conversion, in: &breakdown) }
    return Outcome(
      SideBySideComparisonOutput(
        rows: rows, reporting: reporting, months: months, conversions: exchange.conversions),
      breakdown: breakdown, warnings: breakdown.shownNotes)
  }
}

extension CompareCommand {
  /// `compare 60k GBP --vs 400,450,500 GBP/day`: one hire against each rate, one row each.
  func forEachRate(
    _ money: Money, rates: [Money], period: Period?, term: QuantityTerm, country: String, context: Context
  ) throws(CommandFailure) -> Outcome {
    var rows: [SideBySideComparisonOutput.Row] = []
    var breakdown = Breakdown()
    var months = Amount.zero
    // `400,450,500` is also one number grouped in thousands: say which reading was taken.
    let written = String(term.first.text.prefix { $0 != " " && $0 != "/" })
    if Words.isAmount(written) {
      breakdown.note(
        "'\(Quoted.text(written))' is read as \(rates.count) rates: \(rates.map(\.amount.description).joined(separator: ", ")) (write \(written.filter { $0 != "," }) for one)",
        kind: .warning)
    }
    for rate in rates {
      let result = try compare(
        money, rate: (rate, period, term), country: country, settings: context.settings, context: context)
      months = result.months
      breakdown.merge(result.breakdown)
      rows.append(
        .init(
          comparison: result.comparison, place: context.place(country), employee: result.comparison.employeeTotal,
          freelancer: result.comparison.freelancerTotal))
    }
    return Outcome(
      SideBySideComparisonOutput(
        rows: rows, reporting: money.currency, months: months, conversions: [], byRate: true),
      breakdown: breakdown, warnings: breakdown.shownNotes)
  }
}

/// One freelancer against hires in several countries, or several rates against one hire.
struct SideBySideComparisonOutput: CommandOutput {
  struct Row {
    let comparison: Comparison
    let place: Place
    /// The totals in the reporting currency.
    let employee: Money
    let freelancer: Money
  }

  let rows: [Row]
  let reporting: Currency
  let months: Amount
  let conversions: [Conversion]
  /// One row per freelancer rate against one hire, rather than one rate against hires in
  /// several countries.
  var byRate = false

  var title: String { "freelancer vs employees side by side" }

  func text(_ text: TextRenderer) -> [String] {
    let render = text.render
    var table = text.table()
    table.rightAligned = Set(1...5)
    table.add([
      byRate ? "freelancer" : "", "salary", "break-even day rate", "employee in \(reporting.code)",
      "freelancer in \(reporting.code)", "hire cheaper from",
    ])
    for row in rows {
      let comparison = row.comparison
      table.add([
        byRate ? render.money(comparison.clientDayRate, per: .day) : Render.place(row.place),
        render.money(comparison.employerCost.input.salary),
        render.money(comparison.breakEvenDayRate), render.money(row.employee), render.money(row.freelancer),
        comparison.crossoverMonth.map { "month \($0)" } ?? "never",
      ])
    }
    let heading =
      byRate
      ? "\(rows.count) freelancer rates against one hire · \(rows.first.map { Render.place($0.place) } ?? "") · \(Render.number(months)) months"
      : "A freelancer against the same hire in \(rows.count) countries · \(Render.number(months)) months"
    var lines = [text.style.bold(heading)]
    lines += table.lines
    for line in SideBySide.provenance(conversions, text) { lines.append(text.style.dim("  " + line)) }
    return lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    let documents = rows.map { row in
      JSON.object([
        ("country", .string(row.place.country?.code ?? "")), ("context", .string(Render.place(row.place))),
        ("salary", json.money(row.comparison.employerCost.input.salary)),
        ("client_day_rate", json.money(row.comparison.clientDayRate)),
        ("break_even_day_rate", json.money(row.comparison.breakEvenDayRate)),
        ("employee_total", json.money(row.comparison.employeeTotal)),
        ("freelancer_total", json.money(row.comparison.freelancerTotal)),
        ("reporting_employee_total", json.money(row.employee)),
        ("reporting_freelancer_total", json.money(row.freelancer)),
        ("crossover_month", JSON.optional(row.comparison.crossoverMonth)),
      ])
    }
    return [
      ("type", .string("comparison_side_by_side")), ("months", json.number(months)),
      ("reporting_currency", .string(reporting.code.description)), ("rows", .array(documents)),
      ("exchange", .array(conversions.map(json.conversion))),
    ]
  }
}
