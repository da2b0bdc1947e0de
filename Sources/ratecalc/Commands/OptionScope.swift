/// Which commands take which options: an option given to a command that does not use it is an
/// error naming the commands that do, never silently ignored. Options not listed here (`--json`,
/// `--explain`, `--round`, `--rates`, `--currency`, `--dollar`) apply to every command.
enum OptionScope {
  /// Commands that read a working calendar (a rate's hours and days, or an employee's).
  static let calendar = ["convert", "quote", "quote band", "salary", "cost", "compare", "budget", "bands"]
  /// Commands that run an employer's contributions.
  static let employer = ["quote", "quote band", "salary", "cost", "compare", "budget"]

  static let commandsByOption: [String: [String]] = [
    "on": ["convert", "bands"], "exact-date": ["convert", "bands"], "basis": ["convert", "bands"],
    "country": calendar, "region": calendar, "year": calendar, "hours": calendar, "leave": calendar,
    "holidays": calendar, "sick": calendar, "training": calendar, "weekdays": calendar,
    "utilisation": ["convert", "quote", "quote band", "salary", "bands"],
    "expenses": ["quote", "quote band", "salary"], "benefits": ["quote", "quote band", "salary", "cost", "compare"],
    "overhead": ["cost", "compare"], "margin": ["quote", "quote band"], "markup": ["quote", "quote band"],
    "fee": ["quote", "quote band"], "round-to": ["quote", "quote band", "bands"],
    "employer-costs": ["quote", "quote band"], "include": ["cost", "compare"], "exclude": ["cost", "compare"],
    "recruiting": ["cost", "compare"], "tenure": ["cost"], "vs": ["compare"], "at": ["budget"],
    "salary": ["budget"], "months": ["compare"], "weeks": ["compare"], "days": ["compare"], "agency": ["compare"],
    "ramp-up": ["compare"], "notice": ["compare"], "notice-pay": ["compare"], "start": ["compare", "budget"],
    "staff": employer, "payroll": employer, "state": employer, "nationality": employer, "in": ["bands"],
    "per": ["bands"], "ppp": ["bands"], "vary": ["quote", "cost"], "from": ["quote", "cost"], "to": ["quote", "cost"],
    "step": ["quote", "cost"],
  ]

  /// The command's name as the table knows it, or `nil` for session commands (which take only
  /// the options every command takes).
  static func name(of command: Command) -> String {
    switch command {
    case .convert: "convert"
    case .quote: "quote"
    case .quoteBand: "quote band"
    case .salary: "salary"
    case .cost: "cost"
    case .compare: "compare"
    case .budget: "budget"
    case .bands: "bands"
    case .assign(_, let inner): name(of: inner.command)
    case .rates: "rates"
    case .sources: "sources"
    case .countries: "countries"
    case .settings: "settings"
    case .set: "set"
    case .unset: "unset"
    case .explain: "explain"
    case .help: "help"
    case .quit: "quit"
    }
  }

  /// The first option the command does not take, with the error to show.
  static func check(_ parsed: ParsedCommand) -> CommandFailure? {
    let command = name(of: parsed.command)
    for entry in parsed.options.entries {
      guard let commands = commandsByOption[entry.name], !commands.contains(command) else { continue }
      let list =
        commands.count == 1
        ? commands[0] : commands.dropLast().joined(separator: ", ") + " and " + (commands.last ?? "")
      return .at(entry.option, "--\(entry.name) applies to \(list), not \(command)")
    }
    return nil
  }
}
