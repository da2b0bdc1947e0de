/// Every command, in the order help lists them. Adding a command is its file and one line here.
enum Commands {
  /// The commands; a line whose first word names none of them is a conversion (``ConvertCommand``).
  static var all: [any CommandSpec.Type] {
    [
      ConvertCommand.self, QuoteCommand.self, QuoteBandCommand.self, SalaryCommand.self, CostCommand.self,
      CompareCommand.self, BudgetCommand.self, BandsCommand.self, RatesCommand.self, RatesUpdateCommand.self,
      SourcesCommand.self,
      CountriesCommand.self, CurrenciesCommand.self, ScenarioCommand.self, CheckCommand.self, SetCommand.self,
      UnsetCommand.self,
      SettingsCommand.self,
      LetCommand.self,
      ExplainCommand.self, HelpCommand.self, QuitCommand.self,
    ]
  }

  /// The words that start a command (`exit` included), in order; worked out once.
  static let words: [String] = {
    var seen = Set<String>()
    return all.flatMap { [$0.info.words[0]] + $0.info.aliases }.filter { seen.insert($0).inserted }
  }()

  /// Each name a command answers to (its words, or one alias) with the command, longest first,
  /// for ``Parser``'s match per line. Never changed after it is made, so safe to share
  /// (`nonisolated(unsafe)` only because a command's metatype is not declared `Sendable`).
  nonisolated(unsafe) static let names: [(words: [String], command: any CommandSpec.Type)] = {
    let named = all.flatMap { type in ([type.info.words] + type.info.aliases.map { [$0] }).map { ($0, type) } }
    // A stable sort: of two names of one length, the command listed first keeps the word.
    return named.enumerated().sorted { ($0.element.0.count, $1.offset) > ($1.element.0.count, $0.offset) }.map(
      \.element)
  }()

  /// The command words, for a look-up per line.
  private static let wordSet = Set(words)

  /// Whether a word starts a command.
  static func isCommandWord(_ word: String) -> Bool { wordSet.contains(word.lowercased()) }

  /// Every option any command takes, each once, in the order of the commands that take them.
  static let options: [OptionSpec] = {
    var seen = Set<String>()
    let declared = OptionSpec.everywhere + OptionSpec.figures + [.explain] + all.flatMap { $0.info.options }
    return declared.filter { seen.insert($0.name).inserted }
  }()

  /// The options by name, for a look-up per option.
  private static let optionsByName = Dictionary(options.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

  /// An option by name.
  static func option(_ name: String) -> OptionSpec? { optionsByName[name] }

  /// The declarations help and the README show: every command, then expressions.
  static var documented: [CommandInfo] { infos + [ExpressionCommand.info] }

  /// The declarations, in order; worked out once.
  static let infos: [CommandInfo] = all.map { $0.info }
}
