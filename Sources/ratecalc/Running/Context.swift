import RateCalc

/// What a running command sees: the data, the session, the settings with its options applied,
/// its options, and today. Its helpers read the inputs several commands share; each command's
/// own inputs are read in its file.
struct Context {
  /// The data.
  let book: RateBook
  /// The session (a command such as `set` changes it).
  var session: Session
  /// The session's settings with this command's options applied.
  let settings: Settings
  /// The command's options.
  let options: ParsedOptions
  /// Today.
  let today: Day
  /// The engagement's length when `--vary months` sets it for one row.
  var monthsOverride: Amount? = nil

  /// The same context with the engagement's length set.
  func withMonths(_ months: Amount) -> Context {
    var copy = self
    copy.monthsOverride = months
    return copy
  }

  /// Runs another command in this session (the command a `let` holds).
  mutating func run(_ parsed: ParsedCommand) throws(CommandFailure) -> Outcome {
    var executor = Executor(book: book, session: session, today: today)
    let outcome = try executor.run(parsed)
    session = executor.session
    return outcome
  }

  /// A warning's message, written once for as long as the session keeps it.
  mutating func message(of warning: ExchangeWarning) -> String {
    if let known = session.warningMessages.first(where: { $0.warning == warning }) { return known.message }
    let message = warning.message
    if session.warningMessages.count >= Session.warningMemoLimit { session.warningMessages.removeFirst() }
    session.warningMessages.append((warning, message))
    return message
  }

  // MARK: - Amounts

  /// A variable's value: `ans`, `_`, or one made with `let`.
  func value(of name: String, at token: Token) throws(CommandFailure) -> Quantity {
    if name == "ans" || name == "_" {
      guard let last = session.last else { throw .at(token, "no result yet for '\(Quoted.text(name))'") }
      return last
    }
    if let value = session.variables[name] { return value }
    let names = Commands.words + Array(session.variables.keys) + ["ans"]
    throw .at(
      token, "unknown name '\(Quoted.text(name))'" + Suggestion.hint(for: name, among: names, otherwise: " (see help)"))
  }

  /// The values of a list (`50k,60k,70k GBP`), each a single term in the list's currency.
  func listed(_ term: QuantityTerm) throws(CommandFailure) -> (values: [Money], period: Period?) {
    guard let list = term.list else { return try amounts(term) }
    var single = term
    single.list = nil
    let (first, period) = try amounts(single)
    return (list.map { Money($0.value, first[0].currency) }, period)
  }

  /// The amounts of a term in its currency, and its period.
  func amounts(_ term: QuantityTerm) throws(CommandFailure) -> (values: [Money], period: Period?) {
    if term.list != nil {
      throw .syntax(term.error("a list of values is for cost and compare --vs: cost 50k,60k,70k GBP --country GB"))
    }
    // A name with digits (`v1`) reads like an amount with a currency; a variable of that name wins.
    if term.variable == nil, term.first == term.last, session.variables[term.first.text] != nil {
      return try amounts(term.asVariable())
    }
    if let variable = term.variable {
      let quantity = try value(of: variable, at: term.first)
      if let text = term.currency, let token = term.currencyToken {
        let currency = try resolve(text, at: token)
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
      currency = try resolve(text, at: token)
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
  func single(_ term: QuantityTerm, what: String) throws(CommandFailure) -> (Money, Period?) {
    let (values, period) = try amounts(term)
    guard values.count == 1, let value = values.first else {
      throw .syntax(term.error("\(what) is one amount, not a range"))
    }
    return (value, period)
  }

  /// A currency by code or symbol, with the caret under the text in its token.
  func resolve(_ text: String, at token: Token) throws(CommandFailure) -> Currency {
    do {
      return try book.currencies.resolve(text, dollar: settings.dollar)
    } catch {
      let offset =
        token.text.firstRange(of: text).map { token.text.distance(from: token.text.startIndex, to: $0.lowerBound) } ?? 0
      throw .syntax(SyntaxError(error.message, position: token.position + offset, length: text.count))
    }
  }

  // MARK: - Calendar, year, country

  /// The year for calendars and rules: the one set, else the library's default for the country.
  func year(_ settings: Settings) -> Int { settings.year ?? book.defaultYear(country: settings.country, today: today) }

  /// The year for the command's settings.
  var year: Int { year(settings) }

  /// The first month of pay: the one set, else the month after today.
  var start: PayMonth { settings.start ?? PayMonth(today).adding(months: 1) }

  /// The working calendar for settings and a country.
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

  /// The country the settings name, or an error saying the command needs one.
  func country(for what: String, token: Token?) throws(CommandFailure) -> String {
    guard let country = settings.country else {
      let message = "\(what) needs a country for its rules: add --country GB (or set country GB)"
      if let token { throw .at(token, message) }
      throw .calculation(message)
    }
    return country
  }

  /// The place and year a result is for.
  func place(_ country: String?) -> Place {
    Place(country: country.flatMap { code in book.countries.first { $0.code == code } }, year: year)
  }

  /// The basis for converting between periods: a named convention, the country's calendar, or
  /// the library's standard days.
  func basis(_ settings: Settings, country: String?) throws(CommandFailure) -> PeriodBasis {
    if let name = settings.basis, let basis = PeriodBasis.convention(named: name) { return basis }
    guard let country else {
      do { return try PeriodBasis.standard(hoursPerDay: settings.hours) } catch { throw .calculation(error.message) }
    }
    let (calendar, _) = try self.calendar(settings, country: country)
    return try Context.calculating { () throws(CalculationError) in
      let days = try calendar.billableDays
      do throws(ArithmeticError) {
        return try .days(
          days, hoursPerDay: calendar.hoursPerDay,
          name: "\(calendar.hoursPerDay) h/day, \(days) days/yr (\(country) \(year(settings)) calendar)")
      } catch {
        throw .arithmetic(error)
      }
    }
  }

  /// A market error's message; one about a role names the roles the data has.
  func message(_ error: MarketError) -> String {
    guard case .unknownRole = error, !book.roles.isEmpty else { return error.message }
    let shown = book.roles.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
    return error.message + "; roles: " + shown + (book.roles.count > 10 ? ", … (bands lists them)" : "")
  }

  // MARK: - Exchange

  /// Exchange options: `--on DATE`, `--exact-date`, today.
  var exchangeOptions: ConversionOptions {
    ConversionOptions(
      date: options.date(.on), policy: options.has(.exactDate) ? .exact : .onOrBefore, today: today)
  }

  /// An exchange error with its caret under the part of the line that caused it (the amount's
  /// currency when that is the one without rates, else the target), and a hint where the data
  /// simply does not reach.
  func exchangeFailure(_ error: ExchangeError, target: Token, from source: (Currency, Token)? = nil)
    -> CommandFailure
  {
    var message = error.message
    var token = target
    if let (currency, sourceToken) = source, error.currency == currency.code { token = sourceToken }
    if case .noObservation(_, let source, _, let after, let exact) = error {
      // Advice to add the full history, unless it is loaded (it starts on the ECB's first day).
      if !exact, let after, let first = Day(year: 1999, month: 1, day: 4), after > first, source.name == "ECB" {
        message += "; add the ECB's full history (eurofxref-hist.csv) with --rates"
      }
      if let date = options.entry(.on)?.valueToken { token = date }
    }
    return .failed(message, position: token.position, length: token.length)
  }

  // MARK: - Options that would change nothing

  /// Refuses the first of `options` given on the line when `condition` does not hold: such an
  /// option would change nothing, and is an error rather than silently ignored.
  func refuse(_ options: [OptionSpec], unless condition: Bool, _ reason: String) throws(CommandFailure) {
    guard !condition else { return }
    let names = Set(options.map(\.name))
    if let entry = self.options.entries.first(where: { names.contains($0.spec.name) }) {
      throw .at(entry.token, "--\(entry.spec.name) \(reason)")
    }
  }

  // MARK: - Calculating

  /// Runs library arithmetic, turning its error into the failure the user sees.
  static func calculating<Value>(_ body: () throws(CalculationError) -> Value) throws(CommandFailure) -> Value {
    do { return try body() } catch { throw .calculation(error.message) }
  }
}
