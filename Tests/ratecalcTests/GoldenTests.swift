import Foundation
import Testing

/// Golden transcripts: each file in `Golden/` holds commands and their exact results.
///
/// ```
/// $ ratecalc convert 55000 GBP to USD      the command (arguments split like a shell)
/// < a line of standard input               (optional, for pipe mode)
/// £55,000.00 = $73,815.16                  standard output, exactly
/// ! error: …                               standard error, exactly (prefixed "! ")
/// ? exit 0                                 the exit status
/// ```
/// Lines starting with `#` are comments; a blank line separates cases. Every run uses an empty
/// HOME, NO_COLOR=1 and RATECALC_TODAY=2026-04-14. `python3 scripts/update-golden.py` rewrites the
/// files from `Golden/cases.py` and the binary's output (then read the diff before committing).
@Suite struct GoldenTests {
  struct Case: CustomTestStringConvertible {
    let file: String
    let line: Int
    let command: String
    let input: [String]
    let stdout: [String]
    let stderr: [String]
    let status: Int32
    var testDescription: String { "\(file):\(line) \(command)" }
  }

  static let folder = Tool.root + "/Tests/ratecalcTests/Golden"

  static func cases() -> [Case] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
    var cases: [Case] = []
    for name in names.sorted() where name.hasSuffix(".txt") {
      guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { continue }
      var command: String? = nil
      var start = 0
      var input: [String] = []
      var stdout: [String] = []
      var stderr: [String] = []
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if line.hasPrefix("$ ") {
          command = String(line.dropFirst(2))
          start = number + 1
          input = []
          stdout = []
          stderr = []
        } else if line.hasPrefix("? exit "), let current = command {
          cases.append(
            Case(
              file: name, line: start, command: current, input: input, stdout: stdout, stderr: stderr,
              status: Int32(line.dropFirst(7)) ?? -1))
          command = nil
        } else if command != nil {
          if line.hasPrefix("< ") {
            input.append(String(line.dropFirst(2)))
          } else if line == "!" || line.hasPrefix("! ") {
            stderr.append(String(line.dropFirst(2)))
          } else {
            stdout.append(String(line))
          }
        }
      }
    }
    return cases
  }

  @Test func theGoldenFilesHoldCases() {
    #expect(GoldenTests.cases().count >= 40)
  }

  @Test(arguments: GoldenTests.cases())
  func transcript(_ golden: Case) throws {
    let words = Tool.words(golden.command)
    try #require(words.first == "ratecalc", "a golden command starts with 'ratecalc'")
    let input = golden.input.isEmpty ? nil : golden.input.joined(separator: "\n") + "\n"
    let run = try Tool.run(Array(words.dropFirst()), input: input)
    let stdout = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast()
    let stderr = run.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast()
    #expect(Array(stdout) == golden.stdout, "stdout of \(golden.command)")
    #expect(Array(stderr) == golden.stderr, "stderr of \(golden.command)")
    #expect(run.status == golden.status, "exit status of \(golden.command)")
  }
}
