import RateCalc

/// The words of a command line after its name, read left to right by the command's `parse`.
/// It knows the shapes shared by several commands (an amount, conversion targets); a command's
/// own words are read in its file.
struct Words {
  private let tokens: [Token]
  private var index = 0
  /// The whole line, for errors at its end and for `let`, which parses the rest as a command.
  let line: String
  /// How something ambiguous was read (`£40-90k` as £40k–£90k), to show with the result.
  private(set) var notes: [String] = []

  /// Words over tokens of a line.
  init(_ tokens: [Token], line: String) {
    self.tokens = tokens
    self.line = line
  }

  /// The word at the cursor.
  var current: Token? { index < tokens.count ? tokens[index] : nil }

  /// The word after the cursor.
  var following: Token? { index + 1 < tokens.count ? tokens[index + 1] : nil }

  /// Whether every word has been read.
  var atEnd: Bool { index >= tokens.count }

  /// The words not read yet.
  var rest: ArraySlice<Token> { tokens[min(index, tokens.count)...] }

  /// Takes the current word.
  @discardableResult
  mutating func next() -> Token? {
    defer { index += 1 }
    return current
  }

  /// Takes the current word if it is one of `words` (case-insensitive, unquoted).
  mutating func take(_ words: Set<String>) -> Token? {
    guard let word = current, !word.quoted, words.contains(word.text.lowercased()) else { return nil }
    return next()
  }

  /// Skips every word left.
  mutating func skipRest() { index = tokens.count }

  /// An error just past the end of the line.
  func errorAtEnd(_ message: String) -> SyntaxError { SyntaxError(message, position: line.count + 1) }

  /// An error under the current word, or past the end when there is none.
  func errorHere(_ message: String) -> SyntaxError {
    SyntaxError(message, position: current?.position ?? line.count + 1, length: current?.length ?? 1)
  }

  /// `55000`, `£55k`, `40k-90k`, `550 EUR/day`, `450 GBP per day`, `ans`.
  mutating func quantity() throws(SyntaxError) -> QuantityTerm {
    guard var first = current else { throw errorAtEnd("expected an amount, such as 55000 GBP or £55k") }
    // `40k - 90k`: a range written with spaces around its dash is one amount.
    if let dash = following, dash.text.utf8.count <= 3, ["-", "–", "—"].contains(dash.text), index + 2 < tokens.count,
      let head = tokens[index + 2].text.first, head.isASCII && head.isNumber || head.isCurrencySymbol
    {
      let high = tokens[index + 2]
      first = Token(
        text: first.text + "-" + high.text, position: first.position,
        length: high.position + high.length - first.position, quoted: false)
      index += 2
    }
    let split = try PeriodSuffix(first)
    var period = split.period
    var written: WrittenQuantity? = nil
    var variable: String? = nil
    var list: [WrittenAmount]? = nil
    if Words.isVariableName(split.head) && !Words.isAmount(split.head) {
      variable = split.head
    } else {
      let whole: Result<WrittenQuantity, SyntaxError> = Result { () throws(SyntaxError) in
        try AmountParser.parse(split.head)
      }
      list = Words.list(split.head)
      if list == nil || (try? whole.get()) != nil {
        do { written = try whole.get() } catch { throw error.shifted(by: first.position - 1) }
      }
      if case .range(let low, let high)? = written, low.sharesMultiplier, let multiplier = high.multiplier {
        let ends = [low.value, high.value].map { value in
          (AmountParser.factor(multiplier).flatMap { try? value.divided(by: $0) }?.description ?? "?") + multiplier
        }
        notes.append(
          "'\(Quoted.text(split.head))' is read as \(ends[0]) to \(ends[1]): the \(multiplier) applies to both ends")
      }
    }
    index += 1
    var last = first
    var currency: String? = written?.amounts.first?.currencyText
    var currencyToken: Token? = currency == nil ? nil : first
    // A currency after the amount: `55000 GBP`, `550 EUR/day`; or a word of letters before a
    // conversion word (`100 euros to USD`), which the currency table then answers for
    // (`'euros' is not a currency code: write EUR …`).
    if let next = current, !next.quoted,
      Words.looksLikeCurrency(next.text) || Words.isCurrencyWord(next, before: following)
    {
      let word = try PeriodSuffix(next)
      if let suffix = word.period { period = suffix }
      if let already = currency, already != word.head {
        throw next.error("two currencies for one amount: '\(Quoted.text(already))' and '\(Quoted.text(word.head))'")
      }
      currency = word.head
      currencyToken = next
      last = next
      index += 1
    }
    // `per day`, `a day`.
    if let word = current, word.text.utf8.count <= 3, ["per", "a"].contains(word.text.lowercased()),
      let after = following,
      let parsed = Period(word: after.text)
    {
      period = parsed
      last = after
      index += 2
    }
    // `50k,60k,70k` is a list; `400,450,500 GBP/day` too, though it could be one number grouped
    // in thousands: a rate per day or hour of hundreds of millions is not what anyone means, and
    // the note says how to write the one number.
    if let values = list {
      // A rate per day or hour of 100,000 or more, grouped without a leading-zero group: a list.
      let implausible =
        (period == .day || period == .hour) && (written?.amounts.first.map { $0.value >= Amount(100_000) } ?? false)
        && !split.head.split(separator: ",").dropFirst().contains { $0.hasPrefix("0") }
      if written == nil || implausible {
        if written != nil {
          notes.append(
            "'\(Quoted.text(split.head))' is read as \(values.count) values: \(values.map(\.value.description).joined(separator: ", ")) (write \(split.head.filter { $0 != "," }) for one number)"
          )
        }
        written = .single(values[0])
        var term = QuantityTerm(
          written: written, variable: variable, currency: currency ?? values[0].currencyText,
          currencyToken: currencyToken, period: period, first: first, last: last)
        term.list = values
        return term
      }
    }
    return QuantityTerm(
      written: written, variable: variable, currency: currency, currencyToken: currencyToken, period: period,
      first: first, last: last)
  }

  /// `50k,60k,70k`: the values of a comma-separated list, when there are two or more and each
  /// is one amount; `nil` otherwise.
  static func list(_ text: String) -> [WrittenAmount]? {
    guard text.utf8.contains(UInt8(ascii: ",")) else { return nil }
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    guard parts.count >= 2, parts.count <= QuantityTerm.maximumList else { return nil }
    var values: [WrittenAmount] = []
    for part in parts {
      guard case .single(let value)? = try? AmountParser.parse(String(part)) else { return nil }
      values.append(value)
    }
    return values
  }

  /// `to USD EUR`, `in GBP/hour`: the targets after a conversion word, or none if there is no
  /// such word.
  mutating func conversionTargets() throws(SyntaxError) -> [TargetTerm]? {
    // Every conversion word is two bytes long: a longer word needs no look-up.
    guard current?.text.utf8.count == 2, let word = take(Words.conversionWords) else { return nil }
    var targets: [TargetTerm] = []
    while let token = current {
      index += 1
      // `and` joins two targets (`in € and $`), as commas list them (`in EUR, USD`, `EUR,USD`).
      if !token.quoted, token.text.lowercased() == "and", !targets.isEmpty, current != nil { continue }
      for part in Words.listed(token) {
        guard let target = Words.target(part) else {
          throw part.error("expected a currency or period, such as USD or GBP/hour")
        }
        targets.append(target)
      }
    }
    guard !targets.isEmpty else { throw word.error("'\(Quoted.text(word.text))' needs a currency or period after it") }
    return targets
  }

  /// The words of a token listed with commas (`EUR,USD`, `EUR,`), each with its own place in
  /// the line; a token without a comma, or quoted, is one word. Empty places are passed over.
  static func listed(_ token: Token) -> [Token] {
    guard !token.quoted, token.text.utf8.contains(UInt8(ascii: ",")) else { return [token] }
    var parts: [Token] = []
    var offset = 0
    for piece in token.text.split(separator: ",", omittingEmptySubsequences: false) {
      if !piece.isEmpty {
        parts.append(Token(text: String(piece), position: token.position + offset, length: piece.count, quoted: false))
      }
      offset += piece.count + 1
    }
    return parts
  }

  /// `USD`, `GBP/hour`, `/day`, `hour`.
  static func target(_ token: Token) -> TargetTerm? {
    guard let split = try? PeriodSuffix(token) else { return nil }
    if split.period == nil, let period = Period(word: split.head), split.head.count > 2 {
      return TargetTerm(currency: nil, period: period, token: token)
    }
    if split.head.isEmpty {
      return split.period == nil ? nil : TargetTerm(currency: nil, period: split.period, token: token)
    }
    return TargetTerm(currency: split.head, period: split.period, token: token)
  }

  /// The words that start conversion targets. Each is two bytes long (``conversionTargets()``
  /// skips longer words without a look-up).
  static let conversionWords: Set<String> = ["to", "in", "as", "->"]

  /// Currency symbols made of letters, read as a currency after an amount (`100 R` is rand).
  static let letterSymbols: Set<String> = ["R", "kr", "Fr", "Rs", "RM", "Rp", "zł", "Kč", "Ft"]

  /// Whether a word of letters, not a period, stands where a currency would, before `to` or `in`.
  static func isCurrencyWord(_ word: Token, before next: Token?) -> Bool {
    guard let next, !next.quoted, conversionWords.contains(next.text.lowercased()) else { return false }
    return word.text.count <= 40 && word.text.allSatisfy(\.isLetter) && Period(word: word.text) == nil
  }

  /// Whether a word reads as a currency code or symbol (checked against the table later).
  static func looksLikeCurrency(_ text: String) -> Bool {
    // Three ASCII letters, alone or before `/`: the usual case, read as bytes.
    let bytes = text.utf8
    if bytes.count >= 3, bytes.prefix(3).allSatisfy({ ($0 | 0x20) &- UInt8(ascii: "a") < 26 }),
      bytes.count == 3 || bytes.dropFirst(3).first == UInt8(ascii: "/")
    {
      return true
    }
    let head = text.split(separator: "/", maxSplits: 1).first.map(String.init) ?? text
    if head.count == 3 && head.allSatisfy({ $0.isLetter && $0.isASCII }) { return true }
    if letterSymbols.contains(head) { return true }
    return !head.isEmpty && head.count <= 4 && head.contains { $0.isCurrencySymbol }
  }

  /// A name `let` can define.
  static func isVariableName(_ text: String) -> Bool {
    // ASCII first, as almost every word is: letters, digits and `_`, not starting with a digit.
    if let ascii = text.utf8.withContiguousStorageIfAvailable({ isASCIIVariableName($0) }), let ascii { return ascii }
    guard let first = text.first, first.isLetter || first == "_" else { return false }
    return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
  }

  /// Whether ASCII bytes make a name (`nil` when a byte is not ASCII: the caller asks by characters).
  private static func isASCIIVariableName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard let first = bytes.first else { return false }
    func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
    guard isLetter(first) || first == UInt8(ascii: "_") || first >= 0x80 else { return false }
    for byte in bytes {
      if byte >= 0x80 { return nil }
      guard isLetter(byte) || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "_") else { return false }
    }
    return true
  }

  /// Whether a word is an amount (`R450k` is; `rate` is not).
  static func isAmount(_ text: String) -> Bool {
    do {
      _ = try AmountParser.parse(text)
      return true
    } catch {
      return false
    }
  }
}
