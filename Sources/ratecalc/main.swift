// ratecalc: a REPL on a terminal, one command from arguments, one command per line from a pipe.
import FoundationEssentials
import RateCalc

#if canImport(Glibc)
  import Glibc
#endif

let version = "ratecalc 0.1.0"
let environment = ProcessInfo.processInfo.environment
var arguments = Array(CommandLine.arguments.dropFirst())
let output = Output()

/// Options that may stand before or without a command: they apply to the whole run.
var ratesPaths: [String] = []
var jsonAlways = false
var remaining: [String] = []
var index = 0
while index < arguments.count {
  let argument = arguments[index]
  if argument == "--rates", index + 1 < arguments.count {
    ratesPaths.append(arguments[index + 1])
    index += 2
    continue
  }
  if argument.hasPrefix("--rates=") {
    ratesPaths.append(String(argument.dropFirst("--rates=".count)))
  } else {
    remaining.append(argument)
  }
  index += 1
}

if ratesPaths.count > UserRates.maximumPaths {
  output.errorLine("error: at most \(UserRates.maximumPaths) --rates paths (\(ratesPaths.count) given)")
  exit(2)
}

if remaining == ["--help"] || remaining == ["-h"] {
  output.line(Usage.text)
  output.flush()
  exit(0)
}
if remaining == ["--version"] {
  output.line(version)
  output.flush()
  exit(0)
}
if remaining.first == "completions" {
  guard remaining.count == 2, let script = ShellCompletions.script(for: remaining[1]) else {
    output.errorLine("error: usage: ratecalc completions bash|zsh|fish")
    exit(2)
  }
  output.write(script)
  output.flush()
  exit(0)
}
if remaining == ["--json"] {
  jsonAlways = true
  remaining = []
}

let stdinIsTerminal = isatty(0) == 1
let stdoutIsTerminal = isatty(1) == 1
let colour = stdoutIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
var (app, warnings, errors, missing) = App.make(
  ratesPaths: ratesPaths, environment: environment, output: output, style: Style(enabled: colour))
app.jsonAlways = jsonAlways
for path in missing {
  output.errorLine("error: --rates \(path): no such file or folder")
}
for error in errors { output.errorLine("error: \(error)") }
if !missing.isEmpty || !errors.isEmpty { exit(2) }
for warning in warnings { output.errorLine("warning: \(warning)") }

if !remaining.isEmpty {
  // One command from the arguments; words with spaces were quoted by the shell: quote them again.
  let line = remaining.map { $0.contains(" ") ? "\"\($0)\"" : $0 }.joined(separator: " ")
  let status = app.run(line)
  output.flush()
  switch status {
  case .ok, .quit: exit(0)
  case .failed: exit(1)
  case .usage: exit(2)
  }
}

// The line editor draws on standard output: it needs a terminal at both ends.
if stdinIsTerminal && stdoutIsTerminal && environment["TERM"] != "dumb" {
  var repl = REPL(app: app, environment: environment)
  repl.run()
  output.flush()
  exit(0)
}

// A pipe or a file, a dumb terminal, or output going to a pipe: plain lines.
var lineNumber = 0
var worst = LineStatus.ok
var reader = LineReader(descriptor: 0)
let prompt = stdinIsTerminal && stdoutIsTerminal ? "> " : nil
while true {
  if let prompt {
    output.write(prompt)
    output.flush()
  }
  guard let read = reader.next() else { break }
  lineNumber += 1
  let number = stdinIsTerminal ? nil : lineNumber
  let status: LineStatus
  switch LineCheck.decode(read, first: lineNumber == 1) {
  case .success(let line): status = app.run(line, lineNumber: number)
  case .failure(let problem):
    app.report(.syntax(problem.error), line: problem.shown, lineNumber: number)
    status = .usage
  }
  output.flush()
  if status == .quit { break }
  if status != .ok { worst = .failed }
}
app.reportRepeatedWarnings()
output.flush()
exit(worst == .ok ? 0 : 1)
