import RateCalc

/// Why a command failed: a usage mistake (exit 2 for one-shot runs) or a calculation that cannot
/// be done (exit 1), with where in the line, when known.
enum CommandFailure: Error {
  /// A mistake in the text at a known place.
  case syntax(SyntaxError)
  /// A calculation problem, optionally pointing at a token.
  case failed(String, position: Int?, length: Int)

  /// An error pointing at a token.
  static func at(_ token: Token, _ message: String) -> CommandFailure {
    .syntax(SyntaxError(message, position: token.position, length: token.length))
  }

  /// A calculation error with no particular place.
  static func calculation(_ message: String) -> CommandFailure { .failed(message, position: nil, length: 1) }

  /// Where in the line, when known.
  var position: Int? {
    switch self {
    case .syntax(let error): error.position
    case .failed(_, let position, _): position
    }
  }

  var message: String {
    switch self {
    case .syntax(let error): error.message
    case .failed(let message, _, _): message
    }
  }

  /// Whether it is a usage mistake rather than a calculation failure.
  var isUsage: Bool {
    if case .syntax = self { return true }
    return false
  }
}
