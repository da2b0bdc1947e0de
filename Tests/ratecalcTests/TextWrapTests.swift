import TestSupport
import Testing

@testable import ratecalc

/// Help fits the window: every line of every topic within the width (a word longer than the
/// width alone on its line), no word lost, moved or cut, and lines that fit kept as written.
@Suite struct TextWrapTests {
  /// The overview and every topic's text.
  var texts: [(String, String)] {
    get throws {
      [("overview", HelpTopics.overview)]
        + (try HelpTopics.names.map { name in
          (name, try HelpTopics.text(topic: Token(text: name, position: 1, length: name.count, quoted: false)))
        })
    }
  }

  @Test(arguments: [30, 50, 80, 100])
  func everyTopicFitsTheWidthWithEveryWordInOrder(width: Int) throws {
    for (name, text) in try texts {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let fitted = TextWrap.fit(lines: lines, width: width)
      for line in fitted where DisplayWidth.of(line) > width {
        #expect(line.split(separator: " ").count == 1, "help \(name) at \(width): \(line)")
      }
      #expect(
        fitted.flatMap { $0.split(separator: " ") } == lines.flatMap { $0.split(separator: " ") },
        "help \(name) at \(width)")
      if width >= 100 {
        // Help is written to fit 100 columns or less, apart from lists of names.
        #expect(fitted.count >= lines.count)
      }
    }
  }

  @Test func aLineThatFitsIsKeptAndALongOneHangsUnderItsSecondColumn() {
    #expect(TextWrap.fit("  a  b", width: 10) == ["  a  b"])
    #expect(
      TextWrap.fit("  cost 60000 GBP    what an employee costs, per day and per hour", width: 50)
        == ["  cost 60000 GBP    what an employee costs, per", "                    day and per hour"])
    #expect(
      TextWrap.fit("Every command takes --json and --rates FILE; calculations also --explain", width: 40)
        == ["Every command takes --json and --rates", "  FILE; calculations also --explain"])
  }

  /// A result's prose fits the width; its tables' rows are left as the table made them.
  @Test func aResultsProseIsBrokenAndItsTablesAreNot() {
    let calendar = "  223 billable days of 7.5 h: 261 weekdays − 8 holidays − 20 leave − 5 sick − 5 training"
    // A number stays with the word after it: the line never ends on "5".
    #expect(
      TextWrap.fitProse(calendar, width: 80)
        == ["  223 billable days of 7.5 h: 261 weekdays − 8 holidays − 20 leave − 5 sick −", "    5 training"])
    #expect(
      TextWrap.fitProse("\u{1B}[2m" + calendar + "\u{1B}[0m", width: 80)
        == [
          "\u{1B}[2m  223 billable days of 7.5 h: 261 weekdays − 8 holidays − 20 leave − 5 sick −\u{1B}[0m",
          "\u{1B}[2m    5 training\u{1B}[0m",
        ])
    let row = "  ECB   EUR   1999-01-04…2026-04-13   41   /a/very/long/path/" + String(repeating: "x", count: 60)
    #expect(TextWrap.fitProse(row, width: 80) == [row])
    let cell = String(repeating: " ", count: 40) + "(updated 2026-04-14 from http://example.com/a/very/long/address)"
    #expect(TextWrap.fitProse(cell, width: 80) == [cell])
    #expect(TextWrap.fitProse(calendar, width: 200) == [calendar])
    // Text that holds the private-use character the wrap joins with keeps it.
    let held = "  a note about \u{E000} and 5 more words that run past the width of the window here"
    #expect(TextWrap.fitProse(held, width: 40).joined(separator: " ").contains("\u{E000}"))
  }

  @Test func proseBrokenForLengthIsJoinedAndBrokenAgain() {
    let lines = [
      "Amounts are exact (18 decimal places); a figure is rounded once, when shown, to its",
      "currency's minor unit (JPY 0, GBP 2, BHD 3). Default half-up (a tie away from zero, as",
      "spreadsheets do).", "100 EUR → GBP is exactly 87.105.",
    ]
    #expect(
      TextWrap.fit(lines: lines, width: 60) == [
        "Amounts are exact (18 decimal places); a figure is rounded",
        "once, when shown, to its currency's minor unit (JPY 0, GBP",
        "2, BHD 3). Default half-up (a tie away from zero, as",
        "spreadsheets do).", "100 EUR → GBP is exactly 87.105.",
      ])
    // At a width they fit, the lines stay as written.
    #expect(TextWrap.fit(lines: lines, width: 100) == lines)
  }

  /// `keepingNumbersWithUnits` as it was first written, by `Character`: the oracle for the bytes.
  func joinedByCharacters(_ text: String) -> String {
    guard !text.contains(TextWrap.unbreakable) else { return text }
    let words = text.split(separator: " ", omittingEmptySubsequences: false)
    var joined = ""
    for (index, word) in words.enumerated() {
      if index > 0 {
        let previous = words[index - 1]
        let isNumber = previous.first?.isNumber == true && previous.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
        joined += isNumber && word.first?.isLetter == true ? TextWrap.unbreakable : " "
      }
      joined += word
    }
    return joined
  }

  /// The one difference, left out of the pieces: a space followed by a combining mark (no text
  /// of ratecalc's has one) is a place to split as bytes and not as characters.
  @Test func numbersJoinTheirUnitsAsByCharacters() {
    var generator = SeededGenerator(seed: 5)
    let pieces = [
      "5", "12", "7.5", "1,000", " ", " ", "days", "h", "É", "é", "−", "£", "x", ".", ",", "٣", "½", "中", "\u{E000}",
      "-", "20", "a1", "e\u{301}", "5\u{301}",
    ]
    for _ in 0..<20_000 {
      let text = (0..<generator.int(in: 0...14)).map { _ in generator.element(of: pieces) }.joined()
      #expect(TextWrap.keepingNumbersWithUnits(text) == joinedByCharacters(text), "\(text.debugDescription)")
    }
    #expect(TextWrap.keepingNumbersWithUnits("261 weekdays − 8 holidays") == "261\u{E000}weekdays − 8\u{E000}holidays")
  }

  /// A term whose text goes on in lines under its second column is one text when it must be
  /// broken again: no short line left in the middle, no continuation indented twice.
  @Test func aSecondColumnContinuedOnLinesBelowIsBrokenAsOneText() {
    let lines = [
      "ratecalc < FILE              one command per line; results on stdout, errors",
      "                             on stderr as \"line N: …\"; a bad line does not",
      "                             stop the rest",
      "Exit status: 0 all succeeded.",
    ]
    #expect(
      TextWrap.fit(lines: lines, width: 60) == [
        "ratecalc < FILE              one command per line; results",
        "                             on stdout, errors on stderr as",
        "                             \"line N: …\"; a bad line does",
        "                             not stop the rest",
        "Exit status: 0 all succeeded.",
      ])
    // Too narrow for the column beside its term: the text goes below, every line at one indent.
    #expect(
      TextWrap.fit(lines: lines, width: 40) == [
        "ratecalc < FILE",
        "    one command per line; results on",
        "    stdout, errors on stderr as \"line N:",
        "    …\"; a bad line does not stop the",
        "    rest",
        "Exit status: 0 all succeeded.",
      ])
    #expect(TextWrap.fit(lines: lines, width: 80) == lines)
    // A line under the column that has a second column of its own is an entry of its own.
    #expect(!TextWrap.continuesColumn(of: lines[0], with: "                             a  b"))
    #expect(!TextWrap.continuesColumn(of: "no second column here", with: "  text"))
  }
}
