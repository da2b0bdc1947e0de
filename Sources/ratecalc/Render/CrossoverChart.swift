import RateCalc

/// The cumulative costs of a comparison as bars, a row per sampled month (E employee,
/// F freelancer), the crossover month marked.
struct CrossoverChart {
  let comparison: Comparison

  /// Bars are at most this many characters, fewer in a narrow window.
  static let widest = 30

  /// The chart's lines, fitting `width` columns when it is given; none when every cost is zero.
  func lines(_ render: Render, width: Int? = nil) -> [String] {
    let series = comparison.series
    guard let largest = series.map({ max($0.employee.amount, $0.freelancer.amount) }).max(), largest > .zero else {
      return []
    }
    let step = max(1, (series.count + 7) / 8)
    // "  12  E " before a bar, a space and the largest figure after it.
    let figure = series.flatMap { [$0.employee, $0.freelancer] }.map { DisplayWidth.of(render.money($0)) }.max() ?? 0
    let room = (width ?? 80) - 8 - 1 - figure - " ← crossover".count
    let barWidth = max(5, min(CrossoverChart.widest, room))
    func bar(_ value: Money) -> String {
      let units =
        (try? Amount.product(value.amount, Amount(barWidth), dividedBy: largest))?
        .rounded(places: 0, mode: .halfUp).integerPart ?? 0
      return String(repeating: "█", count: Int(units))
    }
    var lines = ["  cumulative cost by month (E employee, F freelancer):"]
    for month in series where month.month % step == 0 || month.month == 1 || month.month == comparison.crossoverMonth {
      let mark = month.month == comparison.crossoverMonth ? " ← crossover" : ""
      let label = String(month.month).padding(toLength: 3)
      lines.append(
        "  \(label) E \(bar(month.employee).padding(toLength: barWidth + 1))\(render.money(month.employee))\(mark)")
      lines.append("      F \(bar(month.freelancer).padding(toLength: barWidth + 1))\(render.money(month.freelancer))")
    }
    return lines
  }
}
