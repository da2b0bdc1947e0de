import RateCalc

/// Runs parsed commands against the data and the session: the only place where text meets the
/// library. It computes nothing itself; it picks inputs and calls the calculators.
struct Executor {
  /// The data.
  var book: RateBook
  /// Session settings, variables and the last result.
  var session: Session
  /// Today, for staleness warnings.
  let today: Day

  /// Runs one command. `settings` are the session's with this command's options applied.
  mutating func run(_ parsed: ParsedCommand) throws(CommandFailure) -> Outcome {
    if let refused = OptionScope.check(parsed) { throw refused }
    var settings = session.settings
    for entry in parsed.options.entries {
      guard let spec = Options.spec(entry.name), let setting = spec.setting, let value = entry.value else { continue }
      try settings.set(setting, value, book: book)
    }
    let outcome = try run(parsed.command, options: parsed.options, settings: settings)
    if let value = outcome.value { session.last = value }
    if let breakdown = outcome.breakdown {
      session.lastBreakdown = (breakdown, Executor.title(of: outcome.result))
    }
    return outcome
  }

  private mutating func run(
    _ command: Command, options: ParsedOptions, settings: Settings
  ) throws(CommandFailure) -> Outcome {
    switch command {
    case .convert(let term, let targets):
      if targets.isEmpty, let variable = term.variable {
        // A variable on its own shows its value.
        let quantity = try value(of: variable, at: term.first)
        return Outcome(.conversion(original: [quantity.money], period: quantity.period, targets: []), value: quantity)
      }
      return try convert(term, targets, options: options, settings: settings)
    case .quote(let term): return try quote(term, options: options, settings: settings)
    case .quoteBand(let role, let country, let measure):
      return try quoteBand(role: role, country: country, measure: measure, options: options, settings: settings)
    case .salary(let term): return try salary(term, settings: settings)
    case .cost(let term): return try cost(term, options: options, settings: settings)
    case .compare(let term): return try compare(term, options: options, settings: settings)
    case .budget(let term): return try budget(term, options: options, settings: settings)
    case .bands(let role): return try bands(role: role, options: options, settings: settings)
    case .rates: return rates()
    case .sources:
      return Outcome(.sources(book.sources.values.sorted { $0.id < $1.id }))
    case .countries:
      return Outcome(.countries(book.countries))
    case .settings:
      return Outcome(.settings(session.settings.listing))
    case .set(let name, let value):
      guard Options.settingNames.contains(name.text.lowercased()) else {
        let suggestions = EditDistance.suggestions(
          for: name.text.lowercased(), among: Options.settingNames, maximum: 2, limit: 1)
        throw .at(
          name,
          "unknown setting '\(Quoted.text(name.text))'"
            + (suggestions.first.map { " (did you mean \($0)?)" } ?? " (see settings)"))
      }
      let joined = Token(
        text: value.map(\.text).joined(separator: " "), position: value[0].position,
        length: (value.last.map { $0.position + $0.length } ?? 0) - value[0].position, quoted: false)
      try session.settings.set(name.text.lowercased(), joined, book: book)
      let shown = session.settings.listing.first { $0.name == name.text.lowercased() }?.value ?? joined.text
      return Outcome(.message("\(name.text.lowercased()) = \(shown)"))
    case .unset(let name):
      guard session.settings.unset(name.text.lowercased()) else {
        throw .at(name, "unknown setting '\(Quoted.text(name.text))' (see settings)")
      }
      return Outcome(.message("\(name.text.lowercased()) unset"))
    case .assign(let name, let inner):
      let outcome = try run(inner)
      guard let value = outcome.value else {
        throw .at(name, "that command gives no single amount to keep")
      }
      session.variables[name.text] = value
      return Outcome(outcome.result, breakdown: outcome.breakdown, value: value, warnings: outcome.warnings)
    case .explain:
      guard let (breakdown, title) = session.lastBreakdown else {
        throw .calculation("nothing to explain yet: run a calculation first")
      }
      return Outcome(.explain(breakdown, title: title))
    case .help(let topic):
      return Outcome(.help(try Help.text(topic: topic)))
    case .quit:
      return Outcome(.message(""))
    }
  }

  static func title(of result: CommandResult) -> String {
    switch result {
    case .conversion: "conversion"
    case .quotes: "quote"
    case .salary: "salary equivalent"
    case .cost: "employer cost"
    case .comparison: "freelancer vs employee"
    case .budget: "budget"
    case .bands: "bands"
    default: "result"
    }
  }

  // MARK: - Inputs

  /// A variable's value: `ans`, `_`, or one made with `let`.
  func value(of name: String, at token: Token) throws(CommandFailure) -> Quantity {
    if name == "ans" || name == "_" {
      guard let last = session.last else { throw .at(token, "no result yet for '\(Quoted.text(name))'") }
      return last
    }
    if let value = session.variables[name] { return value }
    let names = Parser.commands + Array(session.variables.keys) + ["ans"]
    let suggestions = EditDistance.suggestions(for: name, among: names, maximum: 2, limit: 1)
    throw .at(
      token,
      "unknown name '\(Quoted.text(name))'" + (suggestions.first.map { " (did you mean \($0)?)" } ?? " (see help)"))
  }

  /// The amounts of a term in its currency, and its period.
  func amounts(_ term: QuantityTerm, settings: Settings) throws(CommandFailure) -> (values: [Money], period: Period?) {
    // A name with digits (`v1`) reads like an amount with a currency; a variable of that name wins.
    if term.variable == nil, term.first == term.last, session.variables[term.first.text] != nil {
      let named = QuantityTerm(
        written: nil, variable: term.first.text, currency: nil, currencyToken: nil, period: term.period,
        first: term.first, last: term.last)
      return try amounts(named, settings: settings)
    }
    if let variable = term.variable {
      let quantity = try value(of: variable, at: term.first)
      if let text = term.currency, let token = term.currencyToken {
        let currency = try resolve(text, at: token, settings: settings)
        guard currency == quantity.money.currency else {
          throw .at(
            token,
            "'\(Quoted.text(variable))' is in \(quantity.money.currency.code), not \(currency.code): convert it first")
        }
      }
      return ([quantity.money], term.period ?? quantity.period)
    }
    guard let written = term.written else { throw .syntax(term.error("expected an amount")) }
    let currency: Currency
    if let text = term.currency, let token = term.currencyToken {
      currency = try resolve(text, at: token, settings: settings)
    } else if let chosen = settings.currency {
      currency = chosen
    } else {
      throw .syntax(
        term.error("which currency? write it with the amount, such as \(term.first.text) GBP (or set currency GBP)"))
    }
    if currency.minorUnits == nil && currency.withdrawn == nil {
      throw .at(term.currencyToken ?? term.first, CurrencyError.noMinorUnit(currency.code).message)
    }
    return (written.amounts.map { Money($0.value, currency) }, term.period)
  }

  /// One amount (no range).
  func single(_ term: QuantityTerm, settings: Settings, what: String) throws(CommandFailure) -> (Money, Period?) {
    let (values, period) = try amounts(term, settings: settings)
    guard values.count == 1, let value = values.first else {
      throw .syntax(term.error("\(what) is one amount, not a range"))
    }
    return (value, period)
  }

  func resolve(_ text: String, at token: Token, settings: Settings) throws(CommandFailure) -> Currency {
    do {
      return try book.currencies.resolve(text, dollar: settings.dollar)
    } catch {
      let offset =
        token.text.firstRange(of: text).map { token.text.distance(from: token.text.startIndex, to: $0.lowerBound) } ?? 0
      throw .syntax(SyntaxError(error.message, position: token.position + offset, length: text.count))
    }
  }

  /// A money option such as `--vs 450 GBP/day`.
  func moneyOption(_ name: String, options: ParsedOptions, settings: Settings) throws(CommandFailure) -> (
    Money, Period?
  )? {
    guard let token = options.value(name) else { return nil }
    let parsed: ParsedCommand
    do { parsed = try Parser.parse(token.text) } catch { throw .syntax(error.shifted(by: token.position - 1)) }
    guard case .convert(let term, let targets) = parsed.command, targets.isEmpty else {
      throw .at(token, "--\(name) takes an amount, such as 450 GBP/day")
    }
    let shifted = QuantityTerm(
      written: term.written, variable: term.variable, currency: term.currency,
      currencyToken: term.currencyToken.map {
        Token(text: $0.text, position: $0.position + token.position - 1, length: $0.length, quoted: false)
      },
      period: term.period, first: token, last: token)
    return try single(shifted, settings: settings, what: "--\(name)")
  }

  /// The year for calendars and rules: the one set, else today's, read in the country's own
  /// contribution year (on 14 April 2026 that is 2026/27 in the UK and FY2025-26 in Australia).
  func year(_ settings: Settings) -> Int {
    if let year = settings.year { return year }
    guard let country = settings.country, let profile = try? book.profile(country, year: today.year).value else {
      return today.year
    }
    return ContributionYear(startMonth: profile.contributionYearStart).year(of: PayMonth(today))
  }

  /// The first month of pay: the one set, else the month after today.
  func start(_ settings: Settings) -> PayMonth { settings.start ?? PayMonth(today).adding(months: 1) }

  /// The working calendar for the settings (and a country, if given).
  func calendar(_ settings: Settings, country: String?) throws(CommandFailure) -> (WorkingCalendar, Breakdown) {
    var calendarSettings = CalendarSettings(year: year(settings), country: country)
    calendarSettings.region = settings.region
    calendarSettings.convention260 = settings.weekdays260
    calendarSettings.publicHolidays = settings.holidays
    calendarSettings.leave = settings.leave
    calendarSettings.sickDays = settings.sick
    calendarSettings.trainingDays = settings.training
    calendarSettings.utilisation = settings.utilisation
    calendarSettings.hoursPerDay = settings.hours
    do { return try calendarSettings.calendar(book: book) } catch { throw .calculation(error.message) }
  }

  /// Exchange options: `--on DATE`, `--exact-date`, today, the staleness limit.
  func exchangeOptions(_ options: ParsedOptions) throws(CommandFailure) -> ConversionOptions {
    var date: Day? = nil
    if let token = options.value("on") {
      guard let day = Day(parsing: token.text) else {
        throw .at(token, "a date is written YYYY-MM-DD, such as 2016-06-24")
      }
      date = day
    }
    return ConversionOptions(date: date, policy: options.has("exact-date") ? .exact : .onOrBefore, today: today)
  }

  func country(_ settings: Settings, for what: String, token: Token?) throws(CommandFailure) -> String {
    guard let country = settings.country else {
      let message = "\(what) needs a country for its rules: add --country GB (or set country GB)"
      if let token { throw .at(token, message) }
      throw .calculation(message)
    }
    return country
  }

  static func failure(_ error: CalculationError) -> CommandFailure { .calculation(error.message) }

  /// Runs library arithmetic, turning its error into the failure the user sees.
  static func calculating<Value>(_ body: () throws(CalculationError) -> Value) throws(CommandFailure) -> Value {
    do { return try body() } catch { throw failure(error) }
  }

  /// "United Kingdom, 2025".
  func place(_ country: String?, _ settings: Settings) -> String {
    let profile = country.flatMap { code in book.countries.first { $0.code == code } }
    let years = ContributionYear(startMonth: profile?.contributionYearStart ?? 1)
    return "\(profile?.name ?? "no country"), \(years.name(year(settings)))"
  }
}

/// What a session remembers between commands.
struct Session {
  var settings = Settings()
  var variables: [String: Quantity] = [:]
  var last: Quantity?
  var lastBreakdown: (Breakdown, String)?
}
