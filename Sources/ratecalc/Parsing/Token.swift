import RateCalc

/// A word of a command line and where it is, for carets under mistakes.
struct Token: Equatable {
  /// The text, unquoted.
  let text: String
  /// 1-based character position in the line.
  let position: Int
  /// Characters it spans in the line (quotes included).
  let length: Int
  /// Whether it was quoted (`"machine learning engineer"`).
  let quoted: Bool

  /// Whether it is an option such as `--json`.
  var isOption: Bool { !quoted && text.hasPrefix("--") && text.utf8.count > 2 }

  /// An error pointing at this token.
  func error(_ message: String) -> SyntaxError { SyntaxError(message, position: position, length: length) }
}
