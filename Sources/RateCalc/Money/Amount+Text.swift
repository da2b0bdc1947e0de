extension Amount: CustomStringConvertible {
  /// The exact value as plain decimal text, without trailing zeros: `87.105`, `-3`, `0.5`.
  public var description: String {
    let magnitude = units.magnitude
    let whole = magnitude / Amount.scale.magnitude
    var fraction = magnitude % Amount.scale.magnitude
    var text = (units < 0 ? "-" : "") + String(whole)
    guard fraction != 0 else { return text }
    var digits = Amount.fractionDigits
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    let fractionText = String(fraction)
    text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
    return text
  }

  /// The value rounded to exactly `places` decimals, optionally with thousands separators:
  /// `text(places: 2, grouping: true)` gives `73,815.16`.
  public func text(places: Int, mode: RoundingMode = .standard, grouping: Bool = false) -> String {
    let places = min(max(places, 0), Amount.fractionDigits)
    let rounded = self.rounded(places: places, mode: mode)
    let magnitude = rounded.units.magnitude
    let whole = String(magnitude / Amount.scale.magnitude)
    var text = rounded.units < 0 ? "-" : ""
    text += grouping ? Amount.grouped(whole) : whole
    if places > 0 {
      let fraction = magnitude % Amount.scale.magnitude
      let kept = fraction / Amount.powerOfTen(Amount.fractionDigits - places).magnitude
      let digits = String(kept)
      text += "." + String(repeating: "0", count: places - digits.count) + digits
    }
    return text
  }

  /// Digits with a comma between each group of three: `1234567` → `1,234,567`.
  static func grouped(_ digits: String) -> String {
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return result
  }

  /// Parses plain decimal text such as `1.1684`, `-3` or `0.87058`: digits, at most one point,
  /// at most 18 decimals, an optional leading minus. Nothing else is accepted: `1,1476` and
  /// `12abc` are errors, never a prefix silently read as a number.
  public init(parsing text: String) throws(SyntaxError) {
    var parser = AmountParser(text)
    self = try parser.parsePlainNumber()
  }
}
