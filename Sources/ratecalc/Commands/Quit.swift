import RateCalc

/// `quit` or `exit`: leaves the prompt, or stops reading a pipe.
struct QuitCommand: CommandSpec {
  static let info = CommandInfo(["quit"], aliases: ["exit"], summary: "leave", topic: "keys")

  static func parse(_ words: inout Words) throws(SyntaxError) -> QuitCommand { QuitCommand() }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome { Outcome(MessageOutput(message: "")) }
}
