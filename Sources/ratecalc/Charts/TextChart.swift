import RateCalc

/// A chart drawn in text: bars in Unicode eighth blocks for sub-cell precision (`#` in ASCII),
/// a range as `├──●──┤` (`|--o--|`), fitted to the width.
struct TextChart {
  let chart: Chart
  let render: Render
  let width: Int

  /// The widest a bar gets.
  static let widest = 40

  /// The chart's lines: title, bars, legend and caption, and the sentence that reads it.
  var lines: [String] {
    let scale = chart.scale
    guard scale > .zero else { return [] }
    let style = render.style
    let labelWidth = chart.rows.map { DisplayWidth.of($0.label) }.max() ?? 0
    let seriesWidth = chart.series.count > 1 ? 2 : 0
    let textWidth =
      chart.rows.map { DisplayWidth.of($0.text) + ($0.note.map { DisplayWidth.of($0) + 1 } ?? 0) }.max() ?? 0
    let room = width - 2 - labelWidth - 1 - seriesWidth - 1 - textWidth
    let barWidth = max(5, min(TextChart.widest, room))
    var lines = [style.bold(chart.title)]
    var lastLabel = ""
    for row in chart.rows {
      let label = row.label == lastLabel ? "" : row.label
      lastLabel = row.label
      let series = chart.series.count > 1 ? String(chart.series[row.series].prefix(1)) + " " : ""
      let bar = self.bar(row, scale: scale, width: barWidth)
      let note = row.note.map { " " + $0 } ?? ""
      let pad = String(repeating: " ", count: labelWidth - DisplayWidth.of(label))
      lines.append("  " + label + pad + " " + series + bar + " " + row.text + note)
    }
    if chart.series.count > 1 {
      lines.append(
        style.dim("  " + chart.series.map { "\($0.prefix(1)) \($0)" }.joined(separator: ", ")))
    }
    lines.append(style.dim("  " + chart.caption))
    if let sentence = chart.sentence { lines.append("  " + sentence) }
    return lines
  }

  /// Cells (in eighths) a value takes on the scale.
  private func eighths(_ value: Amount, scale: Amount, width: Int) -> Int {
    let cells = (try? Amount.product(value, Amount(width * 8), dividedBy: scale))?.rounded(places: 0, mode: .halfUp)
    return max(0, min(width * 8, Int(cells?.integerPart ?? 0)))
  }

  private func bar(_ row: Chart.Row, scale: Amount, width: Int) -> String {
    let ascii = render.style.ascii
    let high = eighths(row.high, scale: scale, width: width)
    if row.low == .zero && row.mark == nil {
      guard !ascii else {
        let cells = (high + 4) / 8
        return String(repeating: "#", count: cells) + String(repeating: " ", count: width - cells)
      }
      let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
      let text = String(repeating: "█", count: high / 8) + blocks[high % 8]
      return text + String(repeating: " ", count: width - DisplayWidth.of(text))
    }
    // A range: its ends and its mark, each to the nearest cell.
    // Every index is clamped into the bar, whatever the values.
    let low = min(width - 1, eighths(row.low, scale: scale, width: width) / 8)
    let end = max(low, min(width - 1, (high + 4) / 8))
    var cells = Array(repeating: Character(" "), count: width)
    let isRange = row.low != row.high || row.mark == nil
    for index in low...end where isRange { cells[index] = ascii ? "-" : "─" }
    if end > low && isRange {
      cells[low] = ascii ? "|" : "├"
      cells[end] = ascii ? "|" : "┤"
    }
    if let mark = row.mark {
      cells[min(width - 1, (eighths(mark, scale: scale, width: width) + 4) / 8)] = ascii ? "o" : "●"
    }
    return String(cells)
  }
}
