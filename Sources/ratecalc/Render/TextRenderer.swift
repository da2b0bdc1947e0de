import RateCalc

/// Turns results into lines of text for a terminal or a script. Formats only: every figure
/// arrives computed.
struct TextRenderer {
  let render: Render
  let book: RateBook

  var style: Style { render.style }

  func lines(_ outcome: Outcome) -> [String] {
    switch outcome.result {
    case .conversion(let original, let period, let targets): conversion(original, period, targets)
    case .quotes(let quotes, let context): self.quotes(quotes, context)
    case .salary(let result, let context): salary(result, context)
    case .cost(let cost, let context): self.cost(cost, context)
    case .comparison(let comparison, let months, let context): self.comparison(comparison, months, context)
    case .budget(let budget, let context): self.budget(budget, context)
    case .bands(let listing): bands(listing)
    case .rates(let listing): rates(listing)
    case .sources(let sources): self.sources(sources)
    case .countries(let profiles): countries(profiles)
    case .settings(let listing): settings(listing)
    case .message(let text): text.isEmpty ? [] : [text]
    case .help(let text): text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    case .sensitivity(let table): sensitivity(table)
    case .explain(let breakdown, let title): explain(breakdown, title: title)
    }
  }

  /// `ECB 2026-04-13 · 1 GBP = 1.342094 USD`, or the date asked for when it differs.
  func provenance(_ conversion: Conversion, withRate: Bool = true) -> String {
    var parts: [String] = []
    for leg in conversion.legs {
      var text = leg.source.name
      // A user's file: say which, since a downloaded ECB file is also "ECB".
      let files = [leg.source, leg.otherSource].compactMap { $0 }.map(\.file)
      if !files.allSatisfy({ $0.hasPrefix("Rates/") }) {
        text += " (" + files.map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(separator: ", ") + ")"
      }
      if leg.isPeg {
        text += " (peg since \(leg.observedOn))"
      } else {
        text += " \(leg.observedOn)"
        if let requested = conversion.requestedDate, requested != leg.observedOn {
          text += " (latest on or before \(requested))"
        }
      }
      parts.append(text)
    }
    var text = parts.joined(separator: " + ")
    if withRate, let rate = conversion.rate {
      text += " · 1 \(conversion.original.currency.code) = \(Render.rate(rate)) \(conversion.converted.currency.code)"
    }
    return text
  }

  func conversion(_ original: [Money], _ period: Period?, _ targets: [ConvertedTarget]) -> [String] {
    let from = render.money(original, per: period)
    guard !targets.isEmpty else { return [from] }
    func detail(_ target: ConvertedTarget) -> String {
      var parts: [String] = []
      if let exchange = target.exchange { parts.append(provenance(exchange)) }
      if let basis = target.basis { parts.append(basis.name) }
      return parts.joined(separator: " · ")
    }
    if targets.count == 1, let target = targets.first {
      var lines = ["\(from) = \(style.bold(render.money(target.values, per: target.period)))"]
      let info = detail(target)
      if !info.isEmpty { lines.append(style.dim("  " + info)) }
      return lines
    }
    var table = TextTable()
    for target in targets {
      table.add(["= " + render.money(target.values, per: target.period), style.dim(detail(target))])
    }
    return [from] + table.lines
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

  func quotes(_ quotes: [(title: String, quote: Quote, figure: BandFigure?)], _ context: String) -> [String] {
    var lines: [String] = []
    for (title, quote, figure) in quotes {
      if !lines.isEmpty { lines.append("") }
      var heading = "Quote for \(render.money(quote.input.income)) a year"
      if let figure {
        let year = figure.year.map(String.init) ?? "year unknown"
        heading =
          "\(title): \(render.money(figure.money))/\(figure.period.rawValue)\(figure.qualifier.map { " (\($0))" } ?? "") · \(year) · \(figure.sourceID)"
      } else {
        heading += " · \(context)"
      }
      lines.append(style.bold(heading))
      var table = TextTable()
      table.rightAligned = [1]
      table.add(["hour", render.money(quote.hourly)])
      table.add(["day", style.bold(render.money(quote.daily))])
      table.add(["week", render.money(quote.weekly)])
      table.add(["month", render.money(quote.monthly)])
      table.add(["year", render.money(quote.annual)])
      lines += table.lines
      lines.append(style.dim("  " + calendarLine(quote.input.calendar, billable: true)))
    }
    return lines
  }

  func salary(_ result: SalaryEquivalent, _ context: String) -> [String] {
    var table = TextTable()
    table.rightAligned = [1]
    table.add([
      "client-equivalent salary", style.bold(render.money(result.clientEquivalent)),
      "costs the client the same as the fees",
    ])
    table.add([
      "freelancer-equivalent salary", render.money(result.freelancerEquivalent), "what the freelancer keeps before tax",
    ])
    return [style.bold("\(render.money(result.dayRate))/day · \(context)")] + table.lines
  }

  func confidenceMark(_ confidence: Confidence) -> String {
    confidence == .high ? "" : " [\(confidence.rawValue)]"
  }

  func cost(_ cost: EmployerCost, _ context: String) -> [String] {
    var table = TextTable()
    table.rightAligned = [1]
    table.add(["salary", render.money(cost.input.salary)])
    var marks = Set<Confidence>()
    for charge in cost.charges {
      let mark = confidenceMark(charge.component.confidence)
      if !mark.isEmpty { marks.insert(charge.component.confidence) }
      table.add([
        charge.component.name + mark, render.money(charge.charge), style.dim(EmployerCost.formula(charge.component)),
      ])
    }
    for step in cost.breakdown.steps where ["benefits", "overhead", "recruiting fee"].contains(step.label) {
      if case .money(let money) = step.value { table.add([step.label, render.money(money), style.dim(step.formula)]) }
    }
    table.add(["total", style.bold(render.money(cost.total)), "× \(Render.number(cost.multiplier, places: 4)) salary"])
    table.add([
      "per day worked", render.money(cost.perWorkedDay),
      style.dim("\(cost.input.calendar.shown.map { Render.number($0.worked) } ?? "?") days"),
    ])
    table.add([
      "per hour worked", render.money(cost.perWorkedHour), style.dim("\(cost.input.calendar.hoursPerDay) h/day"),
    ])
    var lines = [style.bold("Employer cost of \(render.money(cost.input.salary)) · \(context)")] + table.lines
    lines.append(style.dim("  " + calendarLine(cost.input.calendar, billable: false)))
    if !marks.isEmpty { lines.append(style.dim("  [M] medium, [L] low confidence in the source (see sources)")) }
    return lines
  }

  func comparison(_ comparison: Comparison, _ months: Amount, _ context: String) -> [String] {
    let cost = comparison.employerCost
    var lines = [
      style.bold(
        "\(render.money(cost.input.salary)) salary vs \(render.money(comparison.clientDayRate))/day · \(context) · \(Render.number(months)) months"
      )
    ]
    var table = TextTable()
    table.rightAligned = [1, 2]
    table.add(["", "employee", "freelancer"])
    table.add(["per day worked", render.money(cost.perWorkedDay), render.money(comparison.clientDayRate)])
    table.add([
      "total for \(Render.number(months)) months", render.money(comparison.employeeTotal),
      render.money(comparison.freelancerTotal),
    ])
    lines += table.lines
    lines.append("  break-even day rate: \(style.bold(render.money(comparison.breakEvenDayRate)))")
    if let month = comparison.crossoverMonth {
      lines.append("  hiring costs less from month \(style.bold(String(month)))")
    } else {
      lines.append("  hiring never costs less within \(comparison.series.count) months")
    }
    lines += chart(comparison)
    lines.append(style.dim("  " + calendarLine(cost.input.calendar, billable: false)))
    return lines
  }

  /// Cumulative costs as bars, a row per sampled month (E employee, F freelancer).
  func chart(_ comparison: Comparison) -> [String] {
    let series = comparison.series
    guard let largest = series.map({ max($0.employee.amount, $0.freelancer.amount) }).max(), largest > .zero else {
      return []
    }
    let step = max(1, (series.count + 7) / 8)
    let width = Amount(30)
    func bar(_ value: Money) -> String {
      let units =
        (try? Amount.product(value.amount, width, dividedBy: largest))?.rounded(places: 0, mode: .halfUp).integerPart
        ?? 0
      return String(repeating: "█", count: Int(units))
    }
    var lines = ["  cumulative cost by month (E employee, F freelancer):"]
    for month in series where month.month % step == 0 || month.month == 1 || month.month == comparison.crossoverMonth {
      let mark = month.month == comparison.crossoverMonth ? " ← crossover" : ""
      let label = String(month.month).padding(toLength: 3)
      lines.append("  \(label) E \(bar(month.employee).padding(toLength: 31))\(render.money(month.employee))\(mark)")
      lines.append("      F \(bar(month.freelancer).padding(toLength: 31))\(render.money(month.freelancer))")
    }
    return lines
  }

  func budget(_ budget: Budget, _ context: String) -> [String] {
    var lines = [style.bold("\(render.money(budget.budget)) · \(context)")]
    var table = TextTable()
    table.add([
      "as a freelancer", "\(Render.number(budget.freelancerDays)) days at \(render.money(budget.dayRate))/day",
      "= \(Render.number(budget.freelancerFTEMonths)) FTE months",
    ])
    table.add([
      "as an employee", "a salary of \(style.bold(render.money(budget.salaryForAYear))) for a year",
      "employer costs included",
    ])
    if let months = budget.monthsOfSalary {
      table.add(["that salary", "\(Render.number(months)) months", ""])
    }
    lines += table.lines
    return lines
  }

  func bands(_ listing: BandsListing) -> [String] {
    var header = ["figure", "as published"]
    for target in listing.targets {
      header.append(listing.pppLabel == nil ? "in \(target.code)" : "\(listing.pppLabel ?? "") \(target.code)")
    }
    if listing.targets.isEmpty, let label = listing.pppLabel { header.append("\(label) int'l $") }
    header += ["year", "source"]
    var table = TextTable()
    table.rightAligned = Set(1..<(header.count - 2))
    table.add(header)
    for row in listing.rows {
      let figure = row.figure
      var cells = [
        Render.figureTitle(figure),
        (figure.qualifier.map { "\($0) " } ?? "") + render.money(figure.money, per: figure.period),
      ]
      for converted in row.converted { cells.append(render.money(converted.values, per: converted.period)) }
      while cells.count < header.count - 2 { cells.append("–") }
      cells += [figure.year.map(String.init) ?? "unknown", figure.sourceID]
      table.add(cells)
    }
    var lines = [style.bold(listing.role)] + table.lines
    let exchanges = listing.rows.flatMap { $0.converted.compactMap(\.exchange) }
    var seen: [String] = []
    for exchange in exchanges {
      let text = provenance(exchange, withRate: false)
      if !seen.contains(text) {
        seen.append(text)
        lines.append(style.dim("  rates: \(text)"))
      }
    }
    if listing.pppLabel != nil {
      lines.append(style.dim("  at purchasing-power parity (World Bank), not market exchange rates"))
    }
    return lines
  }

  func rates(_ listing: RatesListing) -> [String] {
    var table = TextTable()
    table.add(["source", "base", "dates", "currencies", "file"])
    for entry in listing.tables {
      let table_ = entry.table
      var dates = "–"
      if let oldest = table_.oldest, let newest = table_.newest {
        dates = table_.kind == .peg ? "peg since \(oldest)" : "\(oldest)…\(newest)"
        if let age = entry.ageInDays, age > listing.staleAfterDays { dates += " (\(age) days old)" }
      }
      var currencies = "\(table_.quoted.count)"
      if table_.quoted.count <= 3 { currencies = table_.quoted.map(\.description).joined(separator: " ") }
      if !table_.unknown.isEmpty {
        currencies = "unknown: " + table_.unknown.keys.sorted().map(\.description).joined(separator: " ")
      }
      table.add([
        table_.source.name, table_.base.description, dates, currencies,
        table_.sources.map { $0.file + (entry.userFiles.contains($0.file) ? " (yours)" : "") }.joined(separator: " + "),
      ])
    }
    return table.lines
  }

  func sources(_ sources: [Source]) -> [String] {
    var table = TextTable()
    for source in sources {
      table.add([source.id, source.asOf, "\(source.title) — \(source.publisher)"])
    }
    return table.lines
  }

  func countries(_ profiles: [CountryProfile]) -> [String] {
    var table = TextTable()
    table.rightAligned = [3, 4, 5]
    table.add(["", "country", "year", "h/week", "h/day", "leave", "currency", "confidence"])
    for profile in profiles {
      table.add([
        profile.code, profile.name, String(profile.year), profile.weeklyHours.description,
        profile.hoursPerDay.description,
        profile.minimumLeaveDays.description + (profile.leaveIncludesPublicHolidays ? " incl. holidays" : ""),
        profile.currency.code.description, profile.confidence.word,
      ])
    }
    return table.lines
  }

  func settings(_ listing: [(name: String, value: String?)]) -> [String] {
    var table = TextTable()
    for (name, value) in listing { table.add([name, value ?? style.dim("–")]) }
    return table.lines
  }

  func sensitivity(_ result: SensitivityTable) -> [String] {
    var table = TextTable()
    table.rightAligned = Set(0...result.columns.count)
    table.add([result.input] + result.columns)
    for row in result.rows {
      if let error = row.error {
        table.add([row.input, error])
      } else {
        table.add([row.input] + row.values.map { $0.map { render.money($0) } ?? "–" })
      }
    }
    return table.lines
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
    var steps = TextTable()
    steps.rightAligned = [1]
    for step in breakdown.steps { steps.add([step.label, value(step.value), style.dim(step.formula)]) }
    lines += steps.lines
    if !breakdown.rows.isEmpty {
      lines.append(style.bold("Data used"))
      var rows = TextTable()
      for row in breakdown.rows {
        rows.add([
          row.description + (row.confidence.map(confidenceMark) ?? ""), row.source, row.date,
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
