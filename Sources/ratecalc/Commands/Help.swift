import RateCalc

/// `help [TOPIC]`: the overview, or a command's or a topic's help.
struct HelpCommand: CommandSpec {
  static let info = CommandInfo(["help"], summary: "this help; help TOPIC for more")

  /// The topic, if given.
  let topic: Token?

  static func parse(_ words: inout Words) throws(SyntaxError) -> HelpCommand { HelpCommand(topic: words.next()) }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    Outcome(HelpOutput(text: try HelpTopics.text(topic: topic)))
  }
}

/// Help text, each line fitted to the width (``TextWrap``).
struct HelpOutput: CommandOutput {
  let text: String

  func text(_ text: TextRenderer) -> [String] {
    let lines = self.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    return text.width.map { TextWrap.fit(lines: lines, width: $0) } ?? lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] { [("type", .string("help")), ("text", .string(text))] }
}
