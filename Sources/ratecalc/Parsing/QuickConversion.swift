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
    return line.utf8.withContiguousStorageIfAvailable { read($0, line: line) } ?? nil
  }

  /// A word's bytes: `start..<end`.
  private typealias Word = (start: Int, end: Int)

  /// Reads the line's bytes; the words are found in a buffer on the stack, with nothing allocated.
  private static func read(_ bytes: UnsafeBufferPointer<UInt8>, line: String) -> ParsedCommand? {
    withUnsafeTemporaryAllocation(of: Word.self, capacity: 6) { found -> ParsedCommand? in
      var count = 0
      var index = 0
      while index < bytes.count, count < 6 {
        guard bytes[index] != UInt8(ascii: " ") else {
          index += 1
          continue
        }
        let start = index
        while index < bytes.count && bytes[index] != UInt8(ascii: " ") { index += 1 }
        found[count] = (start, index)
        count += 1
      }
      guard index == bytes.count, count == 4 || count == 5, found[0].start == 0 else { return nil }
      let first = count == 5 ? 1 : 0
      if count == 5 && !word(found[0], in: bytes, is: "convert") { return nil }
      return conversion(
        amount: found[first], from: found[first + 1], word: found[first + 2], to: found[first + 3], in: bytes,
        line: line)
    }
  }

  /// Whether a word is `lower` in any case (`lower` is ASCII letters in lower case).
  private static func word(_ word: Word, in bytes: UnsafeBufferPointer<UInt8>, is lower: StaticString) -> Bool {
    word.end - word.start == lower.utf8CodeUnitCount
      && (0..<lower.utf8CodeUnitCount).allSatisfy { bytes[word.start + $0] | 0x20 == lower.utf8Start[$0] }
  }

  /// The command of `AMOUNT CUR to CUR`, when each word is what it should be.
  private static func conversion(
    amount: Word, from: Word, word conversionWord: Word, to: Word, in bytes: UnsafeBufferPointer<UInt8>, line: String
  ) -> ParsedCommand? {
    func text(_ word: Word) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self)
    }
    func slice(_ word: Word) -> Slice<UnsafeBufferPointer<UInt8>> { bytes[word.start..<word.end] }
    guard isNumber(slice(amount)), isCode(slice(from)), isCode(slice(to)),
      word(conversionWord, in: bytes, is: "to") || word(conversionWord, in: bytes, is: "in")
    else { return nil }
    let fromText = text(from)
    let toText = text(to)
    // `500 day in GBP` is a duration, and `500 GBP to day` a period: the parser's to read.
    guard Period(word: fromText) == nil, Period(word: toText) == nil else { return nil }
    let amountText = text(amount)
    guard case .single(let written)? = try? AmountParser.parse(amountText), written.currencyText == nil else {
      return nil
    }
    func token(_ word: Word, _ text: String) -> Token {
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
  private static func isNumber(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
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
  private static func isCode(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    bytes.count == 3 && bytes.allSatisfy { ($0 | 0x20) &- UInt8(ascii: "a") < 26 }
  }
}
