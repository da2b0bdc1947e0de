import RateCalc
import TestSupport
import Testing

@testable import ratecalc

/// Seeded random input through the tool and the readers: nothing a user types or loads may
/// trap. A trap would end the test process, so reaching the end is the assertion; the tests also
/// check that every line got an answer or an error.
@Suite struct FuzzTests {

  static let words = [
    "convert", "quote", "band", "salary", "cost", "compare", "budget", "bands", "rates", "sources", "set", "unset",
    "settings", "let", "explain", "help", "to", "in", "55000", "55k", "1.2m", "-5", "0", "0.000000000000000001",
    "99999999999999999999", "999999999999999999999999", "£40k–£90k", "$33-$106", "1,1476", "12abc", "1..2", "GBP",
    "gbp", "USD", "EUR", "JPY", "BHD", "XAU", "BGN", "NGN", "AED", "¥", "£", "€", "$", "C$", "R", "GBP/day",
    "EUR/hour", "/year", "per", "day", "\"machine learning engineer\"", "GB", "UK", "DE", "Germny", "average",
    "--country", "--on", "2016-06-24", "2026-04-11", "2026-02-30", "--exact-date", "--json", "--explain", "--round",
    "half-even", "--vs", "450", "--at", "--months", "0", "-3", "--weeks", "--days", "--utilisation", "0%", "150%",
    "80%", "--hours", "24", "25", "--leave", "400", "--year", "1800", "2026", "--in", "USD,EUR", "--ppp", "2024",
    "--vary", "utilisation", "--from", "--to", "--step", "--round-to", "--margin", "100%", "--fee", "--markup",
    "--recruiting", "--tenure", "--ramp-up", "--notice", "--agency", "--basis", "22days", "ans", "_", "x", "=", "\"",
    "--", "---", "--rates", "", "🙂", "\t", "%", "/", "–",
  ]

  func app() -> App {
    let output = Output(capturing: true)
    let environment = ["HOME": "/nonexistent", "RATECALC_TODAY": "2026-04-14"]
    return App.make(ratesPaths: [], environment: environment, output: output, style: Style(enabled: false)).app
  }

  @Test func randomCommandLinesAlwaysGetAnAnswerOrAnError() {
    var random = SeededGenerator(seed: 20_261_122)
    var app = app()
    var silent: [String] = []
    var runs = 0
    for _ in 0..<3000 {
      let count = 1 + random.below(8)
      let line = (0..<count).map { _ in random.element(of: FuzzTests.words) }.joined(
        separator: random.below(5) == 0 ? "" : " ")
      let before = app.output.captured
      let status = app.run(line)
      let after = app.output.captured
      if status == .quit { continue }
      runs += 1
      // Every line prints something: a result, a message, or an error.
      let printed =
        (after?.out.count ?? 0) + (after?.err.count ?? 0) > (before?.out.count ?? 0) + (before?.err.count ?? 0)
      let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
      if !printed && !blank { silent.append(line) }
    }
    #expect(runs > 2500)
    #expect(silent.isEmpty, "lines with no output at all: \(silent.prefix(5))")
  }

  /// Every golden template with extreme values (0, negatives, 10^-18, 10^20 − 1, one past each
  /// limit, 10^400) in every slot: each line gets a result or one error, never a trap or silence.
  @Test func extremeValuesInEveryTemplateGetAnAnswerOrAnError() {
    var random = SeededGenerator(seed: 20_261_125)
    var app = app()
    for template in 0..<ExtremeInputs.templates.count {
      for _ in 0..<12 {
        let line = ExtremeInputs.line(template: template) { _ in random.below(ExtremeInputs.values.count) }
        app.output.clear()
        _ = app.run(line, lineNumber: 1)
        let printed = (app.output.captured?.out.count ?? 0) + (app.output.captured?.err.count ?? 0)
        #expect(printed > 0, "no output for: \(line)")
      }
    }
  }

  @Test func randomBytesInEveryKindOfDataFileAreReportedNotTrapped() {
    var random = SeededGenerator(seed: 7)
    let builtIn = RateBook.builtInFiles()
    let alphabet = Array("0123456789.,-\"\n \t#N/AabcXYZ€£<>='/:;")
    for round in 0..<300 {
      // Take a real file, damage a few characters, and load it as the user's.
      let original = random.element(of: builtIn)
      var characters = Array(original.text.prefix(4000))
      for _ in 0..<(1 + random.below(20)) where !characters.isEmpty {
        characters[random.below(characters.count)] = random.element(of: alphabet)
      }
      let damaged = DataFile(name: "damaged-\(round).csv", text: String(characters), isUserFile: true)
      let book = RateBook(builtIn: builtIn, user: [damaged])
      _ = book.allProblems()
      _ = try? ExchangeTableReader.read(damaged.text, file: damaged.name)
      _ = try? CurrencyTable(csv: damaged.text, file: damaged.name)
    }
    // And pure noise.
    for round in 0..<300 {
      let text = String((0..<random.below(400)).map { _ in random.element(of: alphabet) })
      let book = RateBook(builtIn: [], user: [DataFile(name: "noise-\(round)", text: text, isUserFile: true)])
      _ = book.allProblems()
    }
  }

  @Test func randomAmountTextNeverTraps() {
    var random = SeededGenerator(seed: 99)
    let alphabet = Array("0123456789.,- kKmMbn£$€¥–—%/e+")
    var parsed = 0
    for _ in 0..<20_000 {
      let text = String((0..<random.below(30)).map { _ in random.element(of: alphabet) })
      if (try? AmountParser.parse(text)) != nil { parsed += 1 }
      _ = try? Amount(parsing: text)
    }
    #expect(parsed > 0)
  }
}
