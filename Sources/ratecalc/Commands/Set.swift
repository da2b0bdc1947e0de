import RateCalc

/// `set NAME VALUE`: a session setting, read by the setting's row in ``SettingsTable``.
struct SetCommand: CommandSpec {
  static let info = CommandInfo(
    ["set"], summary: "session settings",
    help: """
      set NAME VALUE     set currency EUR · set country DE · set hours 7.5 · set utilisation 80%
      unset NAME         back to the default
      settings           show them all
        Names: \(SettingsTable.names.joined(separator: ", ")).
        Any setting can also be given to one command as --NAME VALUE, or to a whole run
        with no command: ratecalc --country GB --round half-even < lines.txt
      set NAME VALUE --save    keep it for every session (unset NAME --save forgets it)
        The file is $XDG_CONFIG_HOME/ratecalc/settings (default ~/.config/ratecalc/settings).
      help NAME          one setting: what it means, how to write it, its default
      """,
    options: [.save])

  /// The setting.
  let setting: SettingSpec
  /// The value, read by the setting's kind.
  let value: OptionValue
  /// The value's words as one token, for errors and for the message.
  let token: Token

  static func parse(_ words: inout Words) throws(SyntaxError) -> SetCommand {
    guard let name = words.next() else {
      throw words.errorAtEnd("set needs a name and a value: set country DE (see help set)")
    }
    let setting = try SettingsTable.named(name)
    let values = Array(words.rest)
    words.skipRest()
    guard let first = values.first, let last = values.last else { throw name.error("set \(name.text) needs a value") }
    let token = Token(
      text: values.map(\.text).joined(separator: " "), position: first.position,
      length: last.position + last.length - first.position, quoted: false)
    let value = try setting.kind.read(values, spanning: token, line: words.line, invalid: setting.invalid)
    return SetCommand(setting: setting, value: value, token: token)
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    try setting.apply(&context.session.settings, SettingInput(value: value, token: token, book: context.book))
    context.session.origins[setting.name] = .session
    let shown = setting.show(context.session.settings) ?? token.text
    guard context.options.has(.save) else { return Outcome(MessageOutput(message: "\(setting.name) = \(shown)")) }
    if let problem = context.session.saved.save(setting.name, token.text) { throw .calculation(problem) }
    context.session.origins[setting.name] = .file
    let path = context.session.saved.path ?? "the settings file"
    return Outcome(MessageOutput(message: "\(setting.name) = \(shown) (saved in \(path))"))
  }
}

extension OptionSpec {
  /// `--save`.
  static let save = OptionSpec("save", help: "set, unset: keep the setting for every session (or forget it)")
}

extension SettingsTable {
  /// The row a word names, or an error under it with the nearest name.
  static func named(_ token: Token) throws(SyntaxError) -> SettingSpec {
    guard let row = row(token.text) else {
      let hint = Suggestion.hint(for: token.text.lowercased(), among: names, otherwise: " (see settings)")
      throw token.error("unknown setting '\(Quoted.text(token.text))'\(hint)")
    }
    return row
  }
}
