import RateCalc

/// A command's result as it is shown: each command's result type says how it reads as lines of
/// text and as the members of a JSON document, so the renderers hold no per-command logic.
protocol CommandOutput {
  /// The result as lines of text.
  func text(_ text: TextRenderer) -> [String]
  /// The JSON document's members after `command`, starting with `type`.
  func json(_ json: JSONRenderer) -> [(String, JSON)]
  /// What `explain` calls the result: "How the *quote* was reached".
  var title: String { get }
  /// The result's chart, for `--svg` (and the text a command draws), if it has one.
  func chart(_ render: Render) -> Chart?
  /// The result's table for `--csv`, header first, amounts exact, if it has one.
  func csv() -> [[String]]?
  /// Whether a line of its prose wider than the window is broken at spaces (``TextWrap/fitProse(_:width:)``);
  /// not for lines that tools read one by one, such as `check`'s `file:line:column: problem`.
  var fitsProse: Bool { get }
}

extension CommandOutput {
  /// A generic title.
  var title: String { "result" }

  /// No chart.
  func chart(_ render: Render) -> Chart? { nil }

  /// No table to export.
  func csv() -> [[String]]? { nil }

  /// Prose is fitted to the window.
  var fitsProse: Bool { true }
}

/// A value a command leaves behind for `ans`, `_` and `let`: money, possibly per a period.
struct Quantity {
  /// The money.
  let money: Money
  /// Its period, if it is a rate.
  let period: Period?
}

/// A result's breakdown, made when the result is made or only when it is asked for.
enum BreakdownSource {
  /// No breakdown.
  case none
  /// A breakdown already made (its notes are the result's warnings).
  case ready(Breakdown)
  /// A breakdown made from the result's values when `--explain`, `--json` or `explain` asks:
  /// a conversion's text of rates is most of its work, and a pipe of conversions never shows it.
  case later(() -> Breakdown)

  /// Whether there is a breakdown, made or to be made.
  var exists: Bool {
    if case .none = self { return false }
    return true
  }

  /// The breakdown, made now if it was left for later.
  var breakdown: Breakdown? {
    switch self {
    case .none: nil
    case .ready(let breakdown): breakdown
    case .later(let make): make()
    }
  }
}

/// The outcome of running one command.
struct Outcome {
  /// What to show.
  let output: any CommandOutput
  /// Where the breakdown comes from.
  let breakdownSource: BreakdownSource
  /// The breakdown, for `explain` and `--explain` (made on each use when it was left for later).
  var breakdown: Breakdown? { breakdownSource.breakdown }
  /// The value `ans` takes.
  let value: Quantity?
  /// Warnings to show with the result (stale rates, substitute years).
  let warnings: [String]
  /// Whether the line ends as failed though it has a result to show (`check` found problems).
  var failed = false

  /// An outcome; warnings default to the breakdown's notes.
  init(_ output: any CommandOutput, breakdown: Breakdown? = nil, value: Quantity? = nil, warnings: [String]? = nil) {
    self.output = output
    self.breakdownSource = breakdown.map { .ready($0) } ?? .none
    self.value = value
    self.warnings = warnings ?? breakdown?.notes ?? []
  }

  /// An outcome whose breakdown is made only when it is asked for; its warnings are given.
  init(_ output: any CommandOutput, breakdown: BreakdownSource, value: Quantity?, warnings: [String]) {
    self.output = output
    self.breakdownSource = breakdown
    self.value = value
    self.warnings = warnings
  }

  /// An outcome that is shown and then ends the line as failed.
  init(_ output: any CommandOutput, failed: Bool) {
    self.init(output)
    self.failed = failed
  }
}

/// A line of words as a result: `set`, `unset`, `quit`.
struct MessageOutput: CommandOutput {
  /// The words; empty shows nothing.
  let message: String

  func text(_ text: TextRenderer) -> [String] { message.isEmpty ? [] : [message] }

  func json(_ json: JSONRenderer) -> [(String, JSON)] { [("type", .string("message")), ("message", .string(message))] }
}
