/// A mistake in text the user typed or loaded, with where it is.
///
/// `position` counts characters from 1, as a caret under the text would; `length` is how many
/// characters the mistake spans (at least 1). Data files add their file and line through
/// ``DataFileError``.
public struct SyntaxError: Error, Equatable, Sendable {
  /// What is wrong, as one sentence without a trailing period.
  public let message: String
  /// The 1-based character position of the offending part.
  public let position: Int
  /// How many characters the offending part spans.
  public let length: Int

  /// Creates an error at a 1-based character position.
  public init(_ message: String, position: Int, length: Int = 1) {
    self.message = message
    self.position = max(position, 1)
    self.length = max(length, 1)
  }

  /// The same error moved right by `offset` characters, for text parsed out of a longer line.
  public func shifted(by offset: Int) -> SyntaxError {
    SyntaxError(message, position: position + offset, length: length)
  }
}
