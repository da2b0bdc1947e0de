import RateCalc

/// `--vary NAME --from A --to B --step S`: a calculation run over a range of one numeric
/// setting, one row per value; a failure for one value is shown in its row.
struct Vary {
  /// The setting varied, or `nil` for a command's own input (`months` on compare).
  let setting: SettingSpec?
  /// What is varied, as the table's first column says.
  let name: String
  /// The values, from the library's bounded range.
  let values: [Amount]
  /// Where `--vary` is, for errors.
  let token: Token

  /// The range the options ask for, or `nil` without `--vary`; `--from`, `--to` and `--step`
  /// without `--vary` are refused, since they would do nothing.
  init?(_ options: ParsedOptions, inputs: [String] = [], chartsNeedVary: Bool = true) throws(CommandFailure) {
    guard let (name, token) = options.text(.vary) else {
      for option in [OptionSpec.from, .to, .step] + (chartsNeedVary ? OptionSpec.charts : []) {
        if let entry = options.entry(option) { throw .at(entry.token, "--\(option.name) needs --vary NAME") }
      }
      return nil
    }
    let own = inputs.contains(name.lowercased())
    let setting = own ? nil : SettingsTable.row(name)
    guard own || setting?.isNumeric == true else {
      let extra = inputs.isEmpty ? "" : ", or \(inputs.joined(separator: ", "))"
      throw .at(
        token, "--vary takes a numeric setting: utilisation, hours, leave, sick, training, holidays, expenses…\(extra)")
    }
    guard let from = options.text(.from)?.1, let to = options.text(.to)?.1, let step = options.text(.step)?.1 else {
      throw .at(
        token,
        "--vary \(name.lowercased()) needs --from, --to and --step, such as --from 60% --to 90% --step 5%")
    }
    func read(_ token: Token) throws(CommandFailure) -> Amount {
      do {
        return setting?.kind.isShare == true ? try ValueKind.share(token) : try ValueKind.number(token)
      } catch {
        throw .syntax(error)
      }
    }
    let (low, high, size) = (try read(from), try read(to), try read(step))
    do { values = try Sensitivity.values(from: low, to: high, step: size) } catch { throw .at(step, error.message) }
    self.setting = setting
    self.name = setting?.name ?? name.lowercased()
    self.token = token
  }

  /// Runs `calculate` for each value with the setting changed; `columns` name its figures.
  func run(
    _ settings: Settings, book: RateBook, columns: [String],
    _ calculate: (Settings) throws(CommandFailure) -> [Money]
  ) throws(CommandFailure) -> SensitivityOutput {
    try run(settings, book: book, columns: columns) { (varied, _) throws(CommandFailure) in try calculate(varied) }
  }

  /// Runs `calculate` for each value: the settings with a varied setting changed, and the value
  /// itself (for a command's own input).
  func run(
    _ settings: Settings, book: RateBook, columns: [String],
    _ calculate: (Settings, Amount) throws(CommandFailure) -> [Money]
  ) throws(CommandFailure) -> SensitivityOutput {
    var rows: [SensitivityOutput.Row] = []
    for value in values {
      var varied = settings
      if let setting {
        let input = SettingInput(
          value: .number(value),
          token: Token(text: value.description, position: token.position, length: token.length, quoted: false),
          book: book)
        try setting.apply(&varied, input)
      }
      let label = setting?.kind.isShare == true ? Render.percent(value) : value.description
      do {
        rows.append(.init(input: label, values: try calculate(varied, value).map { Optional($0) }, error: nil))
      } catch {
        rows.append(.init(input: label, values: columns.map { _ in nil }, error: error.message))
      }
    }
    return SensitivityOutput(input: name, columns: columns, rows: rows)
  }
}

extension ValueKind {
  /// Whether values of this kind are shares (shown as percentages).
  var isShare: Bool {
    if case .share = self { return true }
    return false
  }
}

/// A sensitivity run: one input over a range, one row per value.
struct SensitivityOutput: CommandOutput {
  /// One value of the input and its figures, or why they could not be computed.
  struct Row {
    let input: String
    let values: [Money?]
    let error: String?
  }

  /// The setting varied.
  let input: String
  /// The figures' names.
  let columns: [String]
  /// The rows.
  let rows: [Row]

  func text(_ text: TextRenderer) -> [String] {
    let lines = table(text)
    guard text.chart == .on, let chart = chart(text.render) else { return lines }
    return lines + [""] + text.lines(chart)
  }

  func csv() -> [[String]]? {
    let currency = rows.lazy.compactMap { $0.values.compactMap { $0 }.first?.currency.code.description }.first ?? ""
    return [[input] + columns + ["currency", "error"]]
      + rows.map { row in [row.input] + row.values.map { $0?.amount.description ?? "" } + [currency, row.error ?? ""] }
  }

  /// The first figure of each row as a bar.
  func chart(_ render: Render) -> Chart? {
    let bars = rows.compactMap { row in row.values.first.flatMap { $0 }.map { (row.input, $0) } }
    guard let currency = bars.first?.1.currency else { return nil }
    let chartRows = bars.map { input, money in
      Chart.Row(
        label: input, series: 0, low: .zero, high: money.amount, mark: nil, text: render.money(money), note: nil)
    }
    return Chart(
      title: "\(columns.first ?? "") by \(input)", series: [], rows: chartRows, currency: currency,
      caption: "\(currency.code); rows that could not be computed are left out", sentence: nil)
  }

  private func table(_ text: TextRenderer) -> [String] {
    var table = text.table()
    table.rightAligned = Set(0...columns.count)
    table.add([input] + columns)
    for row in rows {
      if let error = row.error {
        table.add([row.input, error])
      } else {
        table.add([row.input] + row.values.map { $0.map { text.render.money($0) } ?? "–" })
      }
    }
    return table.lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    [
      ("type", .string("sensitivity")), ("input", .string(input)), ("columns", .array(columns.map { .string($0) })),
      (
        "rows",
        .array(
          rows.map { row in
            .object([
              ("input", .string(row.input)), ("values", .array(row.values.map { $0.map(json.money) ?? .null })),
              ("error", JSON.optional(row.error)),
            ])
          })
      ),
    ]
  }
}
