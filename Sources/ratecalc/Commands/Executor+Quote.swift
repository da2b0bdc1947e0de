import RateCalc

/// Freelancer commands: quote, quote band and salary equivalents.
extension Executor {
  /// The quote input for an income and the settings.
  func quoteInput(_ income: Money, calendar: WorkingCalendar, settings: Settings, employerCosts: String?)
    -> QuoteInput
  {
    var input = QuoteInput(income: income, calendar: calendar)
    if let employerCosts { input.employerCosts = (employerCosts, year(settings)) }
    input.expenses = settings.expenses ?? .zero
    input.benefits = settings.benefits ?? .zero
    if let margin = settings.margin { input.profit = .margin(margin) }
    if let markup = settings.markup { input.profit = .markup(markup) }
    input.platformFee = settings.fee ?? .zero
    input.roundTo = settings.roundTo
    return input
  }

  mutating func quote(_ term: QuantityTerm, options: ParsedOptions, settings: Settings) throws(CommandFailure)
    -> Outcome
  {
    var (income, period) = try single(term, settings: settings, what: "a target income")
    let country = settings.country
    if let period, period != .year {
      let basis = try self.basis(settings, country: country)
      do {
        income = Money(try basis.convert(income.amount, from: period, to: .year), income.currency)
      } catch {
        throw .calculation(error.message)
      }
    }
    if let variable = options.value("vary") {
      return try vary(variable, options: options, settings: settings, columns: ["day", "hour", "year"]) {
        (executor, varied) throws(CommandFailure) in
        let (calendar, _) = try executor.calendar(varied, country: varied.country)
        let employer = options.has("employer-costs") ? varied.country : nil
        let input = executor.quoteInput(income, calendar: calendar, settings: varied, employerCosts: employer)
        do throws(CalculationError) {
          let quote = try Quote.calculate(input, book: executor.book)
          return [quote.daily, quote.hourly, quote.annual]
        } catch {
          throw Executor.failure(error)
        }
      }
    }
    if options.has("employer-costs") {
      _ = try self.country(settings, for: "--employer-costs", token: options.token("employer-costs"))
    }
    let (calendar, calendarBreakdown) = try self.calendar(settings, country: country)
    let input = quoteInput(
      income, calendar: calendar, settings: settings, employerCosts: options.has("employer-costs") ? country : nil)
    let quote: Quote
    do { quote = try Quote.calculate(input, book: book) } catch { throw Executor.failure(error) }
    var breakdown = quote.breakdown
    merge(calendarBreakdown, into: &breakdown)
    return Outcome(
      .quotes([(title: "", quote: quote, figure: nil)], context: place(country, settings)), breakdown: breakdown,
      value: Quantity(money: quote.daily, period: .day), warnings: breakdown.notes)
  }

  mutating func quoteBand(
    role: Token, country: Token?, measure: Token?, options: ParsedOptions, settings: Settings
  ) throws(CommandFailure) -> Outcome {
    var countryCode: String? = nil
    if let country {
      do { countryCode = try book.country(country.text) } catch { throw .at(country, error.message) }
    }
    let figures: [BandFigure]
    do {
      figures = try book.figures(role: role.text, country: countryCode, measure: measure?.text.lowercased())
    } catch {
      let token =
        error == .noBandFigure(role: role.text.lowercased(), country: countryCode, measure: measure?.text.lowercased())
        ? (measure ?? country ?? role) : role
      throw .at(token, error.message)
    }
    let salaries = figures.filter { $0.period == .year && $0.employment == "employee" }
    guard !salaries.isEmpty else { throw .at(role, "no yearly salary figures to quote from among these") }
    var quotes: [(title: String, quote: Quote, figure: BandFigure?)] = []
    var combined = Breakdown()
    for figure in salaries {
      var figureSettings = settings
      figureSettings.country = figure.country ?? settings.country
      let (calendar, calendarBreakdown) = try self.calendar(figureSettings, country: figureSettings.country)
      let input = quoteInput(
        figure.money, calendar: calendar, settings: figureSettings,
        employerCosts: options.has("employer-costs") ? figureSettings.country : nil)
      let quote: Quote
      do { quote = try Quote.calculate(input, book: book) } catch { throw Executor.failure(error) }
      var breakdown = quote.breakdown
      merge(calendarBreakdown, into: &breakdown)
      breakdown.use(
        .init(
          description:
            "\(figure.role), \(figure.country ?? "-") \(figure.level) \(figure.measure) \(figure.money.amount) \(figure.money.currency.code)",
          origin: figure.origin, source: figure.sourceID, date: figure.year.map(String.init) ?? "year unknown"))
      for step in breakdown.steps { combined.steps.append(step) }
      for row in breakdown.rows { combined.use(row) }
      for note in breakdown.notes { combined.note(note) }
      quotes.append((title: Render.figureTitle(figure), quote: quote, figure: figure))
    }
    if quotes.count > 1 {
      combined.note("\(quotes.count) figures match; ratecalc shows each and never averages them")
    }
    let first = quotes[0].quote
    return Outcome(
      .quotes(quotes, context: "\(role.text.lowercased()), \(year(settings)) calendar"), breakdown: combined,
      value: Quantity(money: first.daily, period: .day), warnings: combined.notes)
  }

  mutating func salary(_ term: QuantityTerm, settings: Settings) throws(CommandFailure) -> Outcome {
    let (rate, period) = try single(term, settings: settings, what: "a rate")
    guard let period, period == .day || period == .hour else {
      throw .syntax(term.error("give the rate per day or hour, such as \(term.first.text) \(rate.currency.code)/day"))
    }
    let country = try self.country(settings, for: "salary", token: term.first)
    let (calendar, calendarBreakdown) = try self.calendar(settings, country: country)
    var employee = calendar
    employee.utilisation = .one
    let result: SalaryEquivalent
    do {
      result = try SalaryEquivalent.calculate(
        rate: rate, period: period, employee: employee, freelancer: calendar, country: country, year: year(settings),
        expenses: settings.expenses ?? .zero, benefits: settings.benefits ?? .zero, book: book)
    } catch {
      throw Executor.failure(error)
    }
    var breakdown = result.breakdown
    merge(calendarBreakdown, into: &breakdown)
    return Outcome(
      .salary(result, context: place(country, settings)), breakdown: breakdown,
      value: Quantity(money: result.clientEquivalent, period: .year), warnings: breakdown.notes)
  }
}
