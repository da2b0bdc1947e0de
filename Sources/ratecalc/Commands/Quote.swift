import RateCalc

/// `quote 75000 GBP --country GB`: the freelance rate that earns a target income.
struct QuoteCommand: CommandSpec {
  static let info = CommandInfo(
    ["quote"], summary: "a freelance rate from a target income",
    help: """
      quote INCOME CUR [--country CC]        quote 75000 GBP --country GB
      quote band "ROLE" [CC] [MEASURE]       quote band "machine learning engineer" GB average
        day rate = (income + expenses + benefits [+ employer costs]) × profit ÷ billable days,
        grossed up for a platform fee; hourly, weekly, monthly and annual figures follow from it.
        --expenses 6000  --benefits 3000  --margin 20% | --markup 20%  --fee 10%  --round-to 50
        --employer-costs    add what an employer would pay on that salary (country rules)
        Calendar: --leave 25 --sick 5 --training 5 --holidays 8 --utilisation 80% --hours 7.5 --year 2025
        Ranges: --vary utilisation --from 60% --to 90% --step 5%
      """,
    overview: [("quote 75000 GBP --country GB", "a day rate from a target income")],
    examples: [
      ("quote 75000 GBP --country GB", "the day rate (and hour, week, month, year) that earns a target income")
    ],
    options: OptionSpec.figures + OptionSpec.amounts + [.explain] + OptionSpec.calendar + OptionSpec.freelancer
      + OptionSpec.employer + OptionSpec.sensitivity + OptionSpec.charts + [.in])

  /// The target income (a year's, or per a period).
  let income: QuantityTerm

  static func parse(_ words: inout Words) throws(SyntaxError) -> QuoteCommand {
    QuoteCommand(income: try words.quantity())
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    var (income, period) = try context.single(income, what: "a target income")
    let country = context.settings.country
    if let period, period != .year {
      let basis = try context.basis(context.settings, country: country)
      do { income = Money(try basis.convert(income.amount, from: period, to: .year), income.currency) } catch {
        throw .calculation(error.message)
      }
    }
    if context.settings.countries.count > 1 {
      guard context.options.text(.vary) == nil else { throw .at(self.income.first, "--vary runs over one country") }
      return try sideBySide(income, countries: context.settings.countries, context: context)
    }
    try context.refuse([.in], unless: false, "gives the reporting currency of several countries: --country DE,ES,GB")
    let withEmployerCosts = try QuoteCommand.employerCosts(context.options)
    if let vary = try Vary(context.options) {
      let output = try vary.run(context.settings, book: context.book, columns: ["day", "hour", "year"]) {
        (varied) throws(CommandFailure) in
        let (calendar, _) = try context.calendar(varied, country: varied.country)
        let input = QuoteCommand.input(
          income, calendar: calendar, settings: varied, employerCosts: withEmployerCosts ? varied.country : nil,
          year: context.year(varied))
        let quote = try Context.calculating { () throws(CalculationError) in
          try Quote.calculate(input, book: context.book)
        }
        return [quote.daily, quote.hourly, quote.annual]
      }
      return Outcome(output)
    }
    if withEmployerCosts {
      _ = try context.country(for: "--employer-costs", token: context.options.entry(.employerCosts)?.token)
    }
    let (calendar, calendarBreakdown) = try context.calendar(context.settings, country: country)
    let input = QuoteCommand.input(
      income, calendar: calendar, settings: context.settings, employerCosts: withEmployerCosts ? country : nil,
      year: context.year)
    let quote = try Context.calculating { () throws(CalculationError) in try Quote.calculate(input, book: context.book)
    }
    var breakdown = quote.breakdown
    breakdown.merge(calendarBreakdown)
    return Outcome(
      QuotesOutput(quotes: [.init(quote: quote, figure: nil)], context: .place(context.place(country))),
      breakdown: breakdown, value: Quantity(money: quote.daily, period: .day))
  }

  /// Whether `--employer-costs` was given; the employer's options without it are refused, since
  /// they would change nothing.
  static func employerCosts(_ options: ParsedOptions) throws(CommandFailure) -> Bool {
    if options.has(.employerCosts) { return true }
    let employer = Set(OptionSpec.employer.map(\.name))
    if let entry = options.entries.first(where: { employer.contains($0.spec.name) }) {
      throw .at(entry.token, "--\(entry.spec.name) applies to a quote only with --employer-costs")
    }
    return false
  }

  /// The quote input for an income and the settings.
  static func input(
    _ income: Money, calendar: WorkingCalendar, settings: Settings, employerCosts: String?, year: Int
  ) -> QuoteInput {
    var input = QuoteInput(income: income, calendar: calendar)
    if let employerCosts {
      input.employerCosts = (employerCosts, year)
      input.situation = settings.situation
    }
    input.expenses = settings.expenses ?? .zero
    input.benefits = settings.benefits ?? .zero
    if let margin = settings.margin { input.profit = .margin(margin) }
    if let markup = settings.markup { input.profit = .markup(markup) }
    input.platformFee = settings.fee ?? .zero
    input.roundTo = settings.roundTo
    return input
  }
}

extension OptionSpec {
  /// `--employer-costs`.
  static let employerCosts = OptionSpec("employer-costs", help: "quote: add what an employer would pay on top")

  /// A freelancer's costs and pricing: quote and quote band.
  static let freelancer: [OptionSpec] =
    [
      .setting("utilisation"), .setting("expenses"), .setting("benefits"), .setting("margin"), .setting("markup"),
      .setting("fee"), .setting("round-to"), .employerCosts,
    ]
}

/// Quotes: one for an income, or one per published figure for `quote band`.
struct QuotesOutput: CommandOutput {
  /// One quote, with the figure it came from.
  struct Item {
    let quote: Quote
    let figure: BandFigure?
  }

  /// What the quotes are for.
  enum Subject {
    /// An income in a place and year.
    case place(Place)
    /// A role's published figures, on a year's calendar.
    case role(String, year: Int)
  }

  /// The quotes.
  let quotes: [Item]
  /// What they are for.
  let context: Subject

  var title: String { "quote" }

  /// The context in words.
  var contextText: String {
    switch context {
    case .place(let place): Render.place(place)
    case .role(let role, let year): "\(role.lowercased()), \(year) calendar"
    }
  }

  func text(_ text: TextRenderer) -> [String] {
    var lines: [String] = []
    for item in quotes {
      let quote = item.quote
      if !lines.isEmpty { lines.append("") }
      var heading = "Quote for \(text.render.money(quote.input.income)) a year · \(contextText)"
      if let figure = item.figure {
        let year = figure.year.map(String.init) ?? "year unknown"
        let qualifier = figure.qualifier.map { " (\($0))" } ?? ""
        heading =
          "\(Render.figureTitle(figure)): \(text.render.money(figure.money))/\(figure.period.rawValue)\(qualifier) · \(year) · \(figure.sourceID)"
      }
      lines.append(text.style.bold(heading))
      var table = text.table()
      table.rightAligned = [1]
      table.add(["hour", text.render.money(quote.hourly)])
      table.add(["day", text.style.bold(text.render.money(quote.daily))])
      table.add(["week", text.render.money(quote.weekly)])
      table.add(["month", text.render.money(quote.monthly)])
      table.add(["year", text.render.money(quote.annual)])
      lines += table.lines
      if let surplus = quote.roundingSurplus, let step = quote.input.roundTo {
        lines.append("  rounded up to the next \(step): \(text.render.money(surplus)) a year above the target")
      }
      lines.append(text.style.dim("  " + text.calendarLine(quote.input.calendar, billable: true)))
    }
    return lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    [
      ("type", .string("quote")), ("context", .string(contextText)),
      (
        "quotes",
        .array(
          quotes.map { item in
            var members: [(String, JSON)] = [("title", .string(item.figure.map(Render.figureTitle) ?? ""))]
            if let figure = item.figure { members.append(("figure", json.band(figure))) }
            return .object(members + QuotesOutput.members(item.quote, json))
          })
      ),
    ]
  }

  private static func members(_ quote: Quote, _ json: JSONRenderer) -> [(String, JSON)] {
    [
      ("income", json.money(quote.input.income)), ("hourly", json.money(quote.hourly)),
      ("daily", json.money(quote.daily)), ("weekly", json.money(quote.weekly)),
      ("monthly", json.money(quote.monthly)), ("annual", json.money(quote.annual)),
      ("billable_days", json.number(quote.billableDays)),
      ("rounding_surplus", quote.roundingSurplus.map(json.money) ?? .null),
      ("calendar", json.calendar(quote.input.calendar)),
    ]
  }
}
