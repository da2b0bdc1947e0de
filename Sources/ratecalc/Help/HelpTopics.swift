import RateCalc

/// The texts of `help` and `help TOPIC`: each command's help comes from its declaration; the
/// topics that are not commands are here.
enum HelpTopics {
  /// Topics that are not commands.
  static let general: [(name: String, summary: String, text: String)] = [
    ("options", "options, and the commands that take them", ""),
    ("expressions", "arithmetic: 450 GBP/day * 220 days", ""),
    (
      "charts", "charts, SVG and CSV",
      """
      bands ROLE --in USD            ranges on one scale under the table (--chart: the chart alone)
      compare … --months N           cumulative costs over the N months, the crossover marked
      quote … --vary NAME … --chart  the --vary table as bars
      --no-chart                     leave the chart out
      --svg FILE                     the chart as an SVG file (title, axis, legend, caption)
      --csv [FILE.csv]               the table as CSV (exact amounts), to a file or standard output
      Bars in eighth blocks on a UTF-8 terminal, # with --ascii or LANG=C; width from COLUMNS or
      the terminal.
      """
    ),
    (
      "json", "the --json documents",
      """
      --json prints one JSON document per command on one line (ratecalc --json < FILE: every line).
      Money is {"currency": "GBP", "amount": "336.32", "exact": "336.322869955156950673"}: amount
      rounded to the currency's minor unit, exact with every digit, both strings so no digit is lost.
      Other numbers (days, rates, multipliers, months, years, counts) are JSON numbers, written
      exactly. Keys are snake_case; every document has "command", "type" and "warnings"; a line that
      fails writes {"error": "…", "line": N} in its place. Each command's document: docs/json.md.
      """
    ),
    (
      "rounding", "how figures are rounded",
      """
      Amounts are exact (18 decimal places); a figure is rounded once, when shown, to its
      currency's minor unit (JPY 0, GBP 2, BHD 3). Default half-up (a tie away from zero, as
      spreadsheets do); --round half-even (banker's) or set round half-even.
      100 EUR → GBP on 2026-04-10 is exactly 87.105: £87.11 half-up, £87.10 half-even.
      """
    ),
    (
      "scripts", "one-shot runs, pipes and exit codes",
      """
      ratecalc COMMAND…            one command, then exit
      ratecalc "COMMAND"           the same, the whole command quoted as one argument
      ratecalc < FILE              one command per line; results on stdout, errors
                                   on stderr as "line N: …"; a bad line does not
                                   stop the rest
      Exit status: 0 all succeeded, 1 a calculation failed, 2 a usage mistake.
      --json gives one JSON document per command (numbers as exact decimal strings).
      ratecalc completions bash|zsh|fish    prints a completion script
      """
    ),
    (
      "keys", "editing at the prompt",
      """
      ←/→ Home/End Ctrl-A/E   move        Backspace/Delete   delete
      Ctrl-←/→ Alt-b/f        move by words
      Ctrl-K/U/W              delete to end / to start / a word
      ↑/↓                     history     Ctrl-R   search history (any case)
      Tab                     complete commands, options, settings, currencies, countries;
                              Tab again lists them
      Ctrl-C                  clear the line     Ctrl-Z   suspend (fg resumes)
      Ctrl-D on an empty line, quit, exit   leave
      """
    ),
  ]

  /// Words that lead to a topic without being one.
  static let aliases = ["ans": "let", "arithmetic": "expressions", "expression": "expressions"]

  /// Every topic's name, commands first (options and settings are topics too: `help fee`).
  static var names: [String] { Commands.infos.filter { $0.help != nil }.map(\.name) + general.map(\.name) }

  /// The text of a topic, or the overview.
  static func text(topic: Token?) throws(CommandFailure) -> String {
    guard let topic else { return overview }
    let name = topic.text.lowercased()
    let wanted = aliases[name] ?? Commands.infos.first { $0.name == name && $0.help == nil }?.topic ?? name
    if let info = Commands.infos.first(where: { $0.name == wanted }), let help = info.help { return help }
    if wanted == "options" { return options }
    if wanted == "expressions", let text = ExpressionCommand.info.help { return text }
    if let found = general.first(where: { $0.name == wanted }) { return found.text }
    if let option = Commands.option(name) ?? SettingsTable.row(name).map(OptionSpec.init(setting:)) {
      return help(for: option)
    }
    let hint = Suggestion.hint(for: name, among: names + Commands.options.map(\.name))
    throw .at(
      topic,
      "no help on '\(Quoted.text(topic.text))'\(hint); topics: \(names.joined(separator: ", ")), or any option or setting (help fee)"
    )
  }

  /// One option's or setting's help: what it does, how to write it, and the commands that take it.
  static func help(for option: OptionSpec) -> String {
    var lines = [option.synopsis + (option.setting.map { " · set \($0.name) \($0.placeholder)" } ?? "")]
    lines.append("  " + option.help)
    if let setting = option.setting, !setting.aliases.isEmpty {
      lines.append("  also spelt: " + setting.aliases.joined(separator: ", "))
    }
    switch option.kind {
    case .share: lines.append("  written with %: 80%, 12.5%")
    case .choice(let choices): lines.append("  one of: " + choices.map(\.written).joined(separator: ", "))
    default: break
    }
    let takers = Commands.infos.filter { $0.accepts(option) }.map(\.name)
    let all = Commands.infos.count
    lines.append("  taken by: " + (takers.count == all ? "every command" : takers.joined(separator: ", ")))
    return lines.joined(separator: "\n")
  }

  /// Every option, with what it does.
  static var options: String {
    Commands.options.map { $0.synopsis.padding(toLength: 22) + $0.help }.joined(separator: "\n")
  }

  /// The column where the overview's descriptions start: they fit in 80 columns beside an
  /// example up to 44 wide; a longer example has its description on the line below.
  static let overviewColumn = 46

  /// `help` on its own: an example of each command, then where to look next.
  static var overview: String {
    let examples = Commands.documented.flatMap(\.overview).map { line in
      let example = "  " + line.example
      if line.shows.isEmpty { return example }
      if example.count >= overviewColumn { return example + "\n" + "".padding(toLength: overviewColumn) + line.shows }
      return example.padding(toLength: overviewColumn) + line.shows
    }
    return """
      ratecalc: freelance rates, employer costs and salary bands, exactly.

      \(examples.joined(separator: "\n"))

      Settings: set country GB, set currency EUR … (settings lists them all).
      Every command takes --json and --rates FILE; calculations take --explain
      and --round half-even too.
      help TOPIC for more: \(names.joined(separator: ", ")).
      """
  }
}

extension String {
  /// The string padded with spaces to a width (and one space past a longer string).
  func padding(toLength width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
