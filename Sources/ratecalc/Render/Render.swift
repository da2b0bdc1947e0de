import RateCalc

/// Formatting shared by the renderers. Rounding happens here, once, when a figure is shown.
struct Render {
  let currencies: CurrencyTable
  let rounding: RoundingMode
  let style: Style

  /// Money as people read it: `£55,000.00`.
  func money(_ money: Money) -> String {
    MoneyFormat(currencies: currencies, rounding: rounding).string(money)
  }

  /// Money per period: `£51.23/hour`.
  func money(_ value: Money, per period: Period?) -> String {
    guard let period else { return money(value) }
    return money(value) + "/" + period.rawValue
  }

  /// A range or a single value: `£40,000.00–£90,000.00`.
  func money(_ values: [Money], per period: Period?) -> String {
    if values.count == 1 { return money(values[0], per: period) }
    return values.map { money($0) }.joined(separator: "–") + (period.map { "/" + $0.rawValue } ?? "")
  }

  /// Money in a few characters for a chart's labels: `$75k`, `£1.2m`, `$450` (rounded for
  /// reading; the table and `--json` have the exact figures).
  func compact(_ value: Money) -> String {
    let zero = money(Money(.zero, value.currency))
    let symbol = String(zero.prefix { !$0.isNumber })
    let magnitude = value.amount.magnitude
    let sign = value.amount.isNegative ? "-" : ""
    for (factor, suffix) in [(Amount(1_000_000), "m"), (Amount(1_000), "k")] where magnitude >= factor {
      guard let scaled = try? magnitude.divided(by: factor) else { break }
      return sign + symbol + Render.number(scaled, places: scaled >= Amount(100) ? 0 : 1) + suffix
    }
    return sign + symbol + Render.number(magnitude, places: 0)
  }

  /// A plain number with up to `places` decimals, trailing zeros dropped: `223`, `18.58`.
  static func number(_ value: Amount, places: Int = 2) -> String {
    value.rounded(places: places, mode: .halfUp).description
  }

  /// A fraction as a percentage to `places` decimals: 0.8 → `80%`.
  static func percent(_ fraction: Amount, places: Int = 2) -> String {
    guard let percent = try? fraction.multiplied(by: Amount(100)) else { return "?%" }
    return number(percent, places: places) + "%"
  }

  /// "United Kingdom, 2026/27": a place and year in words.
  static func place(_ place: Place) -> String {
    "\(place.country?.name ?? "no country"), \(place.years.name(place.year))"
  }

  /// A rate shown to 6 significant decimals for humans (the exact value is in --json).
  static func rate(_ value: Amount) -> String {
    value.rounded(places: 6, mode: .halfUp).description
  }

  /// "UK average £75,000 (2022, seed-freelancermap)".
  static func figureTitle(_ figure: BandFigure) -> String {
    var parts: [String] = []
    parts.append(figure.region ?? figure.country ?? "country not stated")
    if figure.level != "any" { parts.append(figure.level + (figure.experience.map { " (\($0))" } ?? "")) }
    parts.append(figure.measure)
    if figure.employment == .freelance { parts.append("freelance") }
    return parts.joined(separator: " ")
  }
}
