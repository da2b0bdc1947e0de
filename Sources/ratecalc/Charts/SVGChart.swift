import RateCalc

/// A chart as a standalone SVG: title, bars on one scale (a range as a line with end ticks and a
/// dot at its mark), an axis with currency ticks, the legend, and the caption with currency,
/// rates' date and source. Each bar carries its value in `data-value` so a test can check it.
struct SVGChart {
  let chart: Chart
  let render: Render

  /// Layout, in pixels.
  static let rowHeight = 22
  static let plotWidth = 480
  static let characterWidth = 7

  /// Series colours: the employee, the freelancer, and any further series.
  static let colours = ["#3b6ea5", "#d9822b", "#5a9e4b", "#8e5aa8"]

  /// The document.
  var document: String {
    let scale = chart.scale
    let labelWidth =
      (chart.rows.map { DisplayWidth.of($0.label) + (chart.series.count > 1 ? 3 : 0) }.max() ?? 0)
      * SVGChart.characterWidth + 16
    let textWidth =
      (chart.rows.map { DisplayWidth.of($0.text) + ($0.note.map { $0.count + 1 } ?? 0) }.max() ?? 0)
      * SVGChart.characterWidth + 16
    let top = 48
    let plotLeft = labelWidth
    let width = plotLeft + SVGChart.plotWidth + textWidth
    let plotBottom = top + chart.rows.count * SVGChart.rowHeight
    let height = plotBottom + 96
    var parts = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">",
      "<title>\(SVGChart.escape(chart.title))</title>",
      "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>",
      "<text x=\"16\" y=\"28\" font-size=\"16\" font-weight=\"bold\">\(SVGChart.escape(chart.title))</text>",
    ]
    // The grid first, so the bars stand over it.
    parts += axis(scale: scale, left: plotLeft, top: top, bottom: plotBottom)
    for (index, row) in chart.rows.enumerated() {
      parts += self.row(row, index: index, top: top, left: plotLeft, scale: scale)
    }
    parts += legend(y: plotBottom + 52)
    parts.append(
      "<text x=\"16\" y=\"\(plotBottom + 76)\" fill=\"#555\">\(SVGChart.escape(chart.caption))</text>")
    if let sentence = chart.sentence {
      parts.append("<text x=\"16\" y=\"\(plotBottom + 92)\">\(SVGChart.escape(sentence))</text>")
    }
    parts.append("</svg>")
    return parts.joined(separator: "\n") + "\n"
  }

  /// The x coordinate of a value.
  func x(_ value: Amount, scale: Amount, left: Int) -> Int {
    guard scale > .zero, let share = try? Amount.product(value, Amount(SVGChart.plotWidth), dividedBy: scale) else {
      return left
    }
    return left + max(0, min(SVGChart.plotWidth, Int(share.rounded(places: 0, mode: .halfUp).integerPart)))
  }

  private func row(_ row: Chart.Row, index: Int, top: Int, left: Int, scale: Amount) -> [String] {
    let y = top + index * SVGChart.rowHeight
    let middle = y + SVGChart.rowHeight / 2
    let colour = SVGChart.colours[row.series % SVGChart.colours.count]
    var label = row.label
    if chart.series.count > 1 { label += " " + String(chart.series[row.series].prefix(1)) }
    var parts = [
      "<text x=\"\(left - 8)\" y=\"\(middle + 4)\" text-anchor=\"end\">\(SVGChart.escape(label))</text>"
    ]
    let start = x(row.low, scale: scale, left: left)
    let end = x(row.high, scale: scale, left: left)
    if row.low == .zero && row.mark == nil {
      parts.append(
        "<rect class=\"bar\" data-value=\"\(row.high)\" x=\"\(start)\" y=\"\(y + 4)\" width=\"\(end - start)\" height=\"\(SVGChart.rowHeight - 8)\" fill=\"\(colour)\"/>"
      )
    } else {
      parts.append(
        "<line class=\"range\" data-low=\"\(row.low)\" data-high=\"\(row.high)\" x1=\"\(start)\" y1=\"\(middle)\" x2=\"\(end)\" y2=\"\(middle)\" stroke=\"\(colour)\" stroke-width=\"3\"/>"
      )
      for tick in row.low == row.high ? [] : [start, end] {
        parts.append(
          "<line x1=\"\(tick)\" y1=\"\(middle - 5)\" x2=\"\(tick)\" y2=\"\(middle + 5)\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
        )
      }
      if let mark = row.mark {
        parts.append(
          "<circle class=\"mark\" data-value=\"\(mark)\" cx=\"\(x(mark, scale: scale, left: left))\" cy=\"\(middle)\" r=\"4\" fill=\"\(colour)\"/>"
        )
      }
    }
    let note = row.note.map { " " + $0 } ?? ""
    parts.append(
      "<text x=\"\(left + SVGChart.plotWidth + 8)\" y=\"\(middle + 4)\">\(SVGChart.escape(row.text + note))</text>")
    return parts
  }

  private func axis(scale: Amount, left: Int, top: Int, bottom: Int) -> [String] {
    var parts = [
      "<line x1=\"\(left)\" y1=\"\(bottom + 4)\" x2=\"\(left + SVGChart.plotWidth)\" y2=\"\(bottom + 4)\" stroke=\"#333\"/>"
    ]
    for value in SVGChart.ticks(upTo: scale) {
      let tick = x(value, scale: scale, left: left)
      parts.append("<line x1=\"\(tick)\" y1=\"\(top)\" x2=\"\(tick)\" y2=\"\(bottom + 8)\" stroke=\"#ddd\"/>")
      parts.append(
        "<text class=\"tick\" x=\"\(tick)\" y=\"\(bottom + 22)\" text-anchor=\"middle\" fill=\"#333\">\(SVGChart.escape(render.compact(Money(value, chart.currency))))</text>"
      )
    }
    return parts
  }

  /// The most marks the axis carries.
  static let tickLimit = 6

  /// The axis marks for a scale: zero and each multiple of a round step (1, 2, 2.5 or 5 times a
  /// power of ten) up to the scale, with the smallest such step that gives at most ``tickLimit``
  /// marks. None for a scale of zero or less.
  static func ticks(upTo scale: Amount) -> [Amount] {
    guard scale > .zero else { return [] }
    // Steps in raw units of 10⁻¹⁸: 10, 20, 25 and 50 times 10⁰ … 10³⁷, smallest first; at most
    // 152 candidates, and the first that fits ends the search.
    var power: Int128 = 1
    for _ in 0...37 {
      for multiple: Int128 in [10, 20, 25, 50] {
        let (step, overflow) = multiple.multipliedReportingOverflow(by: power)
        guard !overflow else { return [.zero] }
        let count = scale.units / step
        if count < Int128(tickLimit) {
          return (0...Int(count)).compactMap { try? Amount(units: step * Int128($0)) }
        }
      }
      power *= 10
    }
    return [.zero]
  }

  private func legend(y: Int) -> [String] {
    guard chart.series.count > 1 else { return [] }
    var parts: [String] = []
    var x = 16
    for (index, name) in chart.series.enumerated() {
      parts.append(
        "<rect x=\"\(x)\" y=\"\(y - 10)\" width=\"12\" height=\"12\" fill=\"\(SVGChart.colours[index % SVGChart.colours.count])\"/>"
      )
      parts.append("<text x=\"\(x + 18)\" y=\"\(y)\">\(SVGChart.escape(name))</text>")
      x += 18 + name.count * SVGChart.characterWidth + 24
    }
    return parts
  }

  /// Text made safe inside XML.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(character)
      }
    }
    return out
  }
}
