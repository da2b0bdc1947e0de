import RateCalc

/// The inputs a user can set for the session (`set country DE`) or for one command
/// (`--country DE`). Unset ones fall back to the country profile or ratecalc's defaults.
struct Settings {
  var currency: Currency?
  var country: String?
  var region: String?
  var year: Int?
  var hours: Amount?
  var leave: Amount?
  var holidays: Amount?
  var sick: Amount?
  var training: Amount?
  var utilisation: Amount?
  var weekdays260 = false
  var basis: String?
  var dollar: CurrencyCode?
  var expenses: Amount?
  var benefits: Amount?
  var overhead: Amount?
  var margin: Amount?
  var markup: Amount?
  var fee: Amount?
  var roundTo: Amount?
  var recruiting: Amount?
  var tenure: Amount?
  var agency: Amount?
  var rampUp: Amount?
  var notice: Amount?
  var noticePaid = false
  var start: PayMonth?
  var staff: Int?
  var payroll: Amount?
  var state: String?
  var nationality: EmployerSituation.Nationality?
  var round: RoundingMode = .standard

  /// The employer situation these settings describe (ratecalc's defaults for what is unset).
  var situation: EmployerSituation {
    EmployerSituation(
      staff: staff ?? EmployerSituation.defaultStaff, payroll: payroll, state: state,
      nationality: nationality ?? .expatriate)
  }

  /// Sets one value from its text; the error points into the value token.
  mutating func set(_ name: String, _ value: Token, book: RateBook) throws(CommandFailure) {
    let text = value.text
    func number(_ allowPercent: Bool = false) throws(CommandFailure) -> Amount {
      try Settings.number(value, percent: allowPercent)
    }
    switch name {
    case "currency":
      do { currency = try book.currencies.resolve(text, dollar: dollar) } catch { throw .at(value, error.message) }
    case "country":
      if text.lowercased() == "none" {
        country = nil
        return
      }
      do { country = try book.country(text) } catch { throw .at(value, error.message) }
    case "region": region = text.uppercased()
    case "year":
      guard let parsed = Int(text), (1999...2100).contains(parsed) else {
        throw .at(value, "a year is written like 2025")
      }
      year = parsed
    case "hours":
      let token = value
      let value = try number()
      guard value > .zero, value <= Amount(24) else {
        throw .at(token, "hours per day must be above 0 and at most 24")
      }
      hours = value
    case "leave": leave = try Settings.days(value, "leave")
    case "holidays": holidays = try Settings.days(value, "holidays")
    case "sick": sick = try Settings.days(value, "sick days")
    case "training": training = try Settings.days(value, "training days")
    case "utilisation", "utilization":
      let share = try Settings.fraction(value)
      guard share > .zero else { throw .at(value, "utilisation must be above 0% and at most 100%") }
      utilisation = share
    case "weekdays":
      switch text.lowercased() {
      case "260", "convention": weekdays260 = true
      case "actual", "real": weekdays260 = false
      default: throw .at(value, "weekdays is 260 (52 × 5) or actual")
      }
    case "basis":
      guard PeriodBasis.convention(named: text) != nil || text.lowercased() == "calendar" else {
        throw .at(value, "a basis is calendar, \(PeriodBasis.conventionNames.joined(separator: ", "))")
      }
      basis = text.lowercased() == "calendar" ? nil : text
    case "dollar":
      do {
        let resolved = try book.currencies.currency(code: text)
        dollar = resolved.code
      } catch {
        throw .at(value, error.message)
      }
    case "expenses": expenses = try number()
    case "benefits": benefits = try number()
    case "overhead": overhead = try number()
    case "margin":
      margin = try Settings.fraction(value)
      markup = nil
    case "markup":
      markup = try Settings.fraction(value)
      margin = nil
    case "fee": fee = try Settings.fraction(value)
    case "round-to": roundTo = try number()
    case "recruiting": recruiting = try Settings.fraction(value)
    case "tenure": tenure = try number()
    case "agency": agency = try Settings.fraction(value)
    case "ramp-up": rampUp = try number()
    case "notice": notice = try number()
    case "notice-pay":
      switch text.lowercased() {
      case "paid", "in-lieu": noticePaid = true
      case "worked": noticePaid = false
      default: throw .at(value, "notice is worked or paid")
      }
    case "start":
      guard let month = PayMonth(parsing: text) else { throw .at(value, "a start month is written like 2026-05") }
      start = month
    case "staff":
      let count = try number()
      guard count >= .one, count <= Amount(10_000_000), count.rounded(places: 0, mode: .halfUp) == count else {
        throw .at(value, "staff is a whole number from 1")
      }
      staff = Int(count.integerPart)
    case "payroll": payroll = try number()
    case "state":
      guard text.count == 2, text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
        throw .at(value, "a state is a two-letter code such as CA")
      }
      state = text.uppercased()
    case "nationality":
      guard let parsed = EmployerSituation.Nationality(rawValue: text.lowercased()) else {
        throw .at(value, "nationality is expatriate or national")
      }
      nationality = parsed
    case "round":
      guard let mode = RoundingMode(rawValue: text.lowercased()) else {
        throw .at(value, "rounding is half-up or half-even")
      }
      round = mode
    default:
      let suggestions = EditDistance.suggestions(for: name, among: Options.settingNames, maximum: 2, limit: 1)
      throw .at(
        value, "unknown setting '\(Quoted.text(name))'" + (suggestions.first.map { " (did you mean \($0)?)" } ?? ""))
    }
  }

  /// Clears a setting.
  mutating func unset(_ name: String) -> Bool {
    let fresh = Settings()
    switch name {
    case "currency": currency = nil
    case "country": country = nil
    case "region": region = nil
    case "year": year = nil
    case "hours": hours = nil
    case "leave": leave = nil
    case "holidays": holidays = nil
    case "sick": sick = nil
    case "training": training = nil
    case "utilisation", "utilization": utilisation = nil
    case "weekdays": weekdays260 = false
    case "basis": basis = nil
    case "dollar": dollar = nil
    case "expenses": expenses = nil
    case "benefits": benefits = nil
    case "overhead": overhead = nil
    case "margin", "markup":
      margin = nil
      markup = nil
    case "fee": fee = nil
    case "round-to": roundTo = nil
    case "recruiting": recruiting = nil
    case "tenure": tenure = nil
    case "agency": agency = nil
    case "ramp-up": rampUp = nil
    case "notice": notice = nil
    case "notice-pay": noticePaid = false
    case "start": start = nil
    case "staff": staff = nil
    case "payroll": payroll = nil
    case "state": state = nil
    case "nationality": nationality = nil
    case "round": round = fresh.round
    default: return false
    }
    return true
  }

  /// Each setting's value as text, `nil` when unset (for `settings`).
  var listing: [(name: String, value: String?)] {
    func percent(_ value: Amount?) -> String? { value.map { Render.percent($0) } }
    return [
      ("currency", currency?.code.description), ("country", country), ("region", region),
      ("year", year.map(String.init)), ("hours", hours?.description), ("leave", leave?.description),
      ("holidays", holidays?.description), ("sick", sick?.description), ("training", training?.description),
      ("utilisation", percent(utilisation)), ("weekdays", weekdays260 ? "260" : nil), ("basis", basis),
      ("dollar", dollar?.description), ("expenses", expenses?.description), ("benefits", benefits?.description),
      ("overhead", overhead?.description), ("margin", percent(margin)), ("markup", percent(markup)),
      ("fee", percent(fee)), ("round-to", roundTo?.description), ("recruiting", percent(recruiting)),
      ("tenure", tenure?.description), ("agency", percent(agency)), ("ramp-up", rampUp?.description),
      ("notice", notice?.description), ("notice-pay", noticePaid ? "paid" : nil), ("start", start?.description),
      ("staff", staff.map(String.init)), ("payroll", payroll?.description), ("state", state),
      ("nationality", nationality?.rawValue), ("round", round.rawValue),
    ]
  }

  /// A count of days in a year: 0 to 366.
  static func days(_ token: Token, _ what: String) throws(CommandFailure) -> Amount {
    let value = try number(token)
    guard value <= WorkingCalendar.maximumDays else { throw .at(token, "\(what) must be from 0 to 366 days") }
    return value
  }

  /// A plain non-negative number (`7.5`, `25`, `5k`), or a percentage when allowed.
  static func number(_ token: Token, percent: Bool = false) throws(CommandFailure) -> Amount {
    var text = token.text
    var isPercent = false
    if text.hasSuffix("%") {
      guard percent else { throw .at(token, "a number is expected here, not a percentage") }
      text.removeLast()
      isPercent = true
    }
    let quantity: WrittenQuantity
    do { quantity = try AmountParser.parse(text) } catch { throw .syntax(error.shifted(by: token.position - 1)) }
    guard case .single(let written) = quantity, written.currencyText == nil else {
      throw .at(token, "a single number is expected here")
    }
    guard !written.value.isNegative else { throw .at(token, "a negative number is not allowed here") }
    if isPercent {
      do { return try written.value.divided(by: Amount(100)) } catch { throw .at(token, error.message) }
    }
    return written.value
  }

  /// A share: `80%` or `0.8`.
  static func fraction(_ token: Token) throws(CommandFailure) -> Amount {
    let value = try number(token, percent: true)
    let fraction: Amount
    if token.text.hasSuffix("%") {
      fraction = value
    } else if value > .one {
      // `80` written without the sign means 80%.
      fraction = (try? value.divided(by: Amount(100))) ?? value
    } else {
      fraction = value
    }
    guard fraction <= .one else { throw .at(token, "a share is at most 100%") }
    return fraction
  }
}

/// Why a command failed: a usage mistake (exit 2 for one-shot runs) or a calculation that cannot
/// be done (exit 1), with where in the line, when known.
enum CommandFailure: Error {
  /// A mistake in the text at a known place.
  case syntax(SyntaxError)
  /// A calculation problem, optionally pointing at a token.
  case failed(String, position: Int?, length: Int)

  /// An error pointing at a token.
  static func at(_ token: Token, _ message: String) -> CommandFailure {
    .syntax(SyntaxError(message, position: token.position, length: token.length))
  }

  /// A calculation error with no particular place.
  static func calculation(_ message: String) -> CommandFailure { .failed(message, position: nil, length: 1) }

  var message: String {
    switch self {
    case .syntax(let error): error.message
    case .failed(let message, _, _): message
    }
  }

  /// Whether it is a usage mistake rather than a calculation failure.
  var isUsage: Bool {
    if case .syntax = self { return true }
    return false
  }
}
