import RateCalc

/// `convert 55000 GBP to USD EUR`, `550 EUR/day in GBP/hour`: money between currencies and
/// periods. A line that starts with no command word is a conversion, and a variable alone shows
/// its value.
struct ConvertCommand: CommandSpec {
  static let info = CommandInfo(
    ["convert"], summary: "money between currencies and periods",
    help: """
      convert AMOUNT CUR to CUR [CUR…]      convert 55000 GBP to USD
      AMOUNT CUR/PERIOD in CUR/PERIOD       550 EUR/day in GBP/hour
        Amounts: 55000, 55,000, 55k, 1.2m, £55k, €50,000, 55 000; ranges 40k-90k, £40k–£90k.
        Several targets: to USD EUR, to USD, EUR or in € and $.
        Periods: hour, day, week, month, year (through hours: --hours, --basis, or a --country calendar).
        Rates are the ECB's (and ratecalc's own for AED); every figure shows the date and source used.
        --on 2016-06-24     rates of that date (the latest on or before it)
        --exact-date        only rates of exactly that date
        Examples: convert 40k-90k GBP to USD EUR · convert 100 EUR to GBP --on 2026-04-10
      """,
    overview: [
      ("convert 55000 GBP to USD", "money between currencies"), ("550 EUR/day in GBP/hour", "…and periods"),
    ],
    examples: [
      ("convert 55000 GBP to USD", "money in another currency, with the rate's date and source"),
      (
        "convert 55000 GBP to USD --on 2016-06-24",
        "at a date's rates (the latest on or before it; `--exact-date` demands that day)"
      ), ("£40k–£90k in € and $", "a range, into several currencies (to USD EUR and to USD, EUR too)"),
      ("550 EUR/day in GBP/hour", "another currency and period (it says which hours per day it used)"),
    ],
    options: OptionSpec.figures + OptionSpec.amounts + [.explain] + OptionSpec.calendar + [
      .setting("utilisation"), .on, .exactDate, .setting("basis"), .setting("round-to"),
    ])

  /// A conversion reads variables and settings and changes nothing.
  static var onlyReadsSession: Bool { true }

  /// The amount.
  let amount: QuantityTerm
  /// What to convert to; empty for a variable shown alone.
  let targets: [TargetTerm]

  static func parse(_ words: inout Words) throws(SyntaxError) -> ConvertCommand {
    let amount = try words.quantity()
    guard let targets = try words.conversionTargets() else {
      throw words.errorHere("say what to convert to: convert 55000 GBP to USD")
    }
    return ConvertCommand(amount: amount, targets: targets)
  }

  /// A line without a command word: `550 EUR/day in GBP/hour`, `rate`, `ans`.
  static func parseBare(_ words: inout Words) throws(SyntaxError) -> ConvertCommand {
    // A word that is not an amount, followed by more words that are not a conversion, is a
    // mistyped command rather than a variable: `convrt 55000 GBP to USD`.
    if let first = words.current, !first.quoted, Words.isVariableName(first.text), !Words.isAmount(first.text),
      let next = words.following, !["to", "in", "as", "->", "per", "a"].contains(next.text.lowercased()),
      !Words.looksLikeCurrency(next.text)
    {
      let hint = Suggestion.hint(for: first.text.lowercased(), among: Commands.words, otherwise: " (see help)")
      throw first.error("unknown command '\(Quoted.text(first.text))'\(hint)")
    }
    return ConvertCommand(amount: try words.quantity(), targets: try words.conversionTargets() ?? [])
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    if targets.isEmpty, let variable = amount.variable {
      let quantity = try context.value(of: variable, at: amount.first)
      return Outcome(
        ConversionOutput(original: [quantity.money], period: quantity.period, targets: []), value: quantity)
    }
    let (values, period) = try context.amounts(amount)
    try refuseUnusedCalendar(period: period, context: context)
    var converted: [ConvertedTarget] = []
    var warnings: [String] = []
    for target in targets {
      let result = try convert(values, period: period, to: target, context: context)
      for warning in result.exchange?.warnings ?? [] {
        let message = context.message(of: warning)
        if !warnings.contains(message) { warnings.append(message) }
      }
      converted.append(result)
    }
    // An amount alone (`let budget = 120k EUR`) is its own value.
    let shown = converted.first.map { ($0.values, $0.period) } ?? (values, period)
    let value = shown.0.count == 1 ? Quantity(money: shown.0[0], period: shown.1) : nil
    let roundTo = context.settings.roundTo
    let results = converted
    return Outcome(
      ConversionOutput(original: values, period: period, targets: converted),
      breakdown: .later { ConvertCommand.breakdown(of: values[0], results, roundedTo: roundTo) }, value: value,
      warnings: warnings)
  }

  /// The rates each target used, its notes, and each value: made only when asked for.
  private static func breakdown(of amount: Money, _ converted: [ConvertedTarget], roundedTo: Amount?) -> Breakdown {
    var breakdown = Breakdown()
    for result in converted {
      for leg in result.exchange?.legs ?? [] {
        breakdown.use(
          .init(
            description: "1 \(leg.base) = \(leg.fromRate) \(leg.from), \(leg.toRate) \(leg.to)", origin: nil,
            source: leg.source.name + (leg.isPeg ? " (peg)" : ""), date: leg.observedOn.description))
      }
      if let basis = result.basis { breakdown.note("periods converted on \(basis.name)", kind: .detail) }
      if let step = roundedTo { breakdown.note("rounded to the nearest \(step)", kind: .detail) }
    }
    breakdown.add("amount", "as given", .money(amount))
    for target in converted {
      for value in target.values {
        breakdown.add(
          "in \(value.currency.code)", target.exchange.map { "× \($0.rate?.description ?? "?")" } ?? "same currency",
          .money(value))
      }
    }
    return breakdown
  }

  /// Refuses calendar options a conversion would not read: they shape only a conversion between
  /// periods, and the calendar's days only with a country and no named basis.
  private func refuseUnusedCalendar(period: Period?, context: Context) throws(CommandFailure) {
    guard !context.options.entries.isEmpty else { return }
    let changesPeriod = period != nil && targets.contains { $0.period != nil && $0.period != period }
    try context.refuse(
      OptionSpec.calendar + [.setting("utilisation"), .setting("basis")], unless: changesPeriod,
      "changes a conversion only between periods, such as 550 EUR/day in EUR/hour")
    let named = context.settings.basis.flatMap(PeriodBasis.convention(named:)) != nil
    try context.refuse(
      [.setting("hours")] + OptionSpec.calendar.filter { $0.name != "hours" } + [.setting("utilisation")],
      unless: !named, "has no effect with a named --basis")
    try context.refuse(
      OptionSpec.calendar.filter { $0.name != "hours" && $0.name != "country" } + [.setting("utilisation")],
      unless: context.settings.country != nil,
      "shapes a period conversion only with a country's calendar: add --country")
  }

  /// The values in one target's currency and period.
  private func convert(_ values: [Money], period: Period?, to target: TargetTerm, context: Context)
    throws(CommandFailure) -> ConvertedTarget
  {
    let currency =
      try target.currency.map { (text) throws(CommandFailure) in try context.resolve(text, at: target.token) }
      ?? values[0].currency
    var basis: PeriodBasis? = nil
    if let wanted = target.period, wanted != period {
      guard period != nil else {
        throw .syntax(
          amount.error(
            "the amount has no period to convert from: write it per hour, day, month or year, such as \(amount.first.text) \(values[0].currency.code)/day"
          ))
      }
      basis = try context.basis(context.settings, country: context.settings.country)
    }
    var results: [Money] = []
    var exchange: Conversion? = nil
    for value in values {
      var money = value
      if currency != value.currency {
        do {
          let conversion = try context.book.convert(value, to: currency, options: context.exchangeOptions)
          money = conversion.converted
          exchange = conversion
        } catch {
          throw context.exchangeFailure(
            error, target: target.token, from: (value.currency, amount.currencyToken ?? amount.first))
        }
      }
      if let basis, let from = period, let to = target.period {
        do { money = Money(try basis.convert(money.amount, from: from, to: to), currency) } catch {
          throw .calculation(error.message)
        }
      }
      if let step = context.settings.roundTo {
        do { money = Money(try money.amount.rounded(toMultipleOf: step, mode: .halfUp), currency) } catch {
          throw .calculation(error.message)
        }
      }
      results.append(money)
    }
    return ConvertedTarget(
      values: results, period: target.period ?? period, exchange: exchange, basis: basis,
      roundedTo: context.settings.roundTo)
  }
}

/// One target of a conversion: the values in that currency and period, and how they were got.
struct ConvertedTarget {
  /// The values (two for a range).
  let values: [Money]
  /// Their period.
  let period: Period?
  /// The exchange, when the currency changed.
  let exchange: Conversion?
  /// The period basis, when the period changed.
  let basis: PeriodBasis?
  /// The step the values were rounded to, if any.
  var roundedTo: Amount? = nil
}

/// A conversion's result: the amount and each target.
struct ConversionOutput: CommandOutput {
  /// The amount (two for a range).
  let original: [Money]
  /// Its period.
  let period: Period?
  /// The targets.
  let targets: [ConvertedTarget]

  var title: String { "conversion" }

  func text(_ text: TextRenderer) -> [String] {
    let from = text.render.money(original, per: period)
    guard !targets.isEmpty else { return [from] }
    func detail(_ target: ConvertedTarget) -> String {
      // A change of currency alone (the usual case) is its provenance, with no list to join.
      if let exchange = target.exchange, target.basis == nil, target.roundedTo == nil {
        return text.provenance(exchange)
      }
      var parts: [String] = []
      if let exchange = target.exchange { parts.append(text.provenance(exchange)) }
      if let basis = target.basis { parts.append(basis.name) }
      if let step = target.roundedTo { parts.append("rounded to the nearest \(step)") }
      return parts.joined(separator: " · ")
    }
    if targets.count == 1, let target = targets.first {
      let result = from + " = " + text.style.bold(text.render.money(target.values, per: target.period))
      let info = detail(target)
      return info.isEmpty ? [result] : [result, text.style.dim("  " + info)]
    }
    var table = text.table()
    for target in targets {
      table.add(["= " + text.render.money(target.values, per: target.period), text.style.dim(detail(target))])
    }
    return [from] + table.lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    [
      ("type", .string("conversion")), ("from", .array(original.map { json.money($0, per: period) })),
      (
        "to",
        .array(
          targets.map { target in
            .object([
              ("values", .array(target.values.map { json.money($0, per: target.period) })),
              ("exchange", target.exchange.map(json.conversion) ?? .null),
              ("period_basis", JSON.optional(target.basis?.name)),
            ])
          })
      ),
    ]
  }
}
