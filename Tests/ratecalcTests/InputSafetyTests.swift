import Foundation
import Testing

/// What a pipe may hold that is not a command: every line gets one clear error or an answer,
/// in linear time, and nothing from the input drives the terminal.
@Suite struct InputSafetyTests {
  func run(_ bytes: [UInt8]) throws -> Tool.Run { try Tool.run([], bytes: bytes) }

  @Test func aByteOrderMarkBeforeTheFirstLineIsSkipped() throws {
    let result = try run([0xEF, 0xBB, 0xBF] + Array("convert 1 EUR to USD\n".utf8))
    #expect(result.stdout.hasPrefix("€1.00 = $1.17"))
    #expect(result.status == 0)
  }

  /// Control characters and invalid UTF-8 are named with their column; the echoed line shows
  /// ESC as ␛, so nothing reaches the terminal raw.
  @Test func controlCharactersAndInvalidUTF8AreNamedWithTheirColumn() throws {
    let result = try run(
      Array("convert 1 E\u{1B}[2JUR to USD\n".utf8) + Array("convert 1 ".utf8) + [0xFF] + Array(" EUR\n".utf8))
    #expect(result.stderr.contains("line 1: error: a control character (ESC) at column 12"))
    #expect(result.stderr.contains("  convert 1 E␛[2JUR to USD"))
    #expect(result.stderr.contains("line 2: error: not UTF-8 at column 11"))
    #expect(!result.stderr.contains("\u{1B}[2J"))
    #expect(result.status == 1)
  }

  /// A line over 64 KiB is one error, read in constant memory; the next line is answered.
  @Test func anOverlongLineIsRefusedAndTheNextIsAnswered() throws {
    let long = Array(("convert 1 " + String(repeating: "x", count: 200_000) + "\n").utf8)
    let result = try run(long + Array("convert 1 EUR to USD\n".utf8))
    #expect(
      result.stderr.hasPrefix(
        "line 1: error: the line is 200010 bytes long; ratecalc reads lines of at most 65536 bytes"))
    #expect(result.stdout.hasPrefix("€1.00 = $1.17"))
  }

  /// A pipe shows each warning once and counts the lines that repeat it, for its first 1,000
  /// distinct warnings; a warning beyond them is shown each time, so memory stays bounded.
  @Test func aPipeRemembersAtMostAThousandDistinctWarnings() throws {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let start = try #require(calendar.date(from: DateComponents(year: 2026, month: 4, day: 14)))
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    let days = (0..<1_005).compactMap { calendar.date(byAdding: .day, value: $0, to: start) }.map(formatter.string)
    // Every day after the table's end gives its own warning; the first and the 1,003rd come twice.
    let lines = (days + [days[0], days[1_002]]).map { "convert 1 EUR to USD --on \($0)\n" }.joined()
    let result = try Tool.run([], input: lines)
    let warnings = result.stderr.split(separator: "\n")
    #expect(warnings.count == 1_005 + 1 + 1)
    #expect(warnings.filter { $0.contains("day before \(days[0])") }.count == 2)
    #expect(
      warnings.contains {
        $0
          == "warning: 1 more line gave: the ECB table ends on 2026-04-13, 1 day before 2026-04-14; its last rates were used"
      })
    #expect(warnings.filter { $0.contains("days before \(days[1_002])") && $0.hasPrefix("line ") }.count == 2)
  }

  /// Quoted text in a message is cut to 60 characters, and a long line is shown as a window.
  @Test func longWordsAreCutInMessages() throws {
    let result = try Tool.run([], input: "convert 1 GBP to " + String(repeating: "x", count: 5000) + "\n")
    let first = result.stderr.split(separator: "\n").first ?? ""
    #expect(first == "line 1: error: unknown currency '" + String(repeating: "x", count: 60) + "…'")
    #expect(result.stderr.split(separator: "\n").allSatisfy { $0.count < 200 })
  }

  /// `1 000 000 …` with 20,000 groups and a 60,000-character word: one error each, at once.
  @Test func groupedDigitsAndLongWordsStayLinear() throws {
    let groups = "convert 1" + String(repeating: " 000", count: 15_000) + " GBP to USD\n"
    let word = "convert 1 " + String(repeating: "y", count: 60_000) + " to USD\n"
    let start = Date()
    let result = try Tool.run([], input: groups + word)
    #expect(result.stderr.contains("is too large: ratecalc handles amounts up to"))
    #expect(result.stderr.contains("line 2: error:"))
    // Not a timing target: a quadratic tokenizer took 10 s on half this; a minute means a hang.
    #expect(Date().timeIntervalSince(start) < 60)
  }

  @Test func aLetCannotHoldALetAndVariablesMayHaveDigits() throws {
    let result = try Tool.run(
      [],
      input: "let a = let b = 5 GBP\nlet v1 = convert 100 EUR to USD\nconvert v1 to GBP\nlet x = convert 5 XYZ to USD\n"
    )
    #expect(result.stderr.contains("line 1: error: a let holds a command's result, not another let"))
    #expect(result.stdout.contains("$116.84 = £87.06"))
    // The caret of an error inside a let points at the word at fault.
    #expect(result.stderr.contains("  let x = convert 5 XYZ to USD\n                    ^^^"))
  }
}
