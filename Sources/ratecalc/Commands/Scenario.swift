import FoundationEssentials
import RateCalc

/// `scenario save NAME`, `scenario load NAME`, `scenario list`: a session's settings and
/// variables kept under a name in `$XDG_DATA_HOME/ratecalc/scenarios/` (written atomically), as
/// the `set` and `let` lines that rebuild them.
struct ScenarioCommand: CommandSpec {
  static let info = CommandInfo(
    ["scenario"], summary: "named sets of settings and variables",
    help: """
      scenario save NAME     keep this session's settings and variables as NAME
      scenario load NAME     bring them back (also: ratecalc --scenario NAME …, for one command or a pipe)
      scenario list          the scenarios kept
        Kept as set and let lines in $XDG_DATA_HOME/ratecalc/scenarios/NAME (default
        ~/.local/share/ratecalc/scenarios/), written atomically; a name is letters, digits, - and _.
      """,
    overview: [("scenario save berlin-hire", "keep settings and variables")],
    examples: [("scenario save berlin-hire", "the session's settings and variables kept under a name, to load later")])

  /// What to do.
  enum Action {
    case save(String, Token)
    case load(String, Token)
    case list
  }

  let action: Action

  /// The longest name.
  static let maximumName = 64

  static func parse(_ words: inout Words) throws(SyntaxError) -> ScenarioCommand {
    guard let verb = words.next() else {
      throw words.errorAtEnd("scenario save NAME, scenario load NAME or scenario list")
    }
    switch verb.text.lowercased() {
    case "list": return ScenarioCommand(action: .list)
    case "save", "load":
      guard let name = words.next() else { throw words.errorAtEnd("scenario \(verb.text) needs a name") }
      guard !name.text.isEmpty, name.text.count <= maximumName,
        name.text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
      else {
        throw name.error("a scenario's name is up to \(maximumName) letters, digits, - and _")
      }
      return ScenarioCommand(action: verb.text.lowercased() == "save" ? .save(name.text, name) : .load(name.text, name))
    default:
      throw verb.error("scenario save NAME, scenario load NAME or scenario list")
    }
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    guard let folder = context.session.scenarios else {
      throw .calculation("no home folder to keep scenarios in (set HOME or XDG_DATA_HOME)")
    }
    switch action {
    case .list:
      let names =
        (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { !$0.hasPrefix(".") }.sorted() ?? []
      return Outcome(MessageOutput(message: names.isEmpty ? "no scenarios kept yet" : names.joined(separator: "\n")))
    case .save(let name, let token):
      let text = ScenarioCommand.lines(context.session).joined(separator: "\n") + "\n"
      if let problem = AtomicFile.write(text, to: folder + "/" + name) { throw .at(token, problem) }
      return Outcome(MessageOutput(message: "scenario \(name) saved"))
    case .load(let name, let token):
      try ScenarioCommand.load(folder + "/" + name, into: &context, at: token)
      return Outcome(MessageOutput(message: "scenario \(name) loaded"))
    }
  }

  /// The `set` and `let` lines that rebuild a session's settings and variables.
  static func lines(_ session: Session) -> [String] {
    var lines = ["# ratecalc scenario: set and let lines, run in order by scenario load"]
    for row in SettingsTable.rows where session.origins[row.name] != nil {
      if let value = row.show(session.settings) { lines.append("set \(row.name) \(value)") }
    }
    for (name, quantity) in session.variables.sorted(by: { $0.key < $1.key }) {
      let period = quantity.period.map { "/\($0.rawValue)" } ?? ""
      lines.append("let \(name) = \(quantity.money.amount) \(quantity.money.currency.code)\(period)")
    }
    return lines
  }

  /// Runs a scenario's lines in the session; the first line that fails is an error naming the
  /// file and line.
  static func load(_ path: String, into context: inout Context, at token: Token) throws(CommandFailure) {
    guard let data = FileManager.default.contents(atPath: path), data.count <= 1 << 20,
      let text = String(data: data, encoding: .utf8)
    else {
      throw .at(token, "no scenario \(token.text) (scenario list shows them)")
    }
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.trimmingPrefix(" ")
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
      do throws(CommandFailure) {
        let parsed: ParsedCommand
        do { parsed = try Parser.parse(String(line)) } catch { throw .syntax(error) }
        guard parsed.command is SetCommand || parsed.command is LetCommand else {
          throw .calculation("only set and let lines belong in a scenario")
        }
        _ = try context.run(parsed)
      } catch {
        throw .calculation("\(path):\(index + 1): \(error.message)")
      }
    }
  }
}
