import RateCalc

/// Helpers shared by the commands: breakdown merging and sensitivity ranges.
extension Executor {
  /// Adds a calendar's rows and notes to a result's breakdown.
  func merge(_ calendar: Breakdown, into breakdown: inout Breakdown) {
    for row in calendar.rows { breakdown.use(row) }
    for note in calendar.notes { breakdown.note(note) }
  }

  /// Runs a calculation over `--from … --to … --step …` of one setting.
  mutating func vary(
    _ variable: Token, options: ParsedOptions, settings: Settings, columns: [String],
    _ calculate: (Executor, Settings) throws(CommandFailure) -> [Money]
  ) throws(CommandFailure) -> Outcome {
    let name = variable.text.lowercased()
    guard Options.settingNames.contains(name),
      !["country", "currency", "region", "round", "basis", "dollar", "weekdays"].contains(name)
    else {
      throw .at(
        variable, "--vary takes a numeric setting: utilisation, hours, leave, sick, training, holidays, expenses…")
    }
    guard let fromToken = options.value("from"), let toToken = options.value("to"),
      let stepToken = options.value("step")
    else {
      throw .at(variable, "--vary \(name) needs --from, --to and --step, such as --from 60% --to 90% --step 5%")
    }
    let isShare = ["utilisation", "utilization", "margin", "markup", "fee", "recruiting", "agency"].contains(name)
    func read(_ token: Token) throws(CommandFailure) -> Amount {
      isShare ? try Settings.fraction(token) : try Settings.number(token)
    }
    let values: [Amount]
    do {
      values = try Sensitivity.values(from: try read(fromToken), to: try read(toToken), step: try read(stepToken))
    } catch let error as CommandFailure {
      throw error
    } catch let error as CalculationError {
      throw .at(stepToken, error.message)
    } catch {
      throw .at(stepToken, "\(error)")
    }
    var rows: [(input: String, values: [Money?], error: String?)] = []
    for value in values {
      var varied = settings
      try varied.set(
        name, Token(text: value.description, position: variable.position, length: variable.length, quoted: false),
        book: book)
      let label = isShare ? Render.percent(value) : value.description
      do {
        rows.append((label, try calculate(self, varied).map { Optional($0) }, nil))
      } catch {
        rows.append((label, columns.map { _ in nil }, error.message))
      }
    }
    return Outcome(.sensitivity(SensitivityTable(input: name, columns: columns, rows: rows)))
  }
}
