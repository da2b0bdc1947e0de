import RateCalc

/// An amount (or range) as written in a command, before currencies are resolved.
struct QuantityTerm {
  /// The amount or range, or `nil` when the term is a variable.
  let written: WrittenQuantity?
  /// A variable name (`ans`, `_`, or one made with `let`).
  let variable: String?
  /// The currency text (`GBP`, `£`), if written.
  let currency: String?
  /// Where the currency text is, for errors.
  let currencyToken: Token?
  /// The period (`/day`), if written.
  let period: Period?
  /// The first token the term spans.
  let first: Token
  /// The last token the term spans.
  let last: Token
  /// A list of values (`50k,60k,70k`), for the commands that take one: `written` is then its first.
  var list: [WrittenAmount]? = nil

  /// The most values a list may have.
  static let maximumList = 50

  /// An error under the whole term.
  func error(_ message: String) -> SyntaxError {
    SyntaxError(message, position: first.position, length: last.position + last.length - first.position)
  }

  /// The same term read as a variable (a name with digits, such as `v1`, reads like an amount).
  func asVariable() -> QuantityTerm {
    QuantityTerm(
      written: nil, variable: first.text, currency: nil, currencyToken: nil, period: period, first: first, last: last)
  }
}

/// A target of a conversion: a currency and/or a period (`GBP/hour`, `USD`, `/day`).
struct TargetTerm {
  /// The currency text, if written.
  let currency: String?
  /// The period, if written.
  let period: Period?
  /// Where it is, for errors.
  let token: Token
}

/// A word split at its `/`: `GBP/day` is `GBP` and the period day.
struct PeriodSuffix {
  /// The text before the slash (all of it when there is none).
  let head: String
  /// The period after the slash, if there is a slash.
  let period: Period?

  /// Splits a token's text; an unknown period is an error under the part after the slash.
  init(_ token: Token) throws(SyntaxError) {
    let text = token.text
    // A byte search: `/` is ASCII, so its index is also a character boundary.
    guard let slash = text.utf8.firstIndex(of: UInt8(ascii: "/")) else {
      head = text
      period = nil
      return
    }
    let periodText = text[text.index(after: slash)...]
    guard let parsed = Period(word: periodText) else {
      throw SyntaxError(
        "unknown period '\(Quoted.text(periodText))' (hour, day, week, month, year)",
        position: token.position + text.distance(from: text.startIndex, to: slash) + 1, length: periodText.count)
    }
    head = String(text[..<slash])
    period = parsed
  }
}
