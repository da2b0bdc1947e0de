import RateCalc

/// A role's figures as ranges on one scale: a row per place, level and source, from its low to
/// its high figure with its average or typical figure marked, in the first `--in` currency (or
/// the figures' own when they share one), per the period most of them are paid by.
struct BandsChart {
  let output: BandsOutput

  /// One row being gathered: the figures of one place, level, employment and source.
  private struct Range {
    let label: String
    var low: Amount?
    var high: Amount?
    var mark: Amount?
  }

  /// The chart; its caption says what was left out and why.
  func chart(_ render: Render) -> Chart {
    // Each figure's value on the chart: its first conversion, or as published.
    let values: [(BandFigure, Money, Period)] = output.rows.compactMap { row in
      if let converted = row.converted.first, let value = converted.values.first {
        return (row.figure, value, converted.period ?? row.figure.period)
      }
      return output.targets.isEmpty && output.ppp == nil ? (row.figure, row.figure.money, row.figure.period) : nil
    }
    let periods = Dictionary(grouping: values, by: { $0.2 }).max { $0.value.count < $1.value.count }?.key ?? .year
    let currencies = Dictionary(grouping: values.filter { $0.2 == periods }, by: { $0.1.currency })
    guard let (currency, shown) = currencies.max(by: { $0.value.count < $1.value.count }) else {
      return Chart(
        title: output.role, series: [], rows: [], currency: output.rows[0].figure.money.currency,
        caption: "nothing to draw: no figure could be converted", sentence: nil)
    }
    var ranges: [Range] = []
    var index: [String: Int] = [:]
    for (figure, money, _) in shown {
      let label = BandsChart.label(figure)
      if index[label] == nil {
        index[label] = ranges.count
        ranges.append(Range(label: label))
      }
      guard let at = index[label] else { continue }
      switch figure.measure {
      case "low": ranges[at].low = money.amount
      case "high": ranges[at].high = money.amount
      default: ranges[at].mark = money.amount
      }
    }
    let rows = ranges.map { range in
      let low = range.low ?? range.mark ?? range.high ?? .zero
      let high = range.high ?? range.mark ?? low
      let text = [range.low, range.mark, range.high].compactMap { $0 }.map { render.compact(Money($0, currency)) }
      return Chart.Row(
        label: range.label, series: 0, low: low, high: high, mark: range.mark, text: text.joined(separator: " "),
        note: nil)
    }
    let left = values.count - shown.count
    var caption = "\(output.ppp == nil ? currency.code.description : "international $") per \(periods.rawValue)"
    if let year = output.ppp { caption += " at purchasing-power parity of \(year) (World Bank), not market rates" }
    if let date = output.rows.lazy.compactMap({ $0.converted.first?.exchange?.observedOn }).first {
      caption += "; ECB rates of \(date)"
    }
    caption += "; ├ low, ● average or typical, ┤ high"
    if left > 0 { caption += "; \(left) figure\(left == 1 ? "" : "s") in another currency or period left out" }
    return Chart(
      title: "Ranges, one scale", series: [], rows: rows, currency: currency, caption: caption, sentence: nil)
  }

  /// "GB · seed-mle-career", with the level and "freelance" where they say more.
  static func label(_ figure: BandFigure) -> String {
    var parts = [figure.region ?? figure.country ?? "country not stated"]
    if figure.level != "any" { parts.append(figure.level) }
    if figure.employment == .freelance { parts.append("freelance") }
    let source = figure.sourceID.hasPrefix("seed-") ? String(figure.sourceID.dropFirst(5)) : figure.sourceID
    return parts.joined(separator: " ") + " · " + source
  }
}
