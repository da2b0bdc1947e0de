import RateCalc

/// The kind of value an option or setting takes. The parser reads a value by its kind, once,
/// keeping the token for carets; completion offers words by kind.
enum ValueKind: Sendable {
  /// No value: `--json`.
  case flag
  /// A plain non-negative number: `7.5`, `25`, `5k`.
  case number
  /// A share, with `%`: `80%`.
  case share
  /// A date, `YYYY-MM-DD`.
  case date
  /// A month, `YYYY-MM`.
  case month
  /// A year, `2025`.
  case year
  /// A period: hour, day, week, month or year.
  case period
  /// An amount with an optional currency and period: `450 GBP/day` (a following currency word
  /// is part of it).
  case money
  /// A currency code or symbol, checked against the currency table when the command runs.
  case currency
  /// Currencies separated by commas: `USD,EUR`.
  case currencies
  /// A country code or name, checked against the country profiles when the command runs.
  case country
  /// One of fixed words; each written form maps to the value it stands for.
  case choice([(written: String, value: String)])
  /// Free text: a name, a path, a region code.
  case text
  /// A file path that may be left out (`--csv` alone is standard output): the next word is the
  /// path only when it ends in `suffix` or is `-`.
  case optionalPath(suffix: String)

  /// The words a choice accepts, for completion.
  var words: [String] {
    if case .choice(let choices) = self { return choices.map(\.written) }
    return []
  }
}

extension ValueKind {
  /// Reads a value of this kind from its tokens (one, or two for an amount and its currency);
  /// `token` spans them all. `invalid` is the message for a malformed value.
  func read(_ tokens: [Token], spanning token: Token, line: String, invalid: String) throws(SyntaxError)
    -> OptionValue
  {
    let text = token.text
    switch self {
    case .flag: return .flag
    case .number: return .number(try ValueKind.number(token))
    case .share: return .number(try ValueKind.share(token))
    case .date:
      guard let day = Day(parsing: text) else { throw token.error(invalid) }
      return .date(day)
    case .month:
      guard let month = PayMonth(parsing: text) else { throw token.error(invalid) }
      return .month(month)
    case .year:
      guard let year = Int(text) else { throw token.error(invalid) }
      return .year(year)
    case .period:
      guard let period = Period(word: text) else { throw token.error(invalid) }
      return .period(period)
    case .money:
      return .money(try ValueKind.money(tokens, spanning: token, line: line, invalid: invalid))
    case .choice(let choices):
      guard let chosen = choices.first(where: { $0.written == text.lowercased() }) else { throw token.error(invalid) }
      return .text(chosen.value)
    case .currencies:
      return .list(text.split(separator: ",").map(String.init))
    case .optionalPath:
      return tokens.isEmpty ? .flag : .text(text)
    case .country:
      let names = tokens.flatMap { $0.text.split(separator: ",").map(String.init) }
      return names.count > 1 ? .list(names) : .text(text)
    case .currency, .text:
      return .text(text)
    }
  }

  /// A plain non-negative number (`7.5`, `25`, `5k`), or a percentage when allowed.
  static func number(_ token: Token, percent: Bool = false) throws(SyntaxError) -> Amount {
    var text = token.text
    var isPercent = false
    if text.hasSuffix("%") {
      guard percent else { throw token.error("a number is expected here, not a percentage") }
      text.removeLast()
      isPercent = true
    }
    let quantity: WrittenQuantity
    do { quantity = try AmountParser.parse(text) } catch { throw error.shifted(by: token.position - 1) }
    guard case .single(let written) = quantity, written.currencyText == nil else {
      throw token.error("a single number is expected here")
    }
    guard !written.value.isNegative else { throw token.error("a negative number is not allowed here") }
    guard isPercent else { return written.value }
    do { return try written.value.divided(by: Amount(100)) } catch { throw token.error(error.message) }
  }

  /// A share, written with `%`: `80%`, `0.5%`. A bare number could mean either `0.5` or `0.5%`,
  /// so it is an error that shows both ways of writing it.
  static func share(_ token: Token) throws(SyntaxError) -> Amount {
    guard token.text.hasSuffix("%") else {
      let value = try number(token)
      let text = token.text
      guard value <= .one else { throw token.error("write a share with %: \(text)%") }
      throw token.error("write a share with %: \(Render.percent(value, places: 18)) (or \(text)% if you meant that)")
    }
    let fraction = try number(token, percent: true)
    guard fraction <= .one else { throw token.error("a share is at most 100%") }
    return fraction
  }

  /// An amount option's value (`450 GBP/day`): an amount and the currency word after it.
  static func money(_ tokens: [Token], spanning token: Token, line: String, invalid: String) throws(SyntaxError)
    -> QuantityTerm
  {
    var words = Words(tokens, line: line)
    let term = try words.quantity()
    if let variable = term.variable, Commands.isCommandWord(variable) { throw token.error(invalid) }
    guard words.atEnd else { throw words.errorHere("unexpected '\(Quoted.text(words.current?.text ?? ""))'") }
    var spanning = QuantityTerm(
      written: term.written, variable: term.variable, currency: term.currency, currencyToken: term.currencyToken,
      period: term.period, first: token, last: token)
    spanning.list = term.list
    return spanning
  }
}
