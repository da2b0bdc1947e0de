import RateCalc

/// `explain`: the breakdown of the last result.
struct ExplainCommand: CommandSpec {
  static let info = CommandInfo(
    ["explain"], summary: "how a figure was reached",
    help: """
      explain            the breakdown of the last result: steps, data rows, sources
      --explain          the same, printed with a result
      """,
    options: OptionSpec.figures)

  static func parse(_ words: inout Words) throws(SyntaxError) -> ExplainCommand { ExplainCommand() }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    guard let (source, title) = context.session.lastBreakdown, let breakdown = source.breakdown else {
      throw .calculation("nothing to explain yet: run a calculation first")
    }
    return Outcome(ExplainOutput(breakdown: breakdown, subject: title))
  }
}

/// A breakdown shown on its own.
struct ExplainOutput: CommandOutput {
  let breakdown: Breakdown
  /// What it explains: "quote".
  let subject: String

  func text(_ text: TextRenderer) -> [String] { text.explain(breakdown, title: subject) }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    [("type", .string("explain")), ("title", .string(subject)), ("breakdown", json.breakdown(breakdown))]
  }
}
