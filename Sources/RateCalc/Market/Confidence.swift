/// How sure the sources are of a figure, as `Rates/` marks it.
public enum Confidence: String, Sendable, Comparable {
  /// Primary or official text, or several consistent sources.
  case high = "H"
  /// A reputable secondary source.
  case medium = "M"
  /// One weak source, or a figure derived by hand.
  case low = "L"

  /// `high`, `medium` or `low`.
  public var word: String {
    switch self {
    case .high: "high"
    case .medium: "medium"
    case .low: "low"
    }
  }

  /// Whether `lhs` is less sure than `rhs`.
  public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
    let order: [Confidence] = [.low, .medium, .high]
    return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
  }
}
