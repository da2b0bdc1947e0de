import RateCalc

/// The most common line, `convert 500 GBP to USD` (or `500 GBP to USD`), read straight from its
/// bytes into the command ``Parser`` would make of it, without tokens, option tables or the
/// command search: a batch of conversions spends a quarter of its time parsing otherwise.
///
/// Only the plainest form is read here: ASCII, single-space-or-more gaps, an optional
/// `convert`, an amount of digits with an optional decimal point, a three-letter currency,
/// `to` or `in`, and one three-letter currency. Any other line, or anything unusual about this
/// one, is `nil`, and the parser reads it. A test compares the two on generated lines.
enum QuickConversion {
  /// The longest line read here; a longer line is left to the parser.
  static let maximumLength = 80

  /// The command the parser would make of `line`, or `nil` when the line is not a plain
  /// conversion.
  static func parse(_ line: String) -> ParsedCommand? {
    guard line.utf8.count <= maximumLength else { return nil }
    let bytes = Array(line.utf8)
    var words: [(start: Int, end: Int)] = []
    words.reserveCapacity(6)
    var index = 0
    while index < bytes.count, words.count < 6 {
      guard bytes[index] != UInt8(ascii: " ") else {
        index += 1
        continue
      }
      let start = index
      while index < bytes.count && bytes[index] != UInt8(ascii: " ") { index += 1 }
      words.append((start, index))
    }
    guard index == bytes.count, words.first?.start == 0 else { return nil }
    func text(_ word: (start: Int, end: Int)) -> String {
      String(decoding: bytes[word.start..<word.end], as: UTF8.self)
    }
    /// Whether a word is `lower` in any case (`lower` is ASCII letters in lower case).
    func word(_ word: (start: Int, end: Int), is lower: StaticString) -> Bool {
      word.end - word.start == lower.utf8CodeUnitCount
        && (0..<lower.utf8CodeUnitCount).allSatisfy { bytes[word.start + $0] | 0x20 == lower.utf8Start[$0] }
    }
    if words.count == 5 {
      guard word(words[0], is: "convert") else { return nil }
      words.removeFirst()
    }
    guard words.count == 4 else { return nil }
    let (amount, from, conversionWord, to) = (words[0], words[1], words[2], words[3])
    guard isNumber(bytes[amount.start..<amount.end]), isCode(bytes[from.start..<from.end]),
      isCode(bytes[to.start..<to.end]), word(conversionWord, is: "to") || word(conversionWord, is: "in")
    else { return nil }
    let fromText = text(from)
    let toText = text(to)
    // `500 day in GBP` is a duration, and `500 GBP to day` a period: the parser's to read.
    guard Period(word: fromText) == nil, Period(word: toText) == nil else { return nil }
    let amountText = text(amount)
    guard case .single(let written)? = try? AmountParser.parse(amountText), written.currencyText == nil else {
      return nil
    }
    func token(_ word: (start: Int, end: Int), _ text: String) -> Token {
      Token(text: text, position: word.start + 1, length: word.end - word.start, quoted: false)
    }
    let currencyToken = token(from, fromText)
    let term = QuantityTerm(
      written: .single(written), variable: nil, currency: fromText, currencyToken: currencyToken, period: nil,
      first: token(amount, amountText), last: currencyToken)
    let target = TargetTerm(currency: toText, period: nil, token: token(to, toText))
    return ParsedCommand(command: ConvertCommand(amount: term, targets: [target]), options: ParsedOptions(), line: line)
  }

  /// Digits with at most one decimal point between them: `500`, `55000.50`. A group of three
  /// after a space (`55 000`) is a different word here and fails ``isCode(_:)``.
  private static func isNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last, first &- UInt8(ascii: "0") < 10,
      last &- UInt8(ascii: "0") < 10
    else { return false }
    var points = 0
    for byte in bytes where byte &- UInt8(ascii: "0") >= 10 {
      guard byte == UInt8(ascii: "."), points == 0 else { return false }
      points += 1
    }
    return true
  }

  /// Three ASCII letters, in any case.
  private static func isCode(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.count == 3 && bytes.allSatisfy { ($0 | 0x20) &- UInt8(ascii: "a") < 26 }
  }
}
