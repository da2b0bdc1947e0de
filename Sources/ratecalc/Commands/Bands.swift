import RateCalc

/// `bands "machine learning engineer" --in USD`: a role's published salary figures, each with
/// its source and year, converted at market rates or shown at purchasing-power parity.
struct BandsCommand: CommandSpec {
  static let info = CommandInfo(
    ["bands"], summary: "salary figures for a role, converted",
    help: """
      bands "ROLE" [--in CUR[,CUR]] [--per PERIOD] [--on DATE] [--ppp YEAR] [--round-to 500]
        bands "machine learning engineer" --in USD
        Every figure of the seed articles, with its source and year; disagreeing articles are
        both shown, never averaged. --ppp 2024 shows purchasing-power parity (labelled as such).
        The quotes may be left out: bands machine learning engineer --in USD.
      """,
    overview: [("bands \"machine learning engineer\" --in USD", "salary figures, converted")],
    examples: [
      (
        "bands \"machine learning engineer\" --in USD",
        "every published figure for the role, converted (`--ppp 2024` for purchasing-power parity)"
      )
    ],
    options: OptionSpec.figures + [.setting("dollar"), .explain] + OptionSpec.calendar + [
      .on, .exactDate, .setting("basis"), .setting("utilisation"), .setting("round-to"), .in, .per, .ppp,
    ] + OptionSpec.charts)

  /// The role, if given (a book with one role needs none).
  let role: Token?

  static func parse(_ words: inout Words) throws(SyntaxError) -> BandsCommand {
    guard let first = words.next() else { return BandsCommand(role: nil) }
    // A role of several words may be written without quotes: bands data scientist.
    let rest = Array(words.rest)
    guard !first.quoted, let last = rest.last, rest.allSatisfy({ !$0.quoted }) else { return BandsCommand(role: first) }
    words.skipRest()
    let text = ([first] + rest).map(\.text).joined(separator: " ")
    return BandsCommand(
      role: Token(
        text: text, position: first.position, length: last.position + last.length - first.position, quoted: false))
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    let book = context.book
    let figures = try self.figures(context, country: context.settings.country)
    var targets: [Currency] = []
    for entry in context.options.all(.in) {
      guard case .list(let codes) = entry.value, let token = entry.valueToken else { continue }
      for code in codes { targets.append(try context.resolve(code, at: token)) }
    }
    var period: Period? = nil
    if let entry = context.options.entry(.per), case .period(let per) = entry.value { period = per }
    var pppYear: Int? = nil
    if let entry = context.options.entry(.ppp), case .year(let year) = entry.value { pppYear = year }
    try context.refuse(
      [.per, .on, .exactDate, .setting("round-to"), .setting("basis")], unless: pppYear == nil,
      "does not apply at purchasing-power parity (--ppp)")
    try context.refuse(
      OptionSpec.calendar.filter { $0.name != "country" } + [.setting("utilisation"), .setting("basis")],
      unless: period != nil, "changes bands only when they are shown per another period: add --per day")
    var listing = Listing(targets: targets, period: period)
    for figure in figures {
      if let pppYear {
        try listing.addAtParity(figure, year: pppYear, book: book)
      } else {
        let basis = try context.basis(context.settings, country: figure.country ?? context.settings.country)
        try listing.addAtMarketRates(
          figure, basis: basis, book: book, options: context.exchangeOptions, roundTo: context.settings.roundTo)
      }
      listing.breakdown.use(
        .init(
          description: Render.figureTitle(figure), origin: figure.origin, source: figure.sourceID,
          date: figure.year.map(String.init) ?? "year unknown"))
    }
    let output = BandsOutput(
      role: figures[0].role, rows: listing.rows, targets: targets, ppp: listing.atParity ? pppYear : nil)
    return Outcome(output, breakdown: listing.breakdown, warnings: listing.warnings)
  }

  /// The role's figures (in the country, if one is set).
  private func figures(_ context: Context, country: String?) throws(CommandFailure) -> [BandFigure] {
    let book = context.book
    let roleName = role?.text ?? (book.roles.count == 1 ? book.roles[0] : "")
    guard !roleName.isEmpty else {
      let example = book.roles.first ?? "machine learning engineer"
      throw .calculation("which role? bands \"\(example)\" (roles: \(book.roles.joined(separator: ", ")))")
    }
    do { return try book.figures(role: roleName, country: country) } catch {
      if let role { throw .at(role, context.message(error)) }
      throw .calculation(context.message(error))
    }
  }

  /// The rows as they are converted, with the breakdown and warnings gathered.
  private struct Listing {
    let targets: [Currency]
    let period: Period?
    var rows: [BandsOutput.Row] = []
    var breakdown = Breakdown()
    var warnings: [String] = []
    /// Whether any figure was shown at parity.
    var atParity = false

    init(targets: [Currency], period: Period?) {
      self.targets = targets
      self.period = period
    }

    mutating func warn(_ text: String) { if !warnings.contains(text) { warnings.append(text) } }

    /// A figure at purchasing-power parity: in international dollars, or in each target's country.
    mutating func addAtParity(_ figure: BandFigure, year: Int, book: RateBook) throws(CommandFailure) {
      guard let country = figure.country else {
        rows.append(.init(figure: figure, converted: []))
        return
      }
      let toCountries: [String?] =
        targets.isEmpty
        ? [nil]
        : targets.map { currency in
          book.countries.first { $0.currency == currency && $0.code != country }?.code
            ?? (currency == figure.money.currency ? country : nil)
        }
      let band = Band(typical: figure.money.amount, currency: figure.money.currency, period: figure.period)
      var converted: [ConvertedTarget] = []
      for toCountry in toCountries {
        do {
          let result = try BandConversion.ppp(band, fromCountry: country, toCountry: toCountry, year: year, book: book)
          atParity = true
          if let value = result.band.typical {
            converted.append(
              .init(values: [Money(value, result.band.currency)], period: figure.period, exchange: nil, basis: nil))
          }
          for row in result.breakdown.rows { breakdown.use(row) }
        } catch {
          warnings.append("\(country): \(error.message)")
        }
      }
      rows.append(.init(figure: figure, converted: converted))
    }

    /// A figure at market rates in each target currency.
    mutating func addAtMarketRates(
      _ figure: BandFigure, basis: PeriodBasis, book: RateBook, options: ConversionOptions, roundTo: Amount?
    ) throws(CommandFailure) {
      let band = Band(typical: figure.money.amount, currency: figure.money.currency, period: figure.period)
      let shownPeriod = period ?? figure.period
      var converted: [ConvertedTarget] = []
      for currency in targets {
        do {
          let result = try BandConversion.convert(
            band, to: currency, period: shownPeriod, basis: basis, book: book, options: options, roundTo: roundTo)
          if let value = result.band.typical {
            converted.append(
              .init(values: [Money(value, currency)], period: shownPeriod, exchange: result.exchange, basis: basis))
          }
          for row in result.breakdown.rows { breakdown.use(row) }
          for note in result.breakdown.entries where note.kind != .detail { warn(note.text) }
        } catch {
          warn("\(figure.money.currency.code) → \(currency.code): \(error.message)")
        }
      }
      rows.append(.init(figure: figure, converted: converted))
    }
  }
}

extension OptionSpec {
  /// `--in CUR[,CUR]`.
  static let `in` = OptionSpec("in", .currencies, "CUR", help: "bands: currencies to show (repeatable)")
  /// `--per PERIOD`.
  static let per = OptionSpec(
    "per", .period, "PERIOD", help: "bands: the period to show (hour, day, month, year)",
    invalid: "a period is hour, day, week, month or year")
  /// `--ppp YEAR`.
  static let ppp = OptionSpec(
    "ppp", .year, "YEAR", help: "bands: show at purchasing-power parity of a year",
    invalid: "--ppp takes a year, such as 2024")
}

/// A role's figures, each with its conversions.
struct BandsOutput: CommandOutput {
  /// One figure and its conversions.
  struct Row {
    let figure: BandFigure
    let converted: [ConvertedTarget]
  }

  let role: String
  let rows: [Row]
  let targets: [Currency]
  /// The PPP year, when the figures are shown at parity.
  let ppp: Int?

  var title: String { "bands" }

  func chart(_ render: Render) -> Chart? { BandsChart(output: self).chart(render) }

  func csv() -> [[String]]? {
    var header = [
      "role", "country", "region", "level", "measure", "employment", "year", "source", "amount", "currency", "per",
    ]
    for target in targets { header += ["amount_\(target.code)", "per_\(target.code)"] }
    if targets.isEmpty && ppp != nil { header += ["amount_international_dollars", "per_international_dollars"] }
    let body = rows.map { row in
      let figure = row.figure
      var cells = [
        figure.role, figure.country ?? "", figure.region ?? "", figure.level, figure.measure,
        figure.employment.rawValue,
        figure.year.map(String.init) ?? "", figure.sourceID, figure.money.amount.description,
        figure.money.currency.code.description, figure.period.rawValue,
      ]
      for converted in row.converted {
        cells += [converted.values.first?.amount.description ?? "", converted.period?.rawValue ?? ""]
      }
      while cells.count < header.count { cells.append("") }
      return cells
    }
    return [header] + body
  }

  /// "PPP 2024", when at parity.
  var pppLabel: String? { ppp.map { "PPP \($0)" } }

  func text(_ text: TextRenderer) -> [String] {
    let chart = BandsChart(output: self).chart(text.render)
    switch text.chart {
    case .on: return [text.style.bold(role)] + text.lines(chart)
    case .off: return table(text)
    case .auto: return table(text) + [""] + text.lines(chart)
    }
  }

  /// The figures as a table, with the rates and PPP lines under it.
  private func table(_ text: TextRenderer) -> [String] {
    var header = ["figure", "as published"]
    for target in targets { header.append(pppLabel.map { "\($0) \(target.code)" } ?? "in \(target.code)") }
    if targets.isEmpty, let label = pppLabel { header.append("\(label) int'l $") }
    header += ["year", "source"]
    var table = text.table()
    table.rightAligned = Set(1..<(header.count - 2))
    // Where the figures in other currencies leave no room (`--in USD` in 80 columns), each
    // row's source goes below it.
    table.lastColumnIsNote = true
    table.add(header)
    for row in rows {
      let figure = row.figure
      var cells = [
        Render.figureTitle(figure),
        (figure.qualifier.map { "\($0) " } ?? "") + text.render.money(figure.money, per: figure.period),
      ]
      for converted in row.converted { cells.append(text.render.money(converted.values, per: converted.period)) }
      while cells.count < header.count - 2 { cells.append("–") }
      cells += [figure.year.map(String.init) ?? "unknown", figure.sourceID]
      table.add(cells)
    }
    var lines = [text.style.bold(role)] + table.lines
    var seen: [String] = []
    for exchange in rows.flatMap({ $0.converted.compactMap(\.exchange) }) {
      let provenance = text.provenance(exchange, withRate: false)
      if !seen.contains(provenance) {
        seen.append(provenance)
        lines.append(text.style.dim("  rates: \(provenance)"))
      }
    }
    if ppp != nil {
      lines.append(text.style.dim("  at purchasing-power parity (World Bank), not market exchange rates"))
    }
    return lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    [
      ("type", .string("bands")), ("role", .string(role)), ("ppp", JSON.optional(pppLabel)),
      (
        "figures",
        .array(
          rows.map { row in
            guard case .object(var members) = json.band(row.figure) else { return .null }
            let converted = row.converted.map { target in
              JSON.object([
                ("values", .array(target.values.map { json.money($0, per: target.period) })),
                ("exchange", target.exchange.map(json.conversion) ?? .null),
              ])
            }
            members.append(("converted", .array(converted)))
            return .object(members)
          })
      ),
    ]
  }
}
