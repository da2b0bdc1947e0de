import FoundationEssentials
import RateCalc

/// How a line ended, for exit codes.
enum LineStatus {
  case ok
  /// A calculation could not be done (exit 1).
  case failed
  /// A usage mistake (exit 2 when it is the whole one-shot command).
  case usage
  case quit
}

/// A line that ended before its command ran, with the status to end it with.
struct LineFailure: Error {
  let status: LineStatus
}

/// The tool: runs command lines in a session and writes results, errors and warnings.
struct App {
  var executor: Executor
  let output: Output
  /// Colour and bold on a terminal, never with NO_COLOR.
  let style: Style
  /// Every result as JSON (`ratecalc --json` for a whole session or pipe).
  var jsonAlways = false
  /// Every result with its breakdown (`ratecalc --explain < file`).
  var explainAlways = false
  /// The widest a table may be (``Width/output``, read once; the prompt updates it per line).
  var width = 80
  let environment: [String: String]
  /// Built-in files, for books made with a command's own `--rates`.
  let builtIn: [DataFile]
  /// Files loaded at start.
  let userFiles: [DataFile]
  /// Warnings already shown in this run (pipe mode), with how many more lines gave each.
  private(set) var repeatedWarnings: [(text: String, more: Int)] = []
  /// Where each warning is in ``repeatedWarnings``.
  private var warningIndex: [String: Int] = [:]
  /// The most distinct warnings a pipe remembers (to show each once and count the rest); a
  /// warning beyond them is shown every time it is given.
  static let rememberedWarningLimit = 1_000

  /// Creates the app with the built-in data plus the user's config folder and `--rates` paths.
  /// Returns what to warn about, the errors that stop the run (a `--rates` file that cannot be
  /// used) and the `--rates` paths that do not exist.
  static func make(
    ratesPaths: [String], environment: [String: String], output: Output, style: Style
  ) -> (app: App, warnings: [String], errors: [String], missing: [String]) {
    let builtIn = RateBook.builtInFiles()
    let today = App.today(environment)
    let loaded = UserRates.load(paths: ratesPaths, environment: environment, home: environment["HOME"])
    let book = RateBook(builtIn: builtIn, user: loaded.files, today: today)
    let rejected = loaded.rejected + book.rejected
    let used = loaded.files.filter { file in !book.rejected.contains { $0.name == file.name } }
    var session = Session()
    session.saved = SavedSettings(environment: environment)
    session.scenarios = UserFolders.data("scenarios", environment)
    session.environment = environment
    let savedProblems = App.load(session.saved, into: &session, book: book)
    let executor = Executor(book: book, session: session, today: today)
    let app = App(
      executor: executor, output: output, style: style, environment: environment, builtIn: builtIn, userFiles: used)
    let clock = App.badToday(environment).map { [$0] } ?? []
    let report = UserRates.report(rejected, named: loaded.named)
    return (app, clock + savedProblems + report.warnings, report.errors, loaded.missing)
  }

  /// Applies the saved settings; each line that cannot be used is a warning naming the file,
  /// line and column, and the rest still apply.
  static func load(_ saved: SavedSettings, into session: inout Session, book: RateBook) -> [String] {
    let entries: [(name: String, value: String, line: Int)]
    switch saved.entries() {
    case .success(let read): entries = read
    case .failure(let error): return [error.message]
    }
    var problems: [String] = []
    let path = saved.path ?? "settings"
    for entry in entries {
      let line = "set \(entry.name) \(entry.value)"
      let failure: CommandFailure
      do throws(CommandFailure) {
        let parsed: ParsedCommand
        do { parsed = try Parser.parse(line) } catch { throw .syntax(error) }
        guard let set = parsed.command as? SetCommand else { continue }
        try set.setting.apply(&session.settings, SettingInput(value: set.value, token: set.token, book: book))
        session.origins[set.setting.name] = .file
        continue
      } catch {
        failure = error
      }
      // Columns count from the file's line, which has no `set ` in front.
      let column = max(1, (failure.position ?? 5) - 4)
      problems.append("\(path):\(entry.line):\(column): \(failure.message); the line is ignored")
    }
    return problems
  }

  /// Whether `RATECALC_TODAY` is set but is not a date, for a warning at start.
  static func badToday(_ environment: [String: String]) -> String? {
    guard let text = environment["RATECALC_TODAY"], Day(parsing: text) == nil else { return nil }
    return "RATECALC_TODAY='\(Quoted.text(text))' is not a date (YYYY-MM-DD): the system clock is used"
  }

  /// `RATECALC_TODAY` (YYYY-MM-DD, for reproducible runs and tests), else the system clock (UTC).
  static func today(_ environment: [String: String]) -> Day {
    if let text = environment["RATECALC_TODAY"], let day = Day(parsing: text) { return day }
    let seconds = Date().timeIntervalSince1970
    return Day(ordinal: Int((seconds / 86_400).rounded(.down)))
  }

  /// Runs one line; `lineNumber` is given in pipe mode and prefixes errors.
  mutating func run(_ line: String, lineNumber: Int? = nil) -> LineStatus {
    let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
    if trimmed.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) || trimmed.hasPrefix("#") { return .ok }
    if let problem = LineCheck.problem(line) {
      report(.syntax(problem), line: problem.position > 0 ? line : "", lineNumber: lineNumber)
      return .usage
    }
    let parsed: ParsedCommand
    do {
      if let quick = QuickConversion.parse(line) { parsed = quick } else { parsed = try Parser.parse(line) }
    } catch {
      report(.syntax(error), line: line, lineNumber: lineNumber)
      return .usage
    }
    if parsed.command is QuitCommand { return .quit }
    // A command's own --rates files: a book for this command only.
    let saved = executor.book
    switch commandBook(parsed, line: line, lineNumber: lineNumber) {
    case .failure(let failure): return failure.status
    case .success(let book?): executor.book = book
    case .success(nil): break
    }
    defer { executor.book = saved }
    let outcome: Outcome
    do {
      outcome = try executor.run(parsed)
    } catch {
      report(error, line: line, lineNumber: lineNumber)
      return error.isUsage ? .usage : .failed
    }
    let rounding = roundingMode(parsed)
    let explain = explainAlways || parsed.options.has(.explain)
    if jsonAlways || parsed.options.has(.json) {
      let renderer = JSONRenderer(rounding: rounding)
      output.line(renderer.document(outcome, command: line, explain: explain).text)
      return outcome.failed ? .failed : .ok
    }
    let render = Render(currencies: executor.book.currencies, rounding: rounding, style: style)
    if let entry = parsed.options.entry(.csv) {
      guard let rows = outcome.output.csv() else {
        report(.at(entry.token, "this result has no table to export"), line: line, lineNumber: lineNumber)
        return .failed
      }
      guard case .text(let path) = entry.value, path != "-" else {
        output.writeData(CSVWriter.text(rows))
        return .ok
      }
      if let problem = AtomicFile.write(CSVWriter.text(rows), to: path) {
        report(.at(entry.valueToken ?? entry.token, problem), line: line, lineNumber: lineNumber)
        return .failed
      }
      output.errorLine("table written to \(path)")
    }
    if let (path, token) = parsed.options.text(.svg) {
      guard let chart = outcome.output.chart(render), !chart.rows.isEmpty else {
        report(.at(token, "this result has no chart to write"), line: line, lineNumber: lineNumber)
        return .failed
      }
      let plain = Render(currencies: executor.book.currencies, rounding: rounding, style: Style(enabled: false))
      if let problem = AtomicFile.write(SVGChart(chart: chart, render: plain).document, to: path) {
        report(.at(token, problem), line: line, lineNumber: lineNumber)
        return .failed
      }
      output.errorLine("chart written to \(path)")
    }
    // Tables and charts fit already; a longer line of prose is broken at spaces to fit too.
    for line in TextRenderer(render: render, width: width, chart: ChartOption(parsed.options)).lines(
      outcome, explain: explain)
    {
      guard outcome.output.fitsProse, !DisplayWidth.fits(line, in: width) else {
        output.line(line)
        continue
      }
      for piece in TextWrap.fitProse(line, width: width) { output.line(piece) }
    }
    let explained = explain ? outcome.breakdown?.notes ?? [] : []
    for warning in outcome.warnings where !explained.contains(warning) { warn(warning, lineNumber: lineNumber) }
    return outcome.failed ? .failed : .ok
  }

  /// Options given with no command (`ratecalc --country GB --explain < file`): settings for the
  /// whole session, `--json` and `--explain` for every result. The error names an option that
  /// needs a command.
  mutating func applyRunOptions(_ options: ParsedOptions, line: String) -> Bool {
    for option in options.entries {
      if let setting = option.spec.setting, let token = option.valueToken {
        do {
          try setting.apply(
            &executor.session.settings, SettingInput(value: option.value, token: token, book: executor.book))
          executor.session.origins[setting.name] = .option
        } catch {
          report(error, line: line, lineNumber: nil)
          return false
        }
        continue
      }
      switch option.spec.name {
      case OptionSpec.json.name: jsonAlways = true
      case OptionSpec.explain.name: explainAlways = true
      default:
        report(
          .at(
            option.token,
            "--\(option.spec.name) belongs to a command, such as: ratecalc COMMAND --\(option.spec.name) …"),
          line: line, lineNumber: nil)
        return false
      }
    }
    return true
  }

  /// `--scenario NAME`: the scenario's settings and variables before anything runs; `false`
  /// (the problem reported) when it cannot be loaded.
  mutating func loadScenario(_ name: String) -> Bool {
    let line = "scenario load \(name)"
    do throws(CommandFailure) {
      let parsed: ParsedCommand
      do { parsed = try Parser.parse(line) } catch { throw .syntax(error) }
      _ = try executor.run(parsed)
      return true
    } catch {
      report(error, line: line, lineNumber: nil)
      return false
    }
  }

  /// The book for a command with its own `--rates` files, `nil` without any, or the status to
  /// end the line with when a file cannot be used (its problems already reported).
  private func commandBook(_ parsed: ParsedCommand, line: String, lineNumber: Int?) -> Result<RateBook?, LineFailure> {
    let entries = parsed.options.all(.rates)
    guard !entries.isEmpty else { return .success(nil) }
    if entries.count > UserRates.maximumPaths {
      let token = entries[UserRates.maximumPaths].token
      report(
        .at(token, "at most \(UserRates.maximumPaths) --rates paths in one command"), line: line, lineNumber: lineNumber
      )
      return .failure(LineFailure(status: .usage))
    }
    let paths = entries.compactMap(\.valueToken)
    let loaded = UserRates.load(paths: paths.map(\.text), environment: [:], home: environment["HOME"])
    if let path = loaded.missing.first, let token = paths.first(where: { $0.text == path }) {
      report(.at(token, "no such file or folder: \(path)"), line: line, lineNumber: lineNumber)
      return .failure(LineFailure(status: .usage))
    }
    let book = RateBook(builtIn: builtIn, user: userFiles + loaded.files, today: executor.today)
    let errors = UserRates.report(loaded.rejected + book.rejected, named: loaded.named).errors
    guard let summary = errors.last else { return .success(book) }
    let prefix = lineNumber.map { "line \($0): " } ?? ""
    for problem in errors.dropLast() { output.errorLine(prefix + style.red("error: ") + problem) }
    let token = paths.first { path in summary.hasPrefix(path.text) } ?? paths[0]
    report(.at(token, summary), line: line, lineNumber: lineNumber)
    return .failure(LineFailure(status: .usage))
  }

  /// Shows a warning; in pipe mode with its line, and only the first time it is given (for the
  /// first ``rememberedWarningLimit`` distinct warnings).
  mutating func warn(_ text: String, lineNumber: Int?) {
    guard let lineNumber else {
      output.errorLine(style.yellow("warning: ") + text)
      return
    }
    if let index = warningIndex[text] {
      repeatedWarnings[index].more += 1
      return
    }
    if repeatedWarnings.count < App.rememberedWarningLimit {
      warningIndex[text] = repeatedWarnings.count
      repeatedWarnings.append((text, 0))
    }
    output.errorLine("line \(lineNumber): " + style.yellow("warning: ") + text)
  }

  /// At the end of a pipe: how many more lines gave each warning shown once.
  func reportRepeatedWarnings() {
    for (text, more) in repeatedWarnings where more > 0 {
      output.errorLine(style.yellow("warning: ") + "\(more) more line\(more == 1 ? "" : "s") gave: \(text)")
    }
  }

  /// The rounding for a command: its `--round`, else the session's.
  func roundingMode(_ parsed: ParsedCommand) -> RoundingMode {
    if let (mode, _) = parsed.options.text(.setting("round")), let rounding = RoundingMode(rawValue: mode) {
      return rounding
    }
    return executor.session.settings.round
  }

  /// One line of error, then the command with a caret under the offending part. With `--json`
  /// (on the line or for the run), an error document goes to standard output in the line's place,
  /// so output documents line up with input lines.
  func report(_ failure: CommandFailure, line: String, lineNumber: Int?) {
    if jsonAlways || line.split(separator: " ").contains("--json") {
      var members: [(String, JSON)] = [("error", .string(failure.message))]
      if let lineNumber { members.append(("line", .integer(lineNumber))) }
      output.line(JSON.object(members).text)
    }
    let prefix = lineNumber.map { "line \($0): " } ?? ""
    output.errorLine(prefix + style.red("error: ") + failure.message)
    var position: Int? = nil
    var length = 1
    switch failure {
    case .syntax(let error):
      position = error.position
      length = error.length
    case .failed(_, let at, let span):
      position = at
      length = span
    }
    guard let position, position > 0, position <= line.count + 1, !line.isEmpty else { return }
    // A long line is shown as a window around the part at fault: at most 120 characters, and
    // on a terminal no wider than it (with the indent and an ellipsis at each end).
    let window = min(120, max(16, (output.errorWidth ?? 124) - 4))
    let characters = Array(line)
    let first = max(0, min(position - 1 - window / 3, characters.count - window))
    let last = min(characters.count, first + window)
    let head = first > 0 ? "…" : ""
    let shown = head + String(characters[first..<last]) + (last < characters.count ? "…" : "")
    let caretStart = position - 1 - first + head.count
    let caretLength = min(max(1, length), max(1, last - (position - 1)))
    output.errorLine("  " + shown)
    output.errorLine("  " + String(repeating: " ", count: caretStart) + String(repeating: "^", count: caretLength))
  }
}
