/// What a rate or salary is paid per.
public enum Period: String, Sendable, CaseIterable {
  /// Per hour.
  case hour
  /// Per day.
  case day
  /// Per week.
  case week
  /// Per month.
  case month
  /// Per year.
  case year

  /// Reads `hour`, `hr`, `h`, `day`, `d`, `week`, `wk`, `month`, `mo`, `year`, `yr`, `annual`…
  public init?(word: some StringProtocol) {
    switch word.lowercased() {
    case "hour", "hours", "hr", "hrs", "h", "hourly": self = .hour
    case "day", "days", "d", "daily": self = .day
    case "week", "weeks", "wk", "w", "weekly": self = .week
    case "month", "months", "mo", "mth", "monthly": self = .month
    case "year", "years", "yr", "y", "annual", "annually", "yearly", "pa": self = .year
    default: return nil
    }
  }
}
