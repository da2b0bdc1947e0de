import TestSupport
import Testing

@testable import ratecalc

/// Errors and warnings on a terminal are broken to fit its width, each continuation under the
/// text after the label; piped, each stays one whole line for scripts.
@Suite struct ErrorWidthTests {
  static let warning =
    "warning: the ECB rates are 236 days old (newest 2026-04-13); run ratecalc rates update, or add a newer table"

  @Test func aLongWarningIsBrokenUnderItsLabel() {
    let output = Output(capturing: true)
    output.errorWidth = 40
    output.errorLine(ErrorWidthTests.warning)
    let lines = (output.captured?.err ?? "").split(separator: "\n").map(String.init)
    #expect(lines.count > 2)
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 }, "\(lines)")
    #expect(lines[0].hasPrefix("warning: the ECB"))
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("         ") && !$0.hasPrefix("          ") }, "\(lines)")
    // Nothing lost: the words read the same joined again.
    let words = lines.flatMap { $0.split(separator: " ") }.joined(separator: " ")
    #expect(words == ErrorWidthTests.warning)
  }

  @Test func aNumberedColouredErrorHangsUnderItsPlainLabel() {
    let output = Output(capturing: true)
    output.errorWidth = 50
    let red = "\u{1B}[31merror: \u{1B}[0m"
    output.errorLine(
      "line 12: " + red + "the exchange rate for NGN is unknown: ratecalc ships no named, dated naira rate")
    let lines = (output.captured?.err ?? "").split(separator: "\n").map(String.init)
    #expect(lines.count == 3, "\(lines)")
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 50 }, "\(lines)")
    // "line 12: error: " is 16 columns; the colour codes take none.
    #expect(lines.dropFirst().allSatisfy { $0.prefix { $0 == " " }.count == 16 }, "\(lines)")
  }

  @Test func theLineInErrorAndItsCaretAndPipedLinesStayWhole() {
    let output = Output(capturing: true)
    output.errorWidth = 30
    let echo = "  convert 5000000000000 GBP to USD --round half-up --country GB"
    output.errorLine(echo)
    #expect(output.captured?.err == echo + "\n")
    let piped = Output(capturing: true)
    piped.errorLine(ErrorWidthTests.warning)
    #expect(piped.captured?.err == ErrorWidthTests.warning + "\n")
  }

  /// Random messages at random widths: every line fits (or is one word), and no word is lost.
  @Test func randomMessagesFitEveryWidthWithEveryWord() {
    var generator = SeededGenerator(seed: 23)
    let words = [
      "a", "rate", "£3,000,000", "(set", "payroll)", "line", "7:", "—", "€", "unknown", "x/y/z", "2026-04-13;",
    ]
    for _ in 0..<2_000 {
      let label = generator.element(of: ["error: ", "warning: ", "line 12: error: ", "", "table written to "])
      let count = generator.int(in: 1...40)
      let message = label + (0..<count).map { _ in generator.element(of: words) }.joined(separator: " ")
      let width = generator.int(in: 20...100)
      let output = Output(capturing: true)
      output.errorWidth = width
      output.errorLine(message)
      let lines = (output.captured?.err ?? "").split(separator: "\n").map(String.init)
      for line in lines where DisplayWidth.of(line) > width {
        #expect(line.split(separator: " ").count == 1, "\(message) at \(width): \(line)")
      }
      #expect(lines.flatMap { $0.split(separator: " ") } == message.split(separator: " "), "\(message) at \(width)")
    }
  }

  @Test func labelsAreFoundOnlyAtTheStart() {
    #expect(Output.labelWidth(of: "error: x") == 7)
    #expect(Output.labelWidth(of: "warning: x") == 9)
    #expect(Output.labelWidth(of: "line 3: warning: x") == 17)
    #expect(Output.labelWidth(of: "\u{1B}[33mwarning: \u{1B}[0mx") == 9)
    #expect(Output.labelWidth(of: "table written to error: x") == nil)
    #expect(Output.labelWidth(of: "chart written to out.svg") == nil)
  }
}
