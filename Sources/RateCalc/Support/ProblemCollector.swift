/// How a reader treats a bad row: stop at the first (strict), or note it and read on, so that a
/// user is told every problem of a file at once (up to ``MarketReaders/maximumProblems``).
struct ProblemCollector {
  /// Whether bad rows are noted and reading goes on.
  let collecting: Bool
  /// The problems noted so far, in order.
  private(set) var problems: [DataFileError] = []

  /// A collector that stops at the first problem.
  static let strict = ProblemCollector(collecting: false)

  /// Notes a problem, or throws it when not collecting. Past the limit it throws a problem saying
  /// that reading stopped.
  mutating func add(_ error: DataFileError) throws(DataFileError) {
    guard collecting else { throw error }
    guard problems.count < MarketReaders.maximumProblems else {
      throw DataFileError(
        file: error.file, line: error.line, column: 1, text: "",
        reason: "more problems from here on: reading stopped after \(MarketReaders.maximumProblems)")
    }
    problems.append(error)
  }

  /// Throws the first problem noted, if any: a file with problems gives no table.
  func finish() throws(DataFileError) {
    if let first = problems.first { throw first }
  }
}
