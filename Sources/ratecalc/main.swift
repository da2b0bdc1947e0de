// ratecalc: a REPL on a terminal, one command from arguments, one command per line from a pipe.
import FoundationEssentials
import RateCalc

#if canImport(Glibc)
  import Glibc
#endif

let version = "ratecalc 0.1.0"

/// The arguments the binary itself reads before any command.
struct Arguments {
  /// `--rates PATH` given before or within the command: they apply to the whole run.
  var ratesPaths: [String] = []
  /// The command's words.
  var remaining: [String] = []
  /// `--ascii`: no characters beyond ASCII but currency symbols.
  var ascii = false
  /// `--scenario NAME`: a kept scenario to start from.
  var scenario: String?

  init(_ arguments: [String]) {
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument == "--scenario", index + 1 < arguments.count {
        scenario = arguments[index + 1]
        index += 2
        continue
      }
      if argument == "--rates", index + 1 < arguments.count {
        ratesPaths.append(arguments[index + 1])
        index += 2
        continue
      }
      if argument == "--ascii" {
        ascii = true
      } else if argument.hasPrefix("--rates=") {
        ratesPaths.append(String(argument.dropFirst("--rates=".count)))
      } else {
        remaining.append(argument)
      }
      index += 1
    }
  }
}

/// Answers `--help`, `--version` and `completions SHELL`, which need no data; `nil` otherwise.
func answerWithoutData(_ remaining: [String], output: Output) -> Int32? {
  if remaining == ["--help"] || remaining == ["-h"] {
    output.line(Usage.text)
    return 0
  }
  if remaining == ["--version"] {
    output.line(version)
    return 0
  }
  guard remaining.first == "completions" else { return nil }
  let completions = ShellCompletions(book: RateBook(builtIn: RateBook.builtInFiles()))
  guard remaining.count == 2, let script = completions.script(for: remaining[1]) else {
    output.errorLine("error: usage: ratecalc completions bash|zsh|fish")
    return 2
  }
  output.write(script)
  return 0
}

/// The arguments as one line. Of several, a word with spaces was quoted by the shell (`--role
/// "machine learning engineer"`): quote it again. One argument alone is the whole line.
func quoted(_ arguments: [String]) -> String {
  // As `units` and `qalc` take an expression: the shell's quotes around
  // `ratecalc "convert 500 GBP to USD"` are not part of what the user wrote.
  if arguments.count == 1, let line = arguments.first { return line }
  // Spaces are looked for as bytes: `String.contains(_:)` builds a search table keyed by
  // `Character`, which costs every one-shot a look-up of its conformances. Joined by hand:
  // `joined(separator:)` on `[String]` looks up a conformance of `[String]` the same way.
  var line = ""
  for (index, argument) in arguments.enumerated() {
    if index > 0 { line += " " }
    line += argument.utf8.contains(UInt8(ascii: " ")) ? "\"\(argument)\"" : argument
  }
  return line
}

/// One command from the arguments.
func runOneShot(_ remaining: [String], app: inout App) -> Int32 {
  switch app.run(quoted(remaining)) {
  case .ok, .quit: return 0
  case .failed: return 1
  case .usage: return 2
  }
}

/// Plain lines from a pipe, a file or a dumb terminal; errors name their line. The status is 1
/// when any line failed.
func runLines(app: inout App, output: Output, interactive: Bool) -> Int32 {
  var lineNumber = 0
  var worst = LineStatus.ok
  var reader = LineReader(descriptor: 0)
  while true {
    if interactive {
      output.write("> ")
      output.flush()
    }
    guard let read = reader.next() else { break }
    lineNumber += 1
    let number = interactive ? nil : lineNumber
    let status: LineStatus
    switch LineCheck.decode(read, first: lineNumber == 1) {
    case .success(let line): status = app.run(line, lineNumber: number)
    case .failure(let problem):
      app.report(.syntax(problem.error), line: problem.shown, lineNumber: number)
      status = .usage
    }
    // A pipe is written in large pieces (a line to standard error flushes what comes before it,
    // so the two stay in order); a terminal sees each answer at once.
    if interactive { output.flush() }
    if status == .quit { break }
    if status != .ok { worst = .failed }
  }
  app.reportRepeatedWarnings()
  return worst == .ok ? 0 : 1
}

/// The whole run: the status to exit with.
func main() -> Int32 {
  let environment = Environment.read()
  let arguments = Arguments(Array(CommandLine.arguments.dropFirst()))
  let output = Output(ascii: arguments.ascii || !ASCIIText.localeIsUTF8(environment))
  output.errorWidth = Width.error
  defer { output.flush() }
  if arguments.ratesPaths.count > UserRates.maximumPaths {
    output.errorLine("error: at most \(UserRates.maximumPaths) --rates paths (\(arguments.ratesPaths.count) given)")
    return 2
  }
  if let status = answerWithoutData(arguments.remaining, output: output) { return status }
  let stdinIsTerminal = isatty(0) == 1
  let stdoutIsTerminal = isatty(1) == 1
  let colour = stdoutIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
  let style = Style(enabled: colour, ascii: output.ascii)
  var (app, warnings, errors, missing) = App.make(
    ratesPaths: arguments.ratesPaths, environment: environment, output: output, style: style)
  app.width = Width.output
  for path in missing { output.errorLine("error: --rates \(path): no such file or folder") }
  for error in errors { output.errorLine("error: \(error)") }
  if !missing.isEmpty || !errors.isEmpty { return 2 }
  for warning in warnings { output.errorLine("warning: \(warning)") }
  if let scenario = arguments.scenario, !app.loadScenario(scenario) { return 2 }
  if !arguments.remaining.isEmpty {
    // Options alone apply to the whole session or pipe: `ratecalc --country GB --explain < file`.
    let line = quoted(arguments.remaining)
    switch Result(catching: { () throws(SyntaxError) in try Parser.optionsOnly(line) }) {
    case .success(let options?):
      guard app.applyRunOptions(options, line: line) else { return 2 }
    case .success(nil): return runOneShot(arguments.remaining, app: &app)
    case .failure(let error):
      app.report(.syntax(error), line: line, lineNumber: nil)
      return 2
    }
  }
  // The line editor draws on standard output: it needs a terminal at both ends.
  if stdinIsTerminal && stdoutIsTerminal && environment["TERM"] != "dumb" {
    var repl = REPL(app: app, environment: environment)
    repl.run()
    return 0
  }
  return runLines(app: &app, output: output, interactive: stdinIsTerminal && stdoutIsTerminal)
}

exit(main())
