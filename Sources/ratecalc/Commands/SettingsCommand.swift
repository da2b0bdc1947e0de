import RateCalc

/// `settings`: every setting and its value in this session.
struct SettingsCommand: CommandSpec {
  static let info = CommandInfo(["settings"], summary: "the session's settings", topic: "set")

  static func parse(_ words: inout Words) throws(SyntaxError) -> SettingsCommand { SettingsCommand() }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    Outcome(SettingsOutput(listing: SettingsTable.listing(context.session.settings)))
  }
}

/// The settings, `–` for those unset.
struct SettingsOutput: CommandOutput {
  let listing: [(name: String, value: String?)]

  func text(_ text: TextRenderer) -> [String] {
    var table = TextTable()
    for (name, value) in listing { table.add([name, value ?? text.style.dim("–")]) }
    return table.lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    [("type", .string("settings")), ("settings", .object(listing.map { ($0.name, JSON.optional($0.value)) }))]
  }
}
