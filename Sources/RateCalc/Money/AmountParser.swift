/// An amount as the user wrote it: the exact value and the currency text around it, if any.
public struct WrittenAmount: Equatable, Sendable {
  /// The exact value, multipliers applied (`55k` is 55,000).
  public let value: Amount
  /// The currency text, kept without a string for the symbols written most.
  let mark: CurrencyMark
  /// The 1-based character position of `currencyText` in the parsed text.
  public let currencyPosition: Int
  /// The multiplier written, if any.
  let scale: Multiplier?
  /// Whether the low end of a range took the high end's multiplier (`£40-90k` is £40k–£90k).
  public let sharesMultiplier: Bool

  init(value: Amount, mark: CurrencyMark, currencyPosition: Int, scale: Multiplier?, sharesMultiplier: Bool = false) {
    self.value = value
    self.mark = mark
    self.currencyPosition = currencyPosition
    self.scale = scale
    self.sharesMultiplier = sharesMultiplier
  }

  /// The currency symbol or code written with the number (`£`, `US$`, `€`), or `nil`.
  public var currencyText: String? { mark.text }

  /// The multiplier written after the number (`k`, `m`, `bn`), or `nil`.
  public var multiplier: String? { scale?.rawValue }

  /// A multiplier as written after a number, in lower case.
  enum Multiplier: String, Sendable {
    case thousand = "k"
    case million = "m"
    case billion = "bn"

    /// The factor it multiplies by.
    var factor: Amount {
      switch self {
      case .thousand: Amount(1_000)
      case .million: Amount(1_000_000)
      case .billion: Amount(1_000_000_000)
      }
    }
  }

  /// The currency text written with a number. The four symbols written most are cases of their
  /// own, so a written amount copies without counting a string's references.
  enum CurrencyMark: Equatable, Sendable {
    case none, pound, dollar, euro, yen
    case text(String)

    /// The mark for a text (the symbols become their own cases, so equal texts are equal marks).
    init(_ text: String) {
      switch text {
      case "£": self = .pound
      case "$": self = .dollar
      case "€": self = .euro
      case "¥": self = .yen
      default: self = .text(text)
      }
    }

    /// The text, or `nil` for none.
    var text: String? {
      switch self {
      case .none: nil
      case .pound: "£"
      case .dollar: "$"
      case .euro: "€"
      case .yen: "¥"
      case .text(let text): text
      }
    }
  }
}

/// One amount or a range of two, as parsed from text such as `55k` or `£40k–£90k`.
public enum WrittenQuantity: Equatable, Sendable {
  /// A single amount.
  case single(WrittenAmount)
  /// A range `low–high`.
  case range(WrittenAmount, WrittenAmount)

  /// The amounts in order: one, or low then high.
  public var amounts: [WrittenAmount] {
    switch self {
    case .single(let amount): [amount]
    case .range(let low, let high): [low, high]
    }
  }
}

/// Reads amounts as people write them, strictly.
///
/// Accepted: `55000`, `55,000`, `55000.50`, `55k`, `1.2m`, `2bn`, `£55k`, `€50,000`, `50€`,
/// `55 000`, `-12.5`, and ranges joined by `-`, `–` or `—`: `40k-90k`, `£40k–£90k`, `$33-$106`.
/// Thousands separators (`,` or a space) must separate groups of exactly three digits, so
/// `1,1476` (a decimal comma) is an error, as are `12abc` and `1..2`; each error names the
/// offending character and its position (counted in characters, from 1).
///
/// The text is read as UTF-8 bytes: digits, separators and multipliers are ASCII, and a character
/// beyond ASCII (`£`, `€`, `–`) is decoded only where one may stand, so reading `£55,000.50`
/// makes no array and looks up no Unicode property.
public struct AmountParser {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Parses the whole text as one amount or a range.
  public static func parse(_ text: String) throws(SyntaxError) -> WrittenQuantity {
    try reading(text) { (parser: inout AmountParser) throws(SyntaxError) in try parser.parseQuantity() }
  }

  /// Plain decimal text only (no separators, multipliers or currency), for data files.
  static func parsePlain(_ text: String) throws(SyntaxError) -> Amount {
    try reading(text) { (parser: inout AmountParser) throws(SyntaxError) in try parser.parsePlainNumber() }
  }

  /// Runs `body` with a parser over the text's UTF-8 bytes.
  private static func reading<Value>(
    _ text: String, _ body: (inout AmountParser) throws(SyntaxError) -> Value
  ) throws(SyntaxError) -> Value {
    var text = text
    let result = text.withUTF8 { bytes in
      var parser = AmountParser(bytes: bytes)
      return Result { () throws(SyntaxError) in try body(&parser) }
    }
    return try result.get()
  }

  // MARK: - Bytes and characters

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private func peek(_ offset: Int) -> UInt8? {
    let at = index + offset
    return at < bytes.count ? bytes[at] : nil
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

  private var atDigit: Bool { current.map(AmountParser.isDigit) ?? false }

  /// The length in bytes of a dash at `at` (`-` 1, `–` and `—` 3), or 0 when there is none.
  private func dashLength(at start: Int) -> Int {
    guard start < bytes.count else { return 0 }
    if bytes[start] == UInt8(ascii: "-") { return 1 }
    // U+2013 and U+2014 are E2 80 93 and E2 80 94.
    guard bytes[start] == 0xE2, start + 2 < bytes.count, bytes[start + 1] == 0x80 else { return 0 }
    return bytes[start + 2] == 0x93 || bytes[start + 2] == 0x94 ? 3 : 0
  }

  /// Whether the text is ASCII up to and including the byte after `at`, so that every byte
  /// there is a character (a mark that follows can join the character before it).
  private func isPlain(through at: Int) -> Bool {
    !UnsafeBufferPointer(rebasing: bytes[..<min(at + 2, bytes.count)]).contains { $0 >= 0x80 }
  }

  /// The character that holds a byte, its 1-based position in the text, and the bytes from `at`
  /// to its end.
  private func located(_ at: Int) -> (character: Character, position: Int, rest: Int) {
    if isPlain(through: at) { return (Character(Unicode.Scalar(bytes[at])), at + 1, 1) }
    var start = 0
    var number = 0
    for character in String(decoding: bytes, as: UTF8.self) {
      number += 1
      let end = start + character.utf8.count
      if at < end { return (character, number, end - at) }
      start = end
    }
    return ("\u{FFFD}", number + 1, 1)
  }

  /// The character at a byte, and the bytes from there to its end.
  private func character(at start: Int) -> (Character, Int) {
    let found = located(start)
    return (found.character, found.rest)
  }

  /// The 1-based position of the character that holds a byte (one past the last at the end).
  private func position(of at: Int) -> Int {
    if at == 0 { return 1 }  // the first byte starts the first character
    return at < bytes.count ? located(at).position : characterCount + 1 + (at - bytes.count)
  }

  /// The number of characters in the text.
  private var characterCount: Int {
    isPlain(through: bytes.count) ? bytes.count : String(decoding: bytes, as: UTF8.self).count
  }

  /// The position of the byte at the cursor.
  private var position: Int { position(of: index) }

  private static func describe(_ character: Character) -> String {
    character == " " ? "space" : "'\(character)'"
  }

  private func unexpectedHere(_ hint: String = "") -> SyntaxError {
    SyntaxError(
      "unexpected \(AmountParser.describe(character(at: index).0)) at position \(position)\(hint)",
      position: position)
  }

  /// A hint when a currency code is written against the number (`500GBP`): three capital letters
  /// at the cursor, then the end, a space or `/`.
  private var codeAgainstNumberHint: String {
    let isCapital = { (byte: UInt8) in byte &- UInt8(ascii: "A") < 26 }
    guard index + 3 <= bytes.count, (index..<index + 3).allSatisfy({ isCapital(bytes[$0]) }),
      index + 3 == bytes.count || bytes[index + 3] == UInt8(ascii: " ") || bytes[index + 3] == UInt8(ascii: "/")
    else { return "" }
    let code = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + 3]), as: UTF8.self)
    return " (a currency code is a word of its own: write a space before \(code))"
  }

  // MARK: - Grammar

  mutating func parseQuantity() throws(SyntaxError) -> WrittenQuantity {
    guard !bytes.isEmpty else { throw SyntaxError("expected an amount", position: 1) }
    let first = try parseWrittenAmount()
    skipSpaces()
    guard current != nil else { return .single(first) }
    var low = first
    let dash = dashLength(at: index)
    guard dash > 0 else { throw unexpectedHere(codeAgainstNumberHint) }
    index += dash
    skipSpaces()
    let high = try parseWrittenAmount()
    skipSpaces()
    if current != nil { throw unexpectedHere() }
    // `£40-90k`, as job ads write bands: the high end's multiplier applies to both ends when
    // the low end has none and the range stays low to high.
    if low.scale == nil, let scale = high.scale, let shared = try? low.value.multiplied(by: scale.factor),
      shared <= high.value, !low.value.isNegative
    {
      low = WrittenAmount(
        value: shared, mark: low.mark, currencyPosition: low.currencyPosition, scale: scale, sharesMultiplier: true)
    }
    if let lowText = low.currencyText, let highText = high.currencyText, lowText != highText {
      throw SyntaxError(
        "a range has one currency, not '\(Quoted.text(lowText))' and '\(Quoted.text(highText))'",
        position: high.currencyPosition, length: highText.count)
    }
    guard low.value <= high.value else {
      throw SyntaxError(
        "a range goes from low to high: \(low.value) is above \(high.value)", position: 1,
        length: characterCount)
    }
    let mark = low.mark == .none ? high.mark : low.mark
    let currencyPosition = low.mark != .none ? low.currencyPosition : high.currencyPosition
    return .range(
      WrittenAmount(
        value: low.value, mark: mark, currencyPosition: currencyPosition, scale: low.scale,
        sharesMultiplier: low.sharesMultiplier),
      WrittenAmount(value: high.value, mark: mark, currencyPosition: currencyPosition, scale: high.scale))
  }

  /// The currency text of some bytes of the input (whole characters). The symbols written most
  /// are recognised from their bytes: making a string costs more than reading `£55,000.50`.
  private static func mark(_ bytes: UnsafeBufferPointer<UInt8>) -> WrittenAmount.CurrencyMark {
    switch bytes.count {
    case 1 where bytes[0] == 0x24: .dollar
    case 2 where bytes[0] == 0xC2 && bytes[1] == 0xA3: .pound
    case 2 where bytes[0] == 0xC2 && bytes[1] == 0xA5: .yen
    case 3 where bytes[0] == 0xE2 && bytes[1] == 0x82 && bytes[2] == 0xAC: .euro
    default: .text(String(decoding: bytes, as: UTF8.self))
    }
  }

  private mutating func skipSpaces() {
    while current == UInt8(ascii: " ") { index += 1 }
  }

  private mutating func parseWrittenAmount() throws(SyntaxError) -> WrittenAmount {
    var negative = false
    if current == UInt8(ascii: "-") {
      negative = true
      index += 1
    }
    // A currency written before the number: everything up to the first digit. Every byte this
    // stops at is ASCII or starts a dash, so the prefix is whole characters.
    let prefixStart = index
    while let byte = current, !AmountParser.isDigit(byte), byte != UInt8(ascii: "."), byte != UInt8(ascii: " "),
      dashLength(at: index) == 0
    {
      index += 1
    }
    var mark =
      index > prefixStart ? AmountParser.mark(UnsafeBufferPointer(rebasing: bytes[prefixStart..<index])) : .none
    var currencyPosition = position(of: prefixStart)
    if mark != .none, current == UInt8(ascii: " ") { index += 1 }  // "£ 55k"
    if !negative, mark != .none, current == UInt8(ascii: "-") {  // "£-5"
      negative = true
      index += 1
    }
    let number = try parseNumber()
    let (value, scale) = try applyMultiplier(to: number)
    // A currency symbol written after the number: "50€".
    if mark == .none, current != nil {
      let (character, length) = character(at: index)
      if character.isCurrencySymbol {
        mark = WrittenAmount.CurrencyMark(String(character))
        currencyPosition = position
        index += length
      }
    }
    return WrittenAmount(
      value: negative ? value.negated : value, mark: mark, currencyPosition: currencyPosition, scale: scale)
  }

  /// Plain decimal text only (no separators, multipliers or currency), for data files.
  mutating func parsePlainNumber() throws(SyntaxError) -> Amount {
    var negative = false
    if current == UInt8(ascii: "-") {
      negative = true
      index += 1
    }
    let value = try parseNumber(allowGrouping: false)
    if current != nil { throw unexpectedHere() }
    return negative ? value.negated : value
  }

  private func tooLarge(from start: Int) -> SyntaxError {
    SyntaxError(
      "the number starting at position \(start) is too large: "
        + "ratecalc handles amounts up to 99,999,999,999,999,999,999 (just under 10^20)",
      position: start, length: characterCount - start + 1)
  }

  private mutating func parseNumber(allowGrouping: Bool = true) throws(SyntaxError) -> Amount {
    let startByte = index
    guard atDigit else {
      if current != nil {
        throw SyntaxError(
          "expected a digit at position \(position), found \(AmountParser.describe(character(at: index).0))",
          position: position)
      }
      throw SyntaxError("expected a number at position \(position)", position: position)
    }
    var digits = DigitAccumulator()
    var groupDigits = 0
    var separator: UInt8? = nil
    var decimals = 0

    // Integer part, with optional groups of three.
    while let byte = current {
      if AmountParser.isDigit(byte) {
        guard digits.push(byte, checkingWholePart: true) else { throw tooLarge(from: position(of: startByte)) }
        groupDigits += 1
        index += 1
      } else if allowGrouping, byte == UInt8(ascii: ",") || byte == UInt8(ascii: " ") {
        // A separator must be followed by exactly three digits and then no further digit.
        let isGroup =
          index + 3 < bytes.count && AmountParser.isDigit(bytes[index + 1]) && AmountParser.isDigit(bytes[index + 2])
          && AmountParser.isDigit(bytes[index + 3])
          && (index + 4 >= bytes.count || !AmountParser.isDigit(bytes[index + 4]))
        if byte == UInt8(ascii: " ") && !isGroup { break }  // a space ends the number: "55000 GBP"
        guard isGroup, separator == nil || separator == byte,
          separator == nil ? groupDigits <= 3 : groupDigits == 3
        else {
          throw SyntaxError(
            "\(AmountParser.describe(Character(Unicode.Scalar(byte)))) at position \(position) is not a thousands separator: "
              + "groups after it must have exactly 3 digits (write decimals with '.')",
            position: position)
        }
        separator = byte
        groupDigits = 0
        index += 1
      } else {
        break
      }
    }
    // Fraction.
    if current == UInt8(ascii: ".") {
      index += 1
      guard atDigit else {
        if current == UInt8(ascii: ".") {
          throw SyntaxError(
            "unexpected '.' at position \(position): a number has one decimal point", position: position)
        }
        throw SyntaxError("expected a digit after the decimal point at position \(position)", position: position)
      }
      while let byte = current, AmountParser.isDigit(byte) {
        decimals += 1
        guard decimals <= Amount.fractionDigits else {
          throw SyntaxError(
            "too many decimal places at position \(position): ratecalc keeps at most 18", position: position)
        }
        _ = digits.push(byte, checkingWholePart: false)
        index += 1
      }
      if current == UInt8(ascii: ".") {
        throw SyntaxError(
          "unexpected '.' at position \(position): a number has one decimal point", position: position)
      }
    }
    // At most 20 whole digits and 18 decimals: the units stay below 10³⁸.
    let scale = Amount.powerOfTen(Amount.fractionDigits - decimals)
    let units: Int128
    if digits.count <= 18 {
      let (high, low) = digits.small.multipliedFullWidth(by: UInt64(truncatingIfNeeded: scale))
      units = Int128(UInt128(high) << 64 | UInt128(low))
    } else {
      units = digits.wide * scale
    }
    guard units <= Amount.limit else {
      let start = position(of: startByte)
      throw SyntaxError("the number at position \(start) is too large", position: start)
    }
    return Amount(unchecked: units)
  }

  /// The most whole units a number may have: 10²⁰ − 1.
  fileprivate static let wholeLimit: Int128 = 99_999_999_999_999_999_999

  /// The factor of a multiplier as written after a number (`k`, `m`, `bn`).
  public static func factor(_ multiplier: String) -> Amount? {
    WrittenAmount.Multiplier(rawValue: multiplier)?.factor
  }

  /// The value times the multiplier written at the cursor (`k`, `m`, `bn`, in either case), if any.
  private mutating func applyMultiplier(to value: Amount) throws(SyntaxError) -> (Amount, WrittenAmount.Multiplier?) {
    guard let byte = current else { return (value, nil) }
    let start = index
    let scale: WrittenAmount.Multiplier
    switch byte | 0x20 {
    case UInt8(ascii: "k"):
      scale = .thousand
      index += 1
    case UInt8(ascii: "m"):
      scale = .million
      index += 1
    case UInt8(ascii: "b"):
      guard let next = peek(1), next | 0x20 == UInt8(ascii: "n") else { return (value, nil) }
      scale = .billion
      index += 2
    default:
      return (value, nil)
    }
    if current != nil, character(at: index).0.isLetter { throw unexpectedHere(codeAgainstNumberHint) }
    do {
      return (try value.multiplied(by: scale.factor), scale)
    } catch {
      throw SyntaxError(error.message, position: position(of: start))
    }
  }
}

/// The digits of a number as they are read: in 64 bits while there are at most 18 of them (almost
/// always), then in 128 bits, where the whole part is checked against 10²⁰ − 1 digit by digit.
private struct DigitAccumulator {
  /// The value while there are at most 18 digits.
  var small: UInt64 = 0
  /// The value from the 19th digit on.
  var wide: Int128 = 0
  /// The digits read.
  var count = 0

  /// Adds an ASCII digit; false when `checkingWholePart` and the whole part passed 10²⁰ − 1.
  /// A fraction adds at most 18 digits to a whole part below 10²⁰, so `wide` stays below 10³⁸.
  @inline(__always)
  mutating func push(_ byte: UInt8, checkingWholePart: Bool) -> Bool {
    let digit = UInt64(byte &- UInt8(ascii: "0"))
    if count < 18 {
      small = small &* 10 &+ digit
      count += 1
      return true
    }
    if count == 18 { wide = Int128(small) }
    wide = wide &* 10 &+ Int128(digit)
    count += 1
    return !checkingWholePart || wide <= AmountParser.wholeLimit
  }
}
