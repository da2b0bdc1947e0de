import RateCalc

/// `check PATH…`: reads data files (any kind ratecalc reads: ECB files, the long format, bands,
/// countries, contributions, holidays, PPP, sources) as `--rates` would, and reports every
/// problem with file, line, column and text, as `units --check` does. The status is 1 when a
/// problem was found.
struct CheckCommand: CommandSpec {
  static let info = CommandInfo(
    ["check"], summary: "check data files and report every problem",
    help: """
      check PATH…      ratecalc check my-rates.csv · ratecalc check Rates
        Reads each file (or each data file in a folder) as --rates would and lists every
        problem with its file, line, column and text; exit status 1 when there is one.
      """,
    examples: [("check my-rates.csv", "every problem in your data files, with file, line and column")])

  /// The paths as written.
  let paths: [Token]

  static func parse(_ words: inout Words) throws(SyntaxError) -> CheckCommand {
    let paths = Array(words.rest)
    words.skipRest()
    guard !paths.isEmpty else { throw words.errorAtEnd("check needs a file or folder: check my-rates.csv") }
    return CheckCommand(paths: paths)
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    let loaded = UserRates.load(
      paths: paths.map(\.text), environment: [:], home: context.session.environment["HOME"])
    if let missing = loaded.missing.first, let token = paths.first(where: { $0.text == missing }) {
      throw .at(token, "no such file or folder: \(missing)")
    }
    let book = RateBook(builtIn: RateBook.builtInFiles(), user: loaded.files, today: context.today)
    let rejected = loaded.rejected + book.rejected
    let problems = rejected.flatMap { file in file.problems.map(\.message) }
    return Outcome(
      // Files that could not be read at all (or a folder that could not be walked) count among those checked.
      CheckOutput(
        files: loaded.files.map(\.name) + loaded.rejected.map(\.name), problems: problems,
        rejected: rejected.map(\.name)),
      failed: !problems.isEmpty || !rejected.isEmpty)
  }
}

/// What `check` found.
struct CheckOutput: CommandOutput {
  /// One problem a line, whole, as editors and scripts read `file:line:column: problem`.
  var fitsProse: Bool { false }

  let files: [String]
  let problems: [String]
  let rejected: [String]

  func text(_ text: TextRenderer) -> [String] {
    guard !problems.isEmpty || !rejected.isEmpty else {
      return ["\(files.count) file\(files.count == 1 ? "" : "s") read, no problem found"]
    }
    return problems
      + ["\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(rejected.count) of \(files.count) files"]
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    [
      ("type", .string("check")), ("files", .array(files.map { .string($0) })),
      ("problems", .array(problems.map { .string($0) })), ("rejected", .array(rejected.map { .string($0) })),
    ]
  }
}
