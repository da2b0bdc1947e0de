import RateCalc

/// `quote 75k EUR --country DE,ES,GB`: what a freelancer in each country must charge to earn the
/// same income, converted into each country's currency at the ECB rate.
extension QuoteCommand {
  func sideBySide(_ income: Money, countries: [String], context: Context) throws(CommandFailure) -> Outcome {
    let reporting = try SideBySide.reportingCurrency(income.currency, context: context)
    var exchange = SideBySide.Exchange(context: context)
    var rows: [SideBySideQuoteOutput.Row] = []
    var breakdown = Breakdown()
    let withEmployerCosts = try QuoteCommand.employerCosts(context.options)
    for country in countries {
      var settings = context.settings
      settings.country = country
      settings.countries = []
      do throws(CommandFailure) {
        let profile: CountryProfile
        do { profile = try context.book.profile(country, year: context.year(settings)).value } catch {
          throw .calculation(error.message)
        }
        let local = try exchange.convert(income, to: profile.currency, at: self.income)
        let (calendar, calendarBreakdown) = try context.calendar(settings, country: country)
        let input = QuoteCommand.input(
          local, calendar: calendar, settings: settings, employerCosts: withEmployerCosts ? country : nil,
          year: context.year(settings))
        let quote = try Context.calculating { () throws(CalculationError) in
          try Quote.calculate(input, book: context.book)
        }
        breakdown.merge(quote.breakdown)
        breakdown.merge(calendarBreakdown)
        let daily = try exchange.convert(quote.daily, to: reporting, at: self.income)
        rows.append(.init(quote: quote, place: context.place(country), reportingDaily: daily))
      } catch {
        let name = context.book.countries.first { $0.code == country }?.name ?? country
        breakdown.note("\(name) left out: \(error.message)", kind: .warning)
      }
    }
    guard !rows.isEmpty else { throw .calculation("no country could be computed") }
    for conversion in exchange.conversions { SideBySide.record(conversion, in: &breakdown) }
    return Outcome(
      SideBySideQuoteOutput(rows: rows, reporting: reporting, conversions: exchange.conversions),
      breakdown: breakdown, warnings: breakdown.shownNotes)
  }
}

/// Quotes for one income in several countries.
struct SideBySideQuoteOutput: CommandOutput {
  struct Row {
    let quote: Quote
    let place: Place
    /// The day rate in the reporting currency.
    let reportingDaily: Money
  }

  let rows: [Row]
  let reporting: Currency
  let conversions: [Conversion]

  var title: String { "quotes side by side" }

  func text(_ text: TextRenderer) -> [String] {
    let render = text.render
    var table = text.table()
    table.rightAligned = Set(1...5)
    table.add(["", "income", "billable days", "hour", "day", "day in \(reporting.code)"])
    for row in rows {
      table.add([
        Render.place(row.place), render.money(row.quote.input.income), Render.number(row.quote.billableDays),
        render.money(row.quote.hourly), render.money(row.quote.daily),
        text.style.bold(render.money(row.reportingDaily)),
      ])
    }
    var lines = [text.style.bold("Quote for one income in \(rows.count) countries")] + table.lines
    for line in SideBySide.provenance(conversions, text) { lines.append(text.style.dim("  " + line)) }
    return lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    let documents = rows.map { row in
      JSON.object([
        ("country", .string(row.place.country?.code ?? "")), ("context", .string(Render.place(row.place))),
        ("income", json.money(row.quote.input.income)), ("billable_days", json.number(row.quote.billableDays)),
        ("hourly", json.money(row.quote.hourly)), ("daily", json.money(row.quote.daily)),
        ("reporting_daily", json.money(row.reportingDaily)),
      ])
    }
    return [
      ("type", .string("quote_side_by_side")), ("reporting_currency", .string(reporting.code.description)),
      ("rows", .array(documents)), ("exchange", .array(conversions.map(json.conversion))),
    ]
  }
}
