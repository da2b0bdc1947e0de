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
      breakdown: breakdown, warnings: breakdown.entries.filter { $0.kind != .detail }.map(\.text))
  }
}

/// One freelancer against hires in several countries.
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

  var title: String { "freelancer vs employees side by side" }

  func text(_ text: TextRenderer) -> [String] {
    let render = text.render
    var table = text.table()
    table.rightAligned = Set(1...5)
    table.add([
      "", "salary", "break-even day rate", "employee in \(reporting.code)", "freelancer in \(reporting.code)",
      "hire cheaper from",
    ])
    for row in rows {
      let comparison = row.comparison
      table.add([
        Render.place(row.place), render.money(comparison.employerCost.input.salary),
        render.money(comparison.breakEvenDayRate), render.money(row.employee), render.money(row.freelancer),
        comparison.crossoverMonth.map { "month \($0)" } ?? "never",
      ])
    }
    var lines = [
      text.style.bold("A freelancer against the same hire in \(rows.count) countries · \(Render.number(months)) months")
    ]
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
