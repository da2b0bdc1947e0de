/// Where a data row came from: its file, line, and whether that file is built in or the user's.
public struct Origin: Sendable, Equatable, CustomStringConvertible {
  /// The file's name as shown to the user (`Rates/bands.csv`, or the user's path).
  public let file: String
  /// The 1-based line number of the row.
  public let line: Int
  /// Whether the file is the user's own (from `--rates` or the config folder).
  public let isUserFile: Bool

  /// Creates an origin.
  public init(file: String, line: Int, isUserFile: Bool) {
    self.file = file
    self.line = line
    self.isUserFile = isUserFile
  }

  /// `file:line`.
  public var description: String { "\(file):\(line)" }
}
