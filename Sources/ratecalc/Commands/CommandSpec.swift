import RateCalc

/// One command of the tool, declared once in its own file under `Commands/`: what it is
/// (``info``), how its words are read (``parse(_:)``), and what it does with the library
/// (``run(_:)``), returning a result that knows how it reads as text and as JSON. The parser,
/// help, usage, completion and the option check all read the declarations in ``Commands/all``.
protocol CommandSpec {
  /// The declaration: name, summary, help, examples, options.
  static var info: CommandInfo { get }
  /// Reads the words after the command's name; words left over are an error.
  static func parse(_ words: inout Words) throws(SyntaxError) -> Self
  /// Runs the command.
  func run(_ context: inout Context) throws(CommandFailure) -> Outcome
  /// The declaration whose options apply (a `let` takes its inner command's).
  var scope: CommandInfo { get }
  /// Whether the command only reads the session (beyond the memo of warning texts). Any other
  /// command runs on a copy of the session, kept only when it succeeds, so a failed `set …
  /// --save` or `scenario load` changes nothing; a reading command runs on the session itself.
  static var onlyReadsSession: Bool { get }
}

extension CommandSpec {
  /// The command's own declaration.
  var scope: CommandInfo { Self.info }

  /// A command may change the session unless it says otherwise.
  static var onlyReadsSession: Bool { false }
}

/// What a command is: the one declaration parsing, help, usage, completion, the option check and
/// the README's command table read.
struct CommandInfo: Sendable {
  /// The words that name it: `["quote", "band"]`.
  let words: [String]
  /// Other spellings of the whole name (`exit` for `quit`).
  let aliases: [String]
  /// What it does, in one line.
  let summary: String
  /// The text of `help NAME`; `nil` when its help is under another topic (``topic``) or none.
  let help: String?
  /// The help topic it belongs to when it has no text of its own (`sources` → `rates`).
  let topic: String?
  /// Its lines in the overview `help` prints: an example and what it shows.
  let overview: [(example: String, shows: String)]
  /// Examples with what each answers: the README's command table.
  let examples: [(command: String, answers: String)]
  /// The options it takes, besides `--json` and `--rates`, which every command takes.
  let options: [OptionSpec]

  /// Declares a command.
  init(
    _ words: [String], aliases: [String] = [], summary: String, help: String? = nil, topic: String? = nil,
    overview: [(example: String, shows: String)] = [], examples: [(command: String, answers: String)] = [],
    options: [OptionSpec] = []
  ) {
    self.words = words
    self.aliases = aliases
    self.summary = summary
    self.help = help
    self.topic = topic
    self.overview = overview
    self.examples = examples
    self.options = options
  }

  /// The name as written: `quote band`.
  var name: String { words.joined(separator: " ") }

  /// Every option it takes.
  var allOptions: [OptionSpec] { OptionSpec.everywhere + options }

  /// Whether it takes an option.
  func accepts(_ option: OptionSpec) -> Bool { allOptions.contains { $0.name == option.name } }
}
