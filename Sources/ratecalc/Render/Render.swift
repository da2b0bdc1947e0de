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
    money(value) + (period.map { "/\($0.rawValue)" } ?? "")
  }

  /// A range or a single value: `£40,000.00–£90,000.00`.
  func money(_ values: [Money], per period: Period?) -> String {
    values.map { money($0) }.joined(separator: "–") + (period.map { "/\($0.rawValue)" } ?? "")
  }

  /// A plain number with up to `places` decimals, trailing zeros dropped: `223`, `18.58`.
  static func number(_ value: Amount, places: Int = 2) -> String {
    value.rounded(places: places, mode: .halfUp).description
  }

  /// A fraction as a percentage: 0.8 → `80%`.
  static func percent(_ fraction: Amount) -> String {
    let percent = (try? fraction.multiplied(by: Amount(100))) ?? .zero
    return number(percent, places: 2) + "%"
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
    if figure.employment == "freelance" { parts.append("freelance") }
    return parts.joined(separator: " ")
  }
}

/// Terminal styling: bold and dim, only on a terminal and never when `NO_COLOR` is set.
struct Style {
  let enabled: Bool

  func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
  func dim(_ text: String) -> String { enabled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
  func red(_ text: String) -> String { enabled ? "\u{1B}[31m\(text)\u{1B}[0m" : text }
  func yellow(_ text: String) -> String { enabled ? "\u{1B}[33m\(text)\u{1B}[0m" : text }
}

/// Columns of text, aligned: left for words, right for figures.
struct TextTable {
  var rows: [[String]] = []
  /// Which columns align right.
  var rightAligned: Set<Int> = []
  var indent = "  "

  mutating func add(_ row: [String]) { rows.append(row) }

  var lines: [String] {
    let widths = (0..<(rows.map(\.count).max() ?? 0)).map { column in
      rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    return rows.map { row in
      var line = indent
      for (column, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        line += rightAligned.contains(column) ? pad + cell : cell + (column == row.count - 1 ? "" : pad)
        if column < row.count - 1 { line += "  " }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }
}
