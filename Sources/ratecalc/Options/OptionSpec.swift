/// An option a command may take: its name, the kind of value it takes, and what it means. A
/// setting's option (`--country`) comes from the setting's row; the options of one command are
/// declared in that command's file, the ones several commands share in ``OptionSpec`` below.
struct OptionSpec: Sendable {
  /// The name without dashes.
  let name: String
  /// The value's kind (`.flag` for none).
  let kind: ValueKind
  /// The value's placeholder in help (`DATE`), empty for a flag.
  let placeholder: String
  /// What it does, in a few words.
  let help: String
  /// The message for a malformed value.
  let invalid: String
  /// The setting this option sets for one command, if any.
  let setting: SettingSpec?

  /// A flag or an option with a value.
  init(_ name: String, _ kind: ValueKind = .flag, _ placeholder: String = "", help: String, invalid: String? = nil) {
    self.name = name
    self.kind = kind
    self.placeholder = placeholder
    self.help = help
    self.invalid = invalid ?? "--\(name) takes \(placeholder.isEmpty ? "no value" : placeholder)"
    self.setting = nil
  }

  /// The option that sets a setting for one command.
  init(setting: SettingSpec) {
    name = setting.name
    kind = setting.kind
    placeholder = setting.placeholder
    help = setting.help
    invalid = setting.invalid
    self.setting = setting
  }

  /// Whether it takes a value.
  var takesValue: Bool {
    if case .flag = kind { return false }
    return true
  }

  /// `--on DATE` as help shows it.
  var synopsis: String { "--\(name)" + (placeholder.isEmpty ? "" : " \(placeholder)") }
}

/// The options several commands share, and the groups commands take together.
extension OptionSpec {
  /// `--json`.
  static let json = OptionSpec("json", help: "one JSON document per command")
  /// `--explain`.
  static let explain = OptionSpec("explain", help: "show the breakdown: steps, data rows, sources")
  /// `--rates PATH`.
  static let rates = OptionSpec(
    "rates", .text, "PATH", help: "an extra or replacing data file or folder (repeatable)")
  /// `--on DATE`.
  static let on = OptionSpec(
    "on", .date, "DATE", help: "exchange rates of a date (YYYY-MM-DD); the latest on or before it",
    invalid: "a date is written YYYY-MM-DD, such as 2016-06-24")
  /// `--exact-date`.
  static let exactDate = OptionSpec("exact-date", help: "demand rates of exactly that date")
  /// `--include NAME`.
  static let include = OptionSpec("include", .text, "NAME", help: "cost: include a contribution that is off by default")
  /// `--exclude NAME`.
  static let exclude = OptionSpec("exclude", .text, "NAME", help: "cost: leave a contribution out")
  /// `--vary NAME`.
  static let vary = OptionSpec(
    "vary", .text, "NAME", help: "run over a range: --vary utilisation --from 60% --to 90% --step 5%")
  /// `--from VALUE`.
  static let from = OptionSpec("from", .text, "VALUE", help: "start of a --vary range")
  /// `--to VALUE`.
  static let to = OptionSpec("to", .text, "VALUE", help: "end of a --vary range")
  /// `--step VALUE`.
  static let step = OptionSpec("step", .text, "VALUE", help: "step of a --vary range")

  /// The option of a setting, by the setting's name.
  static func setting(_ name: String) -> OptionSpec {
    guard let option = settingOptions[name] else {
      guard let row = SettingsTable.row(name) else { preconditionFailure("no setting named \(name)") }
      return OptionSpec(setting: row)
    }
    return option
  }

  /// The option of each setting by its name, made once.
  private static let settingOptions: [String: OptionSpec] = Dictionary(
    SettingsTable.rows.map { ($0.name, OptionSpec(setting: $0)) }, uniquingKeysWith: { first, _ in first })

  /// Taken by every command: `--json`, and `--rates` for a command's own data.
  static let everywhere: [OptionSpec] = [.json, .rates]
  /// Taken by commands that show money: `--round`.
  static let figures: [OptionSpec] = [.setting("round")]
  /// Taken by commands that read amounts: `--currency`, `--dollar`.
  static let amounts: [OptionSpec] = [.setting("currency"), .setting("dollar")]
  /// Taken by commands that read a working calendar.
  static let calendar: [OptionSpec] = [
    "country", "region", "year", "hours", "leave", "holidays", "sick", "training",
    "weekdays",
  ].map(OptionSpec.setting)
  /// Taken by commands that run an employer's contributions.
  static let employer: [OptionSpec] = ["staff", "payroll", "state", "nationality"].map(OptionSpec.setting)
  /// A sensitivity range over one setting.
  static let sensitivity: [OptionSpec] = [.vary, .from, .to, .step]
}
