import RateCalc

/// Turns results into lines of text for a terminal or a script. Formats only: every figure
/// arrives computed.
struct TextRenderer {
  /// Money and number formatting.
  let render: Render
  /// The widest a line may be: tables wrap their widest text column to fit.
  var width: Int? = nil
  /// What `--chart`/`--no-chart` asked for.
  var chart: ChartOption = .auto

  /// A chart's lines at this renderer's width.
  func lines(_ chart: Chart) -> [String] {
    TextChart(chart: chart, render: render, width: width ?? 80).lines
  }

  /// A table that fits the width.
  func table() -> TextTable {
    var table = TextTable(width: width)
    table.ascii = style.ascii
    return table
  }

  /// Bold and dim, when enabled.
  var style: Style { render.style }

  /// An outcome's lines: the result, then its breakdown when `explain` is asked for.
  func lines(_ outcome: Outcome, explain: Bool) -> [String] {
    var lines = outcome.output.text(self)
    if explain, let breakdown = outcome.breakdown { lines += self.explain(breakdown, title: outcome.output.title) }
    return lines
  }

  /// `ECB 2026-04-13 · 1 GBP = 1.342094 USD`, or the date asked for when it differs.
  func provenance(_ conversion: Conversion, withRate: Bool = true) -> String {
    // Built as bytes (see TextBuilder): a piped conversion spent a tenth of its time here.
    var text = TextBuilder(capacity: 96)
    for leg in conversion.legs {
      if !text.isEmpty { text.append(" + ") }
      text.append(leg.source.name)
      // A user's file: say which, since a downloaded ECB file is also "ECB".
      let builtIn = leg.source.isBuiltIn && leg.otherSource?.isBuiltIn != false
      if !builtIn {
        let files = [leg.source, leg.otherSource].compactMap { $0 }.map(\.file)
        text.append(" (")
        text.append(files.map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(separator: ", "))
        text.append(")")
      }
      if leg.isPeg {
        text.append(" (peg since ")
        text.append(leg.observedOn.description)
        text.append(")")
      } else {
        text.append(" ")
        text.append(leg.observedOn.description)
        if let requested = conversion.requestedDate, requested != leg.observedOn {
          text.append(" (latest on or before ")
          text.append(requested.description)
          text.append(")")
        }
      }
    }
    if withRate, let rate = conversion.rate {
      text.append(" · 1 ")
      text.append(conversion.original.currency.code.description)
      text.append(" = ")
      text.append(Render.rate(rate))
      text.append(" ")
      text.append(conversion.converted.currency.code.description)
    }
    return text.text
  }

  func calendarLine(_ calendar: WorkingCalendar, billable: Bool) -> String {
    var parts = ["\(calendar.weekdays) weekdays"]
    if calendar.publicHolidays > .zero { parts.append("\(calendar.publicHolidays) holidays") }
    let shown = calendar.shown
    if let leave = shown?.leave, leave > .zero { parts.append("\(leave) leave") }
    if calendar.sickDays > .zero { parts.append("\(calendar.sickDays) sick") }
    if calendar.trainingDays > .zero { parts.append("\(calendar.trainingDays) training") }
    var text = parts.joined(separator: " − ")
    if billable && calendar.utilisation != .one { text = "(\(text)) × \(Render.percent(calendar.utilisation))" }
    let days = (billable ? shown?.billable : shown?.worked).map { Render.number($0) } ?? "?"
    return "\(days) \(billable ? "billable days" : "days worked") of \(calendar.hoursPerDay) h: \(text)"
  }

  /// ` [M]` or ` [L]` after a figure whose source is less than sure.
  static func confidenceMark(_ confidence: Confidence) -> String {
    confidence == .high ? "" : " [\(confidence.rawValue)]"
  }

  func value(_ value: Breakdown.Value) -> String {
    switch value {
    case .money(let money): render.money(money)
    case .rate(let money, let period): render.money(money, per: period)
    case .days(let days): "\(Render.number(days, places: 4)) days"
    case .hours(let hours): "\(Render.number(hours, places: 4)) h"
    case .percent(let fraction): Render.percent(fraction)
    case .number(let number): Render.number(number, places: 6)
    case .text(let text): text
    }
  }

  func explain(_ breakdown: Breakdown, title: String) -> [String] {
    var lines = [style.bold("How the \(title) was reached")]
    var steps = table()
    steps.rightAligned = [1]
    for step in breakdown.steps { steps.add([step.label, value(step.value), style.dim(step.formula)]) }
    lines += steps.lines
    if !breakdown.rows.isEmpty {
      lines.append(style.bold("Data used"))
      var rows = table()
      for row in breakdown.rows {
        rows.add([
          row.description + (row.confidence.map(TextRenderer.confidenceMark) ?? ""), row.source, row.date,
          style.dim(row.origin?.description ?? ""),
        ])
      }
      lines += rows.lines
    }
    if !breakdown.notes.isEmpty {
      lines.append(style.bold("Notes"))
      lines += breakdown.notes.map { "  " + $0 }
    }
    return lines
  }
}
