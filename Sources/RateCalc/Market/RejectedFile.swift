/// A user's data file that was not used, with every problem found in it.
///
/// A user's file is used entirely or not at all: one bad row leaves the whole file out, so a
/// half-read file never answers.
public struct RejectedFile: Sendable, Equatable {
  /// The file's name as the user gave it.
  public let name: String
  /// Every problem found, in the order met (at least one).
  public let problems: [DataFileError]

  /// Creates a rejected file.
  public init(name: String, problems: [DataFileError]) {
    self.name = name
    self.problems = problems
  }
}
