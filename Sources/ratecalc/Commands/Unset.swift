import RateCalc

/// `unset NAME`: a setting back to its default.
struct UnsetCommand: CommandSpec {
  static let info = CommandInfo(
    ["unset"], summary: "a setting back to its default", topic: "set", options: [.save])

  /// The setting.
  let setting: SettingSpec

  static func parse(_ words: inout Words) throws(SyntaxError) -> UnsetCommand {
    guard let name = words.next() else { throw words.errorAtEnd("unset needs a name: unset country") }
    return UnsetCommand(setting: try SettingsTable.named(name))
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    setting.clear(&context.session.settings)
    context.session.origins[setting.name] = nil
    guard context.options.has(.save) else { return Outcome(MessageOutput(message: "\(setting.name) unset")) }
    if let problem = context.session.saved.save(setting.name, nil) { throw .calculation(problem) }
    return Outcome(MessageOutput(message: "\(setting.name) unset (and no longer saved)"))
  }
}
