import RateCalc

/// One setting a user can set for the session (`set hours 7.5`) or for one command
/// (`--hours 7.5`): its name and aliases, the kind of value, its default and help, and how it is
/// stored, cleared and shown. ``SettingsTable`` holds one row per setting.
struct SettingSpec: Sendable {
  /// Stores a value read by the row's kind; the book resolves currencies and countries. An
  /// error points at the value's token.
  typealias Apply = @Sendable (inout Settings, SettingInput) throws(CommandFailure) -> Void

  /// The name, as `set` and the option take it.
  let name: String
  /// Other spellings (`utilization`).
  let aliases: [String]
  /// The kind of value.
  let kind: ValueKind
  /// The value's placeholder in help (`DAYS`).
  let placeholder: String
  /// What it means, with its default where ratecalc has one.
  let help: String
  /// The message for a malformed value.
  let invalid: String
  /// Stores a value.
  let apply: Apply
  /// Goes back to the default.
  let clear: @Sendable (inout Settings) -> Void
  /// The value as `settings` lists it, `nil` when unset.
  let show: @Sendable (Settings) -> String?
  /// Whether `--vary` can run over it (a number or a share).
  var isNumeric: Bool {
    switch kind {
    case .number, .share: true
    default: false
    }
  }

  /// Whether a name is this setting's name or one of its aliases.
  func answers(to name: String) -> Bool { self.name == name || aliases.contains(name) }
}

/// A setting's value as `apply` receives it.
struct SettingInput {
  /// The value, read by the setting's kind.
  let value: OptionValue
  /// Its token, for errors.
  let token: Token
  /// The data, to resolve currencies and countries.
  let book: RateBook

  /// The value as a number (or share).
  func number() throws(CommandFailure) -> Amount {
    guard case .number(let amount) = value else { throw .at(token, "a number is expected here") }
    return amount
  }

  /// The value as text (a chosen word, a code).
  var text: String {
    switch value {
    case .text(let text): text
    default: token.text
    }
  }

  /// A count of days in a year: 0 to 366.
  func days(_ what: String) throws(CommandFailure) -> Amount {
    let days = try number()
    guard days <= WorkingCalendar.maximumDays else { throw .at(token, "\(what) must be from 0 to 366 days") }
    return days
  }
}
