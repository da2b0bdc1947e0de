import RateCalc

/// What a session remembers between commands.
struct Session {
  /// The settings `set` made.
  var settings = Settings()
  /// Where each setting that is not a default came from.
  var origins: [String: SettingOrigin] = [:]
  /// The file `set … --save` writes.
  var saved = SavedSettings(path: nil)
  /// The folder scenarios are kept in, `nil` without a home folder.
  var scenarios: String? = nil
  /// The environment the run started with (folders, the ECB URL for `rates update`).
  var environment: [String: String] = [:]
  /// The variables `let` made.
  var variables: [String: Quantity] = [:]
  /// The last result's value: `ans` and `_`.
  var last: Quantity?
  /// The last breakdown and what it explains, for `explain`.
  var lastBreakdown: (breakdown: BreakdownSource, title: String)?
  /// The messages of the last exchange warnings given (at most ``warningMemoLimit``): a batch of
  /// conversions gives the same staleness warning on every line, and its text is written once.
  var warningMessages: [(warning: ExchangeWarning, message: String)] = []
  /// The most warning messages kept.
  static let warningMemoLimit = 8
}

/// Where a setting's value came from, as `settings` shows it.
enum SettingOrigin: String {
  /// The saved settings file.
  case file
  /// An option given with no command (`ratecalc --country GB`).
  case option
  /// `set` in this session.
  case session
}
