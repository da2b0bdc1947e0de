import RateCalc

/// What a session remembers between commands.
struct Session {
  /// The settings `set` made.
  var settings = Settings()
  /// The variables `let` made.
  var variables: [String: Quantity] = [:]
  /// The last result's value: `ans` and `_`.
  var last: Quantity?
  /// The last breakdown and what it explains, for `explain`.
  var lastBreakdown: (breakdown: Breakdown, title: String)?
}
