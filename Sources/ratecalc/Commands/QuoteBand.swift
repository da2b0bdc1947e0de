import RateCalc

/// `quote band "machine learning engineer" GB average`: a quote from each published salary of a
/// role, never averaged.
struct QuoteBandCommand: CommandSpec {
  static let info = CommandInfo(
    ["quote", "band"], summary: "a freelance rate from a published salary", topic: "quote",
    overview: [("quote band \"machine learning engineer\" GB average", "…from a published salary")],
    examples: [
      (
        "quote band \"machine learning engineer\" GB average",
        "the same from a published salary (each matching figure, never averaged)"
      )
    ],
    options: OptionSpec.figures + [.explain] + OptionSpec.calendar + OptionSpec.freelancer + OptionSpec.employer)

  /// The role.
  let role: Token
  /// The country, if given.
  let country: Token?
  /// The measure (average, median…), if given.
  let measure: Token?

  static func parse(_ words: inout Words) throws(SyntaxError) -> QuoteBandCommand {
    guard let role = words.next() else {
      throw words.errorAtEnd("quote band needs a role: quote band \"machine learning engineer\" GB average")
    }
    let country = words.next()
    let measure = words.next()
    return QuoteBandCommand(role: role, country: country, measure: measure)
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    let salaries = try figures(context)
    let withEmployerCosts = try QuoteCommand.employerCosts(context.options)
    var quotes: [QuotesOutput.Item] = []
    var combined = Breakdown()
    for figure in salaries {
      var settings = context.settings
      settings.country = figure.country ?? settings.country
      let (calendar, calendarBreakdown) = try context.calendar(settings, country: settings.country)
      let input = QuoteCommand.input(
        figure.money, calendar: calendar, settings: settings,
        employerCosts: withEmployerCosts ? settings.country : nil, year: context.year(settings))
      let quote = try Context.calculating { () throws(CalculationError) in
        try Quote.calculate(input, book: context.book)
      }
      combined.steps += quote.breakdown.steps
      combined.merge(quote.breakdown)
      combined.merge(calendarBreakdown)
      combined.use(
        .init(
          description:
            "\(figure.role), \(figure.country ?? "-") \(figure.level) \(figure.measure) \(figure.money.amount) \(figure.money.currency.code)",
          origin: figure.origin, source: figure.sourceID, date: figure.year.map(String.init) ?? "year unknown"))
      quotes.append(.init(quote: quote, figure: figure))
    }
    if quotes.count > 1 {
      combined.note("\(quotes.count) figures match; ratecalc shows each and never averages them")
    }
    return Outcome(
      QuotesOutput(quotes: quotes, context: .role(role.text, year: context.year)), breakdown: combined,
      value: Quantity(money: quotes[0].quote.daily, period: .day))
  }

  /// The yearly employee salaries published for the role (and country and measure, if given).
  private func figures(_ context: Context) throws(CommandFailure) -> [BandFigure] {
    let book = context.book
    var countryCode: String? = nil
    if let country {
      do { countryCode = try book.country(country.text) } catch { throw .at(country, error.message) }
    }
    let figures: [BandFigure]
    do {
      figures = try book.figures(role: role.text, country: countryCode, measure: measure?.text.lowercased())
    } catch {
      let noFigure = MarketError.noBandFigure(
        role: role.text.lowercased(), country: countryCode, measure: measure?.text.lowercased())
      throw .at(error == noFigure ? (measure ?? country ?? role) : role, context.message(error))
    }
    let salaries = figures.filter { $0.period == .year && $0.employment == .employee }
    guard !salaries.isEmpty else { throw .at(role, "no yearly salary figures to quote from among these") }
    return salaries
  }
}
