import RateCalc

extension Executor {
  /// The basis for converting between periods: a named convention, the country's calendar, or
  /// 8-hour days and 260 days a year.
  func basis(_ settings: Settings, country: String?) throws(CommandFailure) -> PeriodBasis {
    if let name = settings.basis, let basis = PeriodBasis.convention(named: name) { return basis }
    if let country {
      let (calendar, _) = try self.calendar(settings, country: country)
      return .days(
        calendar.billableDays, hoursPerDay: calendar.hoursPerDay,
        name: "\(calendar.hoursPerDay) h/day, \(calendar.billableDays) days/yr (\(country) \(year(settings)) calendar)")
    }
    let hours = settings.hours ?? Amount(8)
    return .days(Amount(260), hoursPerDay: hours, name: "\(hours) h/day, 260 days/yr")
  }

  mutating func convert(
    _ term: QuantityTerm, _ targets: [TargetTerm], options: ParsedOptions, settings: Settings
  ) throws(CommandFailure) -> Outcome {
    let (values, period) = try amounts(term, settings: settings)
    let exchangeOptions = try self.exchangeOptions(options)
    var converted: [ConvertedTarget] = []
    var warnings: [String] = []
    var breakdown = Breakdown()
    for target in targets {
      let currency =
        try target.currency.map { (text) throws(CommandFailure) in
          try resolve(text, at: target.token, settings: settings)
        } ?? values[0].currency
      var basis: PeriodBasis? = nil
      if let wanted = target.period, wanted != period {
        guard period != nil else {
          throw .syntax(
            term.error(
              "the amount has no period to convert from: write it per hour, day, month or year, such as \(term.first.text) \(values[0].currency.code)/day"
            ))
        }
        basis = try self.basis(settings, country: settings.country)
      }
      var results: [Money] = []
      var exchange: Conversion? = nil
      for value in values {
        var money = value
        if currency != value.currency {
          do {
            let conversion = try self.exchange(value, to: currency, options: exchangeOptions)
            money = conversion.converted
            exchange = conversion
          } catch {
            throw exchangeFailure(error, target: target.token, options: options)
          }
        }
        if let basis, let from = period, let to = target.period {
          do {
            money = Money(try basis.convert(money.amount, from: from, to: to), currency)
          } catch {
            throw .calculation(error.message)
          }
        }
        results.append(money)
      }
      if let exchange {
        for warning in exchange.warnings where !warnings.contains(warning.message) { warnings.append(warning.message) }
        for leg in exchange.legs {
          breakdown.use(
            .init(
              description: "1 \(leg.base) = \(leg.fromRate) \(leg.from), \(leg.toRate) \(leg.to)", origin: nil,
              source: leg.source.name + (leg.isPeg ? " (peg)" : ""), date: leg.observedOn.description))
        }
      }
      if let basis { breakdown.note("periods converted on \(basis.name)") }
      converted.append(
        ConvertedTarget(values: results, period: target.period ?? period, exchange: exchange, basis: basis))
    }
    breakdown.add("amount", "as given", .money(values[0]))
    for target in converted {
      for value in target.values {
        breakdown.add(
          "in \(value.currency.code)", target.exchange.map { "× \($0.rate?.description ?? "?")" } ?? "same currency",
          .money(value))
      }
    }
    let value = converted.first.flatMap {
      $0.values.count == 1 ? Quantity(money: $0.values[0], period: $0.period) : nil
    }
    return Outcome(
      .conversion(original: values, period: period, targets: converted), breakdown: breakdown, value: value,
      warnings: warnings)
  }

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

  func employerInput(
    _ salary: Money, country: String, settings: Settings, options: ParsedOptions, calendar: WorkingCalendar
  )
    -> EmployerCostInput
  {
    var input = EmployerCostInput(salary: salary, country: country, year: year(settings), calendar: calendar)
    input.include = options.values("include").map(\.text)
    input.exclude = options.values("exclude").map(\.text)
    input.benefits = settings.benefits ?? .zero
    input.overhead = settings.overhead ?? .zero
    input.recruitingFee = settings.recruiting ?? .zero
    input.tenureMonths = settings.tenure ?? Amount(24)
    return input
  }

  mutating func cost(_ term: QuantityTerm, options: ParsedOptions, settings: Settings) throws(CommandFailure) -> Outcome
  {
    let (salary, period) = try single(term, settings: settings, what: "a salary")
    guard period == nil || period == .year else { throw .syntax(term.error("give a yearly salary, such as 60000 GBP")) }
    let country = try self.country(settings, for: "cost", token: term.first)
    if let variable = options.value("vary") {
      return try vary(variable, options: options, settings: settings, columns: ["total", "per day", "per hour"]) {
        (executor, varied) throws(CommandFailure) in
        let (calendar, _) = try executor.calendar(varied, country: country)
        let input = executor.employerInput(
          salary, country: country, settings: varied, options: options, calendar: calendar)
        do throws(CalculationError) {
          let cost = try EmployerCost.calculate(input, book: executor.book)
          return [cost.total, cost.perWorkedDay, cost.perWorkedHour]
        } catch {
          throw Executor.failure(error)
        }
      }
    }
    let (calendar, calendarBreakdown) = try self.calendar(settings, country: country)
    let input = employerInput(salary, country: country, settings: settings, options: options, calendar: calendar)
    let cost: EmployerCost
    do { cost = try EmployerCost.calculate(input, book: book) } catch {
      if case .currencyMismatch = error { throw .at(term.currencyToken ?? term.first, error.message) }
      throw Executor.failure(error)
    }
    var breakdown = cost.breakdown
    merge(calendarBreakdown, into: &breakdown)
    let context = "\(book.countries.first { $0.code == country }?.name ?? country), \(cost.rulesYear) rules"
    return Outcome(
      .cost(cost, context: context), breakdown: breakdown, value: Quantity(money: cost.total, period: .year),
      warnings: breakdown.notes)
  }

  /// The engagement length from `--months`, `--weeks` or `--days` (days worked), default 12 months.
  func engagementMonths(_ options: ParsedOptions, calendar: WorkingCalendar) throws(CommandFailure) -> Amount {
    if let token = options.value("months") { return try positive(token) }
    if let token = options.value("weeks") {
      return (try? Amount.product(try positive(token), Amount(12), dividedBy: Amount(52))) ?? .zero
    }
    if let token = options.value("days") {
      let days = try positive(token)
      guard calendar.workedDays > .zero else { throw .at(token, "the calendar leaves no days worked") }
      return (try? Amount.product(days, Amount(12), dividedBy: calendar.workedDays)) ?? .zero
    }
    return Amount(12)
  }

  func positive(_ token: Token) throws(CommandFailure) -> Amount {
    let value = try Settings.number(token)
    guard value > .zero else { throw .at(token, "must be more than zero") }
    return value
  }

  mutating func compare(_ term: QuantityTerm, options: ParsedOptions, settings: Settings) throws(CommandFailure)
    -> Outcome
  {
    let (salary, _) = try single(term, settings: settings, what: "a salary")
    guard let (rate, ratePeriod) = try moneyOption("vs", options: options, settings: settings) else {
      throw .syntax(term.error("compare needs the freelancer's rate: --vs 450 \(salary.currency.code)/day"))
    }
    let country = try self.country(settings, for: "compare", token: term.first)
    let (calendar, calendarBreakdown) = try self.calendar(settings, country: country)
    var employeeCalendar = calendar
    employeeCalendar.utilisation = .one
    var dayRate = rate
    switch ratePeriod {
    case .day?, nil: break
    case .hour?:
      dayRate = Money((try? rate.amount.multiplied(by: calendar.hoursPerDay)) ?? .zero, rate.currency)
    default:
      throw .at(options.value("vs") ?? term.first, "give the freelancer's rate per day or hour, such as 450 GBP/day")
    }
    let months = try engagementMonths(options, calendar: employeeCalendar)
    var input = ComparisonInput(
      employee: employerInput(
        salary, country: country, settings: settings, options: options, calendar: employeeCalendar),
      dayRate: dayRate, months: months)
    input.agencyMargin = settings.agency ?? .zero
    input.rampUpDays = settings.rampUp ?? .zero
    input.noticeMonths = settings.notice ?? .zero
    let comparison: Comparison
    do { comparison = try Comparison.calculate(input, book: book) } catch { throw Executor.failure(error) }
    var breakdown = comparison.breakdown
    merge(calendarBreakdown, into: &breakdown)
    return Outcome(
      .comparison(comparison, months: months, context: place(country, settings)), breakdown: breakdown,
      value: Quantity(money: comparison.breakEvenDayRate, period: .day), warnings: breakdown.notes)
  }

  mutating func budget(_ term: QuantityTerm, options: ParsedOptions, settings: Settings) throws(CommandFailure)
    -> Outcome
  {
    let (budget, _) = try single(term, settings: settings, what: "a budget")
    guard let (rate, ratePeriod) = try moneyOption("at", options: options, settings: settings) else {
      throw .syntax(term.error("budget needs a freelancer day rate: --at 600 \(budget.currency.code)/day"))
    }
    guard ratePeriod == nil || ratePeriod == .day else {
      throw .at(options.value("at") ?? term.first, "give the day rate, such as 600 \(budget.currency.code)/day")
    }
    let salary = try moneyOption("salary", options: options, settings: settings)?.0
    let country = try self.country(settings, for: "budget", token: term.first)
    var (calendar, calendarBreakdown) = try self.calendar(settings, country: country)
    calendar.utilisation = .one
    let result: Budget
    do {
      result = try Budget.calculate(
        budget: budget, dayRate: rate, salary: salary, country: country, year: year(settings), calendar: calendar,
        book: book)
    } catch {
      throw Executor.failure(error)
    }
    var breakdown = result.breakdown
    merge(calendarBreakdown, into: &breakdown)
    return Outcome(
      .budget(result, context: place(country, settings)), breakdown: breakdown,
      value: Quantity(money: result.salaryForAYear, period: .year), warnings: breakdown.notes)
  }

  mutating func bands(role: Token?, options: ParsedOptions, settings: Settings) throws(CommandFailure) -> Outcome {
    let roleName = role?.text ?? (book.roles.count == 1 ? book.roles[0] : "")
    guard !roleName.isEmpty else {
      throw .calculation(
        "which role? bands \"\(book.roles.first ?? "machine learning engineer")\" (roles: \(book.roles.joined(separator: ", ")))"
      )
    }
    var countryCode: String? = nil
    if let country = settings.country { countryCode = country }
    let figures: [BandFigure]
    do { figures = try book.figures(role: roleName, country: countryCode) } catch {
      if let role { throw .at(role, error.message) }
      throw .calculation(error.message)
    }
    var targets: [Currency] = []
    for token in options.values("in") {
      for part in token.text.split(separator: ",") {
        targets.append(try resolve(String(part), at: token, settings: settings))
      }
    }
    var period: Period? = nil
    if let token = options.value("per") {
      guard let parsed = Period(word: token.text) else {
        throw .at(token, "a period is hour, day, week, month or year")
      }
      period = parsed
    }
    let exchangeOptions = try self.exchangeOptions(options)
    var rows: [BandsListing.Row] = []
    var warnings: [String] = []
    var breakdown = Breakdown()
    var pppLabel: String? = nil
    let pppYear: Int?
    if let token = options.value("ppp") {
      guard let year = Int(token.text) else { throw .at(token, "--ppp takes a year, such as 2024") }
      pppYear = year
    } else {
      pppYear = nil
    }
    for figure in figures {
      var converted: [ConvertedTarget] = []
      let figurePeriod = period ?? figure.period
      let basis = try self.basis(settings, country: figure.country ?? settings.country)
      let band = Band(typical: figure.money.amount, currency: figure.money.currency, period: figure.period)
      if let pppYear {
        guard let country = figure.country else { rows.append(.init(figure: figure, converted: [])); continue }
        let toCountries: [String?] =
          targets.isEmpty
          ? [nil]
          : targets.map { currency in
            book.countries.first { $0.currency == currency && $0.code != country }?.code
              ?? (currency == figure.money.currency ? country : nil)
          }
        for toCountry in toCountries {
          do {
            let result = try BandConversion.ppp(
              band, fromCountry: country, toCountry: toCountry, year: pppYear, book: book)
            pppLabel = "PPP \(pppYear)"
            if let value = result.band.typical {
              converted.append(
                .init(values: [Money(value, result.band.currency)], period: figure.period, exchange: nil, basis: nil))
            }
            for row in result.breakdown.rows { breakdown.use(row) }
          } catch {
            warnings.append("\(country): \(error.message)")
          }
        }
      } else {
        for currency in targets {
          do {
            let result = try BandConversion.convert(
              band, to: currency, period: figurePeriod, basis: basis,
              exchange: exchangeOptions.date == nil ? book.latestExchange : book.exchange, options: exchangeOptions,
              roundTo: settings.roundTo)
            if let value = result.band.typical {
              converted.append(
                .init(values: [Money(value, currency)], period: figurePeriod, exchange: result.exchange, basis: basis))
            }
            for row in result.breakdown.rows { breakdown.use(row) }
            for note in result.breakdown.notes where !note.hasPrefix("periods") && !note.hasPrefix("ends") {
              if !warnings.contains(note) { warnings.append(note) }
            }
          } catch {
            let note = "\(figure.money.currency.code) → \(currency.code): \(error.message)"
            if !warnings.contains(note) { warnings.append(note) }
          }
        }
      }
      breakdown.use(
        .init(
          description: Render.figureTitle(figure), origin: figure.origin, source: figure.sourceID,
          date: figure.year.map(String.init) ?? "year unknown"))
      rows.append(.init(figure: figure, converted: converted))
    }
    let listing = BandsListing(role: figures[0].role, rows: rows, targets: targets, period: period, pppLabel: pppLabel)
    return Outcome(.bands(listing), breakdown: breakdown, warnings: warnings)
  }

  func rates() -> Outcome {
    let userFiles = Set(book.files.filter(\.isUserFile).map(\.name))
    let tables = book.exchange.tables.map { table in
      RatesListing.Table(
        table: table, ageInDays: table.kind == .peg ? nil : table.newest.map { $0.days(until: today) },
        isUserFile: userFiles.contains(table.source.file))
    }
    return Outcome(.rates(RatesListing(tables: tables, today: today, staleAfterDays: 7)))
  }

  /// Converts at the requested date; at the latest rates through the newest-row tables (fast to
  /// load), falling back to the full tables for a complete error message.
  func exchange(_ money: Money, to currency: Currency, options: ConversionOptions) throws(ExchangeError) -> Conversion {
    guard options.date == nil else { return try book.exchange.convert(money, to: currency, options: options) }
    do {
      return try book.latestExchange.convert(money, to: currency, options: options)
    } catch {
      return try book.exchange.convert(money, to: currency, options: options)
    }
  }

  /// An exchange error with its caret under the part of the line that caused it, and a hint
  /// where the data simply does not reach.
  func exchangeFailure(_ error: ExchangeError, target: Token, options: ParsedOptions) -> CommandFailure {
    switch error {
    case .noObservation(_, let source, _, let after, let exact):
      var message = error.message
      if !exact, after != nil, source.name == "ECB" {
        message += "; add the ECB's full history (eurofxref-hist.csv) with --rates"
      }
      if let date = options.value("on") {
        return .failed(message, position: date.position, length: date.length)
      }
      return .failed(message, position: target.position, length: target.length)
    default:
      return .failed(error.message, position: target.position, length: target.length)
    }
  }

  /// Adds a calendar's rows and notes to a result's breakdown.
  func merge(_ calendar: Breakdown, into breakdown: inout Breakdown) {
    for row in calendar.rows { breakdown.use(row) }
    for note in calendar.notes { breakdown.note(note) }
  }

  /// Runs a calculation over `--from … --to … --step …` of one setting.
  mutating func vary(
    _ variable: Token, options: ParsedOptions, settings: Settings, columns: [String],
    _ calculate: (Executor, Settings) throws(CommandFailure) -> [Money]
  ) throws(CommandFailure) -> Outcome {
    let name = variable.text.lowercased()
    guard Options.settingNames.contains(name),
      !["country", "currency", "region", "round", "basis", "dollar", "weekdays"].contains(name)
    else {
      throw .at(
        variable, "--vary takes a numeric setting: utilisation, hours, leave, sick, training, holidays, expenses…")
    }
    guard let fromToken = options.value("from"), let toToken = options.value("to"),
      let stepToken = options.value("step")
    else {
      throw .at(variable, "--vary \(name) needs --from, --to and --step, such as --from 60% --to 90% --step 5%")
    }
    let isShare = ["utilisation", "utilization", "margin", "markup", "fee", "recruiting", "agency"].contains(name)
    func read(_ token: Token) throws(CommandFailure) -> Amount {
      isShare ? try Settings.fraction(token) : try Settings.number(token)
    }
    let values: [Amount]
    do {
      values = try Sensitivity.values(from: try read(fromToken), to: try read(toToken), step: try read(stepToken))
    } catch let error as CommandFailure {
      throw error
    } catch let error as CalculationError {
      throw .at(stepToken, error.message)
    } catch {
      throw .at(stepToken, "\(error)")
    }
    var rows: [(input: String, values: [Money?], error: String?)] = []
    for value in values {
      var varied = settings
      try varied.set(
        name, Token(text: value.description, position: variable.position, length: variable.length, quoted: false),
        book: book)
      let label = isShare ? Render.percent(value) : value.description
      do {
        rows.append((label, try calculate(self, varied).map { Optional($0) }, nil))
      } catch {
        rows.append((label, columns.map { _ in nil }, error.message))
      }
    }
    return Outcome(.sensitivity(SensitivityTable(input: name, columns: columns, rows: rows)))
  }
}
