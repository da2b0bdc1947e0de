/// An amount as the user wrote it: the exact value and the currency text around it, if any.
public struct WrittenAmount: Equatable, Sendable {
  /// The exact value, multipliers applied (`55k` is 55,000).
  public let value: Amount
  /// The currency symbol or code written with the number (`£`, `US$`, `€`), or `nil`.
  public let currencyText: String?
  /// The 1-based character position of `currencyText` in the parsed text.
  public let currencyPosition: Int
  /// The multiplier written after the number (`k`, `m`, `bn`), or `nil`.
  public var multiplier: String? = nil
  /// Whether the low end of a range took the high end's multiplier (`£40-90k` is £40k–£90k).
  public var sharesMultiplier = false
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
/// offending character and its position.
public struct AmountParser {
  private let characters: [Character]
  private var index = 0

  /// Creates a parser over the given text.
  public init(_ text: String) {
    self.characters = Array(text)
  }

  /// Parses the whole text as one amount or a range.
  public static func parse(_ text: String) throws(SyntaxError) -> WrittenQuantity {
    var parser = AmountParser(text)
    return try parser.parseQuantity()
  }

  private var current: Character? { index < characters.count ? characters[index] : nil }
  private var position: Int { index + 1 }

  private func peek(_ offset: Int) -> Character? {
    let at = index + offset
    return at < characters.count ? characters[at] : nil
  }

  private static func isDash(_ character: Character) -> Bool {
    character == "-" || character == "–" || character == "—"
  }

  private static func describe(_ character: Character) -> String {
    character == " " ? "space" : "'\(character)'"
  }

  mutating func parseQuantity() throws(SyntaxError) -> WrittenQuantity {
    guard !characters.isEmpty else { throw SyntaxError("expected an amount", position: 1) }
    var low = try parseWrittenAmount()
    skipSpaces()
    guard let separator = current else { return .single(low) }
    guard AmountParser.isDash(separator) else {
      throw unexpected(separator)
    }
    index += 1
    skipSpaces()
    let high = try parseWrittenAmount()
    skipSpaces()
    if let extra = current { throw unexpected(extra) }
    // `£40-90k`, as job ads write bands: the high end's multiplier applies to both ends when
    // the low end has none and the range stays low to high.
    if low.multiplier == nil, let multiplier = high.multiplier, let factor = AmountParser.factor(multiplier),
      let shared = try? low.value.multiplied(by: factor), shared <= high.value, !low.value.isNegative
    {
      low = WrittenAmount(
        value: shared, currencyText: low.currencyText, currencyPosition: low.currencyPosition,
        multiplier: multiplier, sharesMultiplier: true)
    }
    if let lowText = low.currencyText, let highText = high.currencyText, lowText != highText {
      throw SyntaxError(
        "a range has one currency, not '\(Quoted.text(lowText))' and '\(Quoted.text(highText))'",
        position: high.currencyPosition, length: highText.count)
    }
    guard low.value <= high.value else {
      throw SyntaxError(
        "a range goes from low to high: \(low.value) is above \(high.value)", position: 1,
        length: characters.count)
    }
    let currency = low.currencyText ?? high.currencyText
    let currencyPosition = low.currencyText != nil ? low.currencyPosition : high.currencyPosition
    return .range(
      WrittenAmount(
        value: low.value, currencyText: currency, currencyPosition: currencyPosition, multiplier: low.multiplier,
        sharesMultiplier: low.sharesMultiplier),
      WrittenAmount(
        value: high.value, currencyText: currency, currencyPosition: currencyPosition, multiplier: high.multiplier))
  }

  private mutating func skipSpaces() {
    while current == " " { index += 1 }
  }

  private func unexpected(_ character: Character) -> SyntaxError {
    SyntaxError("unexpected \(AmountParser.describe(character)) at position \(position)", position: position)
  }

  private mutating func parseWrittenAmount() throws(SyntaxError) -> WrittenAmount {
    var negative = false
    if current == "-" {
      negative = true
      index += 1
    }
    // A currency written before the number: everything up to the first digit.
    let prefixStart = index
    while let character = current, !character.isASCIIDigit, character != ".", character != " ",
      !AmountParser.isDash(character)
    {
      index += 1
    }
    var currencyText: String? = index > prefixStart ? String(characters[prefixStart..<index]) : nil
    var currencyPosition = prefixStart + 1
    if currencyText != nil, current == " " { index += 1 }  // "£ 55k"
    if !negative, currencyText != nil, current == "-" {  // "£-5"
      negative = true
      index += 1
    }
    var value = try parseNumber()
    let multiplierStart = index
    value = try applyMultiplier(to: value)
    let multiplier = index > multiplierStart ? String(characters[multiplierStart..<index]).lowercased() : nil
    // A currency symbol written after the number: "50€".
    if currencyText == nil, let character = current, character.isCurrencySymbol {
      currencyText = String(character)
      currencyPosition = position
      index += 1
    }
    return WrittenAmount(
      value: negative ? value.negated : value, currencyText: currencyText,
      currencyPosition: currencyPosition, multiplier: multiplier)
  }

  /// Plain decimal text only (no separators, multipliers or currency), for data files.
  mutating func parsePlainNumber() throws(SyntaxError) -> Amount {
    var negative = false
    if current == "-" {
      negative = true
      index += 1
    }
    let value = try parseNumber(allowGrouping: false)
    if let extra = current { throw unexpected(extra) }
    return negative ? value.negated : value
  }

  private mutating func parseNumber(allowGrouping: Bool = true) throws(SyntaxError) -> Amount {
    let start = position
    guard let first = current, first.isASCIIDigit else {
      if let character = current {
        throw SyntaxError(
          "expected a digit at position \(position), found \(AmountParser.describe(character))",
          position: position)
      }
      throw SyntaxError("expected a number at position \(position)", position: position)
    }
    _ = first
    var mantissa: Int128 = 0
    var integerDigits = 0
    var groupDigits = 0
    var separator: Character? = nil
    var decimals = 0

    func append(_ digit: Character) throws(SyntaxError) {
      guard let value = digit.wholeNumberValue else { return }
      mantissa = mantissa * 10 + Int128(value)
      if mantissa > Amount.limit / Amount.scale && decimals == 0 {
        throw SyntaxError(
          "the number starting at position \(start) is too large: "
            + "ratecalc handles amounts up to 99,999,999,999,999,999,999 (just under 10^20)",
          position: start, length: characters.count - start + 1)
      }
    }

    // Integer part, with optional groups of three.
    while let character = current {
      if character.isASCIIDigit {
        try append(character)
        integerDigits += 1
        groupDigits += 1
        index += 1
      } else if allowGrouping, character == "," || character == " " {
        // A separator must be followed by exactly three digits and then no further digit.
        let isGroup =
          (1...3).allSatisfy { peek($0)?.isASCIIDigit == true }
          && peek(4)?.isASCIIDigit != true
        if character == " " && !isGroup { break }  // a space ends the number: "55000 GBP"
        guard isGroup, separator == nil || separator == character,
          separator == nil ? groupDigits <= 3 : groupDigits == 3
        else {
          throw SyntaxError(
            "\(AmountParser.describe(character)) at position \(position) is not a thousands separator: "
              + "groups after it must have exactly 3 digits (write decimals with '.')",
            position: position)
        }
        separator = character
        groupDigits = 0
        index += 1
      } else {
        break
      }
    }
    // Fraction.
    if current == "." {
      index += 1
      guard current?.isASCIIDigit == true else {
        if current == "." {
          throw SyntaxError(
            "unexpected '.' at position \(position): a number has one decimal point",
            position: position)
        }
        throw SyntaxError("expected a digit after the decimal point at position \(position)", position: position)
      }
      while let character = current, character.isASCIIDigit {
        decimals += 1
        guard decimals <= Amount.fractionDigits else {
          throw SyntaxError(
            "too many decimal places at position \(position): ratecalc keeps at most 18",
            position: position)
        }
        try append(character)
        index += 1
      }
      if current == "." {
        throw SyntaxError(
          "unexpected '.' at position \(position): a number has one decimal point", position: position)
      }
    }
    guard let units = Optional(mantissa * Amount.powerOfTen(Amount.fractionDigits - decimals)),
      units <= Amount.limit
    else {
      throw SyntaxError("the number at position \(start) is too large", position: start)
    }
    return Amount(unchecked: units)
  }

  /// The factor of a multiplier as written after a number (`k`, `m`, `bn`).
  public static func factor(_ multiplier: String) -> Amount? {
    switch multiplier {
    case "k": Amount(1_000)
    case "m": Amount(1_000_000)
    case "bn": Amount(1_000_000_000)
    default: nil
    }
  }

  private mutating func applyMultiplier(to value: Amount) throws(SyntaxError) -> Amount {
    guard let character = current else { return value }
    let start = position
    let factor: Int
    switch character {
    case "k", "K":
      factor = 1_000
      index += 1
    case "m", "M":
      factor = 1_000_000
      index += 1
    case "b", "B":
      guard peek(1) == "n" || peek(1) == "N" else { return value }
      factor = 1_000_000_000
      index += 2
    default:
      return value
    }
    if let next = current, next.isLetter {
      throw SyntaxError("unexpected \(AmountParser.describe(next)) at position \(position)", position: position)
    }
    do {
      return try value.multiplied(by: Amount(factor))
    } catch {
      throw SyntaxError(error.message, position: start)
    }
  }
}

extension Character {
  /// Whether this is one of the ASCII digits 0–9.
  var isASCIIDigit: Bool { isASCII && isNumber }
}
