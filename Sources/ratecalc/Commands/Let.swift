import RateCalc

/// `let NAME = COMMAND`: keeps a command's main figure under a name.
struct LetCommand: CommandSpec {
  static let info = CommandInfo(
    ["let"], summary: "variables",
    help: """
      let NAME = COMMAND     let rate = quote 75000 GBP --country GB
        NAME then stands for the command's main figure: convert rate to USD.
        ans and _ are the last result.
      """)

  /// The name.
  let name: Token
  /// The command whose figure it keeps.
  let command: ParsedCommand

  var scope: CommandInfo { command.command.scope }

  static func parse(_ words: inout Words) throws(SyntaxError) -> LetCommand {
    guard let name = words.current, name.text.first?.isLetter == true, Words.isVariableName(name.text) else {
      throw SyntaxError(
        "let needs a name: let rate = quote 75000 GBP", position: words.current?.position ?? words.line.count + 1)
    }
    // A command's name may name a value (`let budget = 120k EUR`): it is read as the value in
    // an expression (`budget / (600 EUR/day)`), and as the command anywhere else.
    guard !["let", "ans", "set", "unset", "help", "quit", "exit"].contains(name.text.lowercased()) else {
      throw name.error("'\(Quoted.text(name.text))' is reserved; choose another name")
    }
    words.next()
    guard let equals = words.current, equals.text == "=" else {
      throw SyntaxError(
        "expected '=' after the name: let \(name.text) = …", position: words.current?.position ?? words.line.count + 1)
    }
    if let next = words.following, next.text.lowercased() == "let" {
      throw next.error("a let holds a command's result, not another let")
    }
    // The rest of the line, with its columns kept: spaces stand where `let name =` was, so
    // every caret of the inner command points into the whole line.
    let rest = String(repeating: " ", count: equals.position) + String(words.line.dropFirst(equals.position))
    words.skipRest()
    return LetCommand(name: name, command: try Parser.parse(rest))
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    let outcome = try context.run(command)
    guard let value = outcome.value else { throw .at(name, "that command gives no single amount to keep") }
    context.session.variables[name.text] = value
    return Outcome(outcome.output, breakdown: outcome.breakdownSource, value: value, warnings: outcome.warnings)
  }
}
