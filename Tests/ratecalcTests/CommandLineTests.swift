import Foundation
import RateCalc
import TestSupport
import Testing

@testable import ratecalc

/// The tool's pieces in place: tokenizer, parser, settings, completion and hints, read the way
/// the binary reads them.
@Suite struct TokenizerTests {
  func tokens(_ line: String) throws -> [Token] { try Tokenizer.tokens(line) }

  @Test func wordsQuotesAndPositions() throws {
    let tokens = try tokens("bands  \"machine learning engineer\" --in USD")
    #expect(tokens.map(\.text) == ["bands", "machine learning engineer", "--in", "USD"])
    #expect(tokens.map(\.position) == [1, 8, 36, 41])
    #expect(tokens[1].length == 27 && tokens[1].quoted)
  }

  @Test func groupsOfThreeDigitsJoinANumber() throws {
    #expect(try tokens("convert 55 000 GBP").map(\.text) == ["convert", "55 000", "GBP"])
    #expect(try tokens("1 234 567 EUR").map(\.text) == ["1 234 567", "EUR"])
    #expect(try tokens("£55 000").map(\.text) == ["£55 000"])
    // Not a group: two digits, a second space, or a decimal point before it.
    #expect(try tokens("55 00").map(\.text) == ["55", "00"])
    #expect(try tokens("55  000").map(\.text) == ["55", "000"])
    #expect(try tokens("55.5 000").map(\.text) == ["55.5", "000"])
    let joined = try tokens("x 55 000 GBP")[1]
    #expect(joined.position == 3 && joined.length == 6)
  }

  @Test func anUnclosedQuoteIsAnErrorUnderIt() {
    #expect(throws: SyntaxError("this quote is not closed", position: 7, length: 11)) {
      try Tokenizer.tokens("bands \"machine le")
    }
  }

  /// The byte path is only a faster way to the same tokens: on lines built from the pieces that
  /// matter (digit groups, quotes, tabs, double spaces), both paths agree token for token.
  @Test func theASCIIPathGivesTheCharacterPathsTokens() throws {
    var random = SeededGenerator(seed: 17)
    let pieces = ["55", "000", "12", "1234", "GBP", " ", "  ", "\t", "\"", "k", ".", ",", "--in", "-", "x"]
    for _ in 0..<20_000 {
      var line = ""
      for _ in 0..<random.int(in: 1...12) { line += random.element(of: pieces) }
      let fast = line.utf8.withContiguousStorageIfAvailable { Tokenizer.asciiTokens($0) } ?? nil
      let slow = try? Tokenizer.characterTokens(line)
      if let fast { #expect(fast == slow, "\(line)") } else { #expect(slow == nil, "\(line)") }
    }
    // A line with a byte beyond ASCII or a control character takes the character path.
    #expect("£55 000".utf8.withContiguousStorageIfAvailable { Tokenizer.asciiTokens($0) } ?? nil == nil)
    #expect("55\u{1}".utf8.withContiguousStorageIfAvailable { Tokenizer.asciiTokens($0) } ?? nil == nil)
  }
}

@Suite struct ParserTests {
  func error(_ line: String) -> SyntaxError? {
    do {
      _ = try Parser.parse(line)
      return nil
    } catch {
      return error
    }
  }

  @Test func conversionWordsInAnyCaseStartTheTargets() throws {
    // The parser skips a word longer than two bytes without looking it up.
    #expect(Words.conversionWords.allSatisfy { $0.utf8.count == 2 })
    for word in ["to", "TO", "In", "as", "->"] {
      let parsed = try Parser.parse("convert 500 GBP \(word) USD EUR/day")
      let convert = try #require(parsed.command as? ConvertCommand)
      #expect(convert.targets.map(\.currency) == ["USD", "EUR"] && convert.targets[1].period == .day)
    }
    #expect(error("convert 500 GBP into USD")?.message == "say what to convert to: convert 55000 GBP to USD")
    #expect(error("convert 500 GBP per USD")?.position == 17)
  }

  /// "What is this £40k–£90k band in € and $?": targets listed with commas or joined by `and`,
  /// each with its own place in the line for a caret.
  @Test func targetsMayBeListedWithCommasOrAnd() throws {
    for line in [
      "£40k–£90k in € and $", "£40k–£90k in €, $", "£40k–£90k in €,$", "£40k–£90k in € , $", "£40k–£90k in €,,$",
      "£40k–£90k in € $",
    ] {
      let convert = try #require(try Parser.parse(line).command as? ConvertCommand, "\(line)")
      #expect(convert.targets.map(\.currency) == ["€", "$"], "\(line)")
    }
    let listed = try #require(try Parser.parse("convert 5 EUR to USD,GBP/hour").command as? ConvertCommand)
    #expect(listed.targets.map(\.token.position) == [18, 22])
    #expect(listed.targets.map(\.token.text) == ["USD", "GBP/hour"])
    #expect(listed.targets[1].period == .hour)
    // `and` only joins two targets: alone, first or last it is read as a target (and refused).
    for line in ["convert 5 EUR to and", "convert 5 EUR to USD and"] {
      let convert = try #require(try Parser.parse(line).command as? ConvertCommand)
      #expect(convert.targets.last?.currency == "and", "\(line)")
    }
  }

  @Test func optionsMayStandAnywhere() throws {
    let first = try Parser.parse("--country GB quote 75000 GBP --json")
    let last = try Parser.parse("quote 75000 GBP --json --country GB")
    for parsed in [first, last] {
      #expect(parsed.command is QuoteCommand)
      #expect(parsed.options.text(.setting("country"))?.0 == "GB")
      #expect(parsed.options.has(.json))
    }
  }

  @Test func theLongestCommandNameWins() throws {
    #expect(try Parser.parse("quote band \"ml engineer\" GB average").command is QuoteBandCommand)
    #expect(try Parser.parse("quote 5 GBP").command is QuoteCommand)
    #expect(try Parser.parse("exit").command is QuitCommand)
    #expect(try Parser.parse("550 EUR/day in GBP/hour").command is ConvertCommand)
  }

  @Test func anAmountOptionTakesItsCurrencyAndSpansBoth() throws {
    let parsed = try Parser.parse("compare 60000 GBP --vs 450   GBP/day --country GB")
    let term = try #require(parsed.options.money(.vs))
    #expect(term.currency == "GBP" && term.period == .day)
    #expect(term.first.position == 24 && term.first.length == 13)
    #expect(term.currencyToken?.position == 30)
  }

  @Test func valuesAreReadByKindWithCaretsUnderThem() throws {
    #expect(
      try Parser.parse("quote 1 GBP --utilisation 80%").options.number(.setting("utilisation"))?.0.description == "0.8")
    #expect(try Parser.parse("convert 1 EUR to USD --on=2026-04-10").options.date(.on) == Day(parsing: "2026-04-10"))
    #expect(
      error("convert 1 EUR to USD --on 2026-02-30")
        == SyntaxError(
          "a date is written YYYY-MM-DD, such as 2016-06-24", position: 27, length: 10))
    #expect(
      error("quote 1 GBP --hours 7%")
        == SyntaxError(
          "a number is expected here, not a percentage", position: 21, length: 2))
    #expect(
      error("set weekdays sometimes")
        == SyntaxError(
          "weekdays is 260 (52 × 5) or actual", position: 14, length: 9))
  }

  @Test func anOptionTheCommandDoesNotTakeNamesTheCommandsThatDo() {
    #expect(
      error("convert 100 EUR to USD --ppp 2024")
        == SyntaxError("--ppp applies to bands, not convert", position: 24, length: 5))
    #expect(
      error("let x = convert 1 EUR to USD --months 5")?.message == "--months applies to compare and budget, not convert"
    )
    #expect(error("rates --explain")?.message.hasPrefix("--explain applies to convert, quote") == true)
  }

  @Test func mistakesInTheGrammarAreNamedWithTheirPlace() {
    #expect(
      error("convert 55000 GBP to USD --jsn")
        == SyntaxError(
          "unknown option --jsn (did you mean --json?)", position: 26, length: 5))
    #expect(
      error("convrt 55000 GBP to USD")
        == SyntaxError(
          "unknown command 'convrt' (did you mean convert?)", position: 1, length: 6))
    #expect(error("convert 55000 GBP") == SyntaxError("say what to convert to: convert 55000 GBP to USD", position: 18))
    #expect(error("set colour blue") == SyntaxError("unknown setting 'colour' (see settings)", position: 5, length: 6))
    #expect(error("quote 1 GBP extra")?.message == "unexpected 'extra'")
    // A conversion's target without `to`, and a code written against its number, get a hint.
    #expect(error("500 GBP USD") == SyntaxError("unexpected 'USD' (did you mean 'to USD'?)", position: 9, length: 3))
    #expect(error("quote 75000 GBP USD")?.message == "unexpected 'USD'")
    #expect(
      error("500GBP to USD")?.message
        == "unexpected 'G' at position 4 (a currency code is a word of its own: write a space before GBP)")
    #expect(error("55kEUR in GBP")?.message.hasSuffix("write a space before EUR)") == true)
    #expect(error("12abc GBP to USD")?.message == "unexpected 'a' at position 3")
    #expect(error("500GBPX to USD")?.message == "unexpected 'G' at position 4")
    // A second amount without the option that takes it: the option is shown with it.
    #expect(
      error("compare 60k GBP 450 GBP/day --country GB")
        == SyntaxError("unexpected '450' (did you mean --vs 450 GBP/day?)", position: 17, length: 3))
    #expect(error("compare 60k GBP £450/day")?.message == "unexpected '£450/day' (did you mean --vs £450/day?)")
    #expect(error("compare 60k GBP 450 --months 3")?.message == "unexpected '450' (did you mean --vs 450?)")
    #expect(error("budget 120000 EUR 600 EUR/day")?.message == "unexpected '600' (did you mean --at 600 EUR/day?)")
    #expect(error("compare 60k GBP soon")?.message == "unexpected 'soon'")
    #expect(error("quote 75000 GBP 450")?.message == "unexpected '450'")
    #expect(error("")?.message == "type a command, such as: convert 55000 GBP to USD (or help)")
  }

  @Test func aLetKeepsTheColumnsOfItsCommand() {
    #expect(error("let r = convert 1 EUR to USD/fortnight")?.position == 26)
  }
}

@Suite struct SettingsTableTests {
  let book = RateBook(builtIn: RateBook.builtInFiles(), today: Day(parsing: "2026-04-14"))

  func set(_ line: String, on settings: inout Settings) throws {
    let parsed = try Parser.parse(line)
    var context = Context(
      book: book, session: Session(settings: settings), settings: settings, options: parsed.options,
      today: Day(year: 2026, month: 4, day: 14) ?? Day(ordinal: 0))
    _ = try parsed.command.run(&context)
    settings = context.session.settings
  }

  @Test func everyRowHasOneNameAndSetsWhatItShows() throws {
    #expect(Set(SettingsTable.names).count == SettingsTable.rows.count)
    let values = [
      "currency": "EUR", "country": "DE", "region": "GB-SCT", "year": "2025", "hours": "7.5", "leave": "20",
      "holidays": "8", "sick": "3", "training": "2", "utilisation": "80%", "weekdays": "260", "basis": "2080",
      "dollar": "CAD", "expenses": "6000", "benefits": "3000", "overhead": "1000", "margin": "20%", "markup": "10%",
      "fee": "10%", "round-to": "50", "recruiting": "20%", "tenure": "12", "agency": "10%", "ramp-up": "10",
      "notice": "1", "notice-pay": "paid", "start": "2026-07", "staff": "5", "payments": "14", "payroll": "2000000",
      "state": "CA",
      "nationality": "national", "round": "half-even",
    ]
    #expect(Set(values.keys) == Set(SettingsTable.names))
    for row in SettingsTable.rows {
      var settings = Settings()
      let value = try #require(values[row.name])
      try set("set \(row.name) \(value)", on: &settings)
      #expect(row.show(settings) == value, "\(row.name)")
      row.clear(&settings)
      #expect(row.show(settings) == SettingsTable.row(row.name)?.show(Settings()), "\(row.name) after unset")
    }
  }

  @Test func anAliasAndAMarginClearingAMarkup() throws {
    var settings = Settings()
    try set("set utilization 75%", on: &settings)
    #expect(settings.utilisation?.description == "0.75")
    try set("set markup 10%", on: &settings)
    try set("set margin 20%", on: &settings)
    #expect(settings.markup == nil && settings.margin?.description == "0.2")
  }

  @Test func aValueOutOfRangeIsAnErrorUnderIt() throws {
    var settings = Settings()
    #expect(throws: CommandFailure.self) { try set("set hours 25", on: &settings) }
    #expect(throws: CommandFailure.self) { try set("set leave 400", on: &settings) }
    #expect(throws: CommandFailure.self) { try set("set country Narnia", on: &settings) }
    #expect(settings.hours == nil && settings.leave == nil && settings.country == nil)
  }
}

@Suite struct CompletionTests {
  let completion = Completion(
    book: RateBook(builtIn: RateBook.builtInFiles(), today: Day(parsing: "2026-04-14")), variables: ["rate"])

  func words(_ line: String) -> [String] {
    let characters = Array(line)
    return completion.candidates(line: characters, cursor: characters.count).words
  }

  @Test func commandsOptionsSettingsAndValuesByKind() {
    #expect(words("conv") == ["convert"])
    #expect(words("r") == ["rates", "rate"])
    #expect(words("set utili") == ["utilisation"])
    #expect(words("unset notice") == ["notice", "notice-pay"])
    #expect(words("quote 1 GBP --employer") == ["--employer-costs"])
    #expect(words("convert 1 GBP to USD --round h") == ["half-up", "half-even"])
    #expect(words("set basis 2") == ["2080", "22days"])
    #expect(words("bands x --per h") == ["hour"])
    #expect(words("cost 1 GBP --country Ge").contains("Germany"))
    #expect(words("help sc") == ["scenario", "scripts"])
    #expect(words("convert 1 GBP to US").contains("USD"))
  }

  /// After `--`, the options of the command being typed, as `help OPTION` lists their takers.
  @Test func optionsAreTheCommandsOwn() {
    #expect(words("compare 60000 GBP --vs 450 GBP/day --mo") == ["--months"])
    #expect(words("budget 120k EUR --mo") == ["--months"])
    #expect(words("quote 75000 GBP --mo").isEmpty)
    #expect(words("currencies franc --w") == ["--withdrawn"])
    #expect(!words("quote 75000 GBP --").contains("--withdrawn"))
    #expect(words("quote band \"machine learning engineer\" --hou") == ["--hours"])
    // A line with no command word is a conversion.
    #expect(words("550 EUR/day in GBP/hour --hou") == ["--hours"])
    #expect(words("550 EUR/day in GBP/hour --mo").isEmpty)
    // Before any command word, every option.
    #expect(words("--withd") == ["--withdrawn"])
  }

  @Test func theCommonPrefixIgnoresCase() {
    #expect(Completion.commonPrefix(["convert", "Cost", "compare"]) == "co")
    #expect(Completion.commonPrefix(["notice", "notice-pay"]) == "notice")
  }
}

@Suite struct DeclarationTests {
  @Test func didYouMeanNamesTheNearestWordOrNone() {
    #expect(Suggestion.hint(for: "convrt", among: Commands.words) == " (did you mean convert?)")
    #expect(Suggestion.hint(for: "jsn", among: ["json"], prefix: "--") == " (did you mean --json?)")
    #expect(Suggestion.hint(for: "zzzzzz", among: Commands.words, otherwise: " (see help)") == " (see help)")
  }

  @Test func everyCommandHasHelpAndEveryOptionOneDeclaration() throws {
    for info in Commands.infos {
      let topic = info.help != nil ? info.name : info.topic
      if info.name != "help" { #expect(topic.map(HelpTopics.names.contains) == true, "\(info.name)") }
      let names = info.allOptions.map(\.name)
      #expect(Set(names).count == names.count, "\(info.name) declares an option twice")
    }
    #expect(Set(Commands.options.map(\.name)).count == Commands.options.count)
    #expect(Commands.words.first == "convert" && Commands.words.contains("exit"))
  }

  @Test func theReadmeCommandTableComesFromTheDeclarations() throws {
    let readme = try String(contentsOfFile: Tool.root + "/README.md", encoding: .utf8)
    let marker = try #require(readme.range(of: "<!-- commands"))
    let start = try #require(readme.range(of: "-->\n", range: marker.lowerBound..<readme.endIndex))
    let end = try #require(readme.range(of: "\n<!-- /commands -->"))
    let table = String(readme[start.upperBound..<end.lowerBound])
    #expect(table == CommandTable.markdown, "README.md's table should be:\n\(CommandTable.markdown)")
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func completionScriptsMatchTheirSnapshots(shell: String) throws {
    let path = Tool.root + "/Tests/ratecalcTests/Golden/completions/\(shell).txt"
    let snapshot = try String(contentsOfFile: path, encoding: .utf8)
    let completions = ShellCompletions(book: RateBook(builtIn: RateBook.builtInFiles()))
    #expect(completions.script(for: shell) == snapshot)
    #expect(completions.script(for: "powershell") == nil)
  }
}

/// The bash completion script, sourced in a real bash and asked what it offers.
@Suite struct BashCompletionTests {
  func offers(_ words: [String]) throws -> [String] {
    let script = try #require(
      ShellCompletions(book: RateBook(builtIn: RateBook.builtInFiles())).script(for: "bash"))
    let path = NSTemporaryDirectory() + "ratecalc-completion-\(UUID().uuidString).bash"
    try script.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
    let program =
      "source '\(path)'; COMP_WORDS=(ratecalc \(quoted)); COMP_CWORD=\(words.count); _ratecalc; "
      + "printf '%s\\n' \"${COMPREPLY[@]}\""
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["--norc", "--noprofile", "-c", program]
    process.currentDirectoryURL = URL(fileURLWithPath: Tool.root)
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
  func offersWhatFitsWhereTheCursorIs() throws {
    #expect(try offers(["co"]) == ["convert", "cost", "compare", "countries", "completions"])
    #expect(try offers(["compare", "1", "GBP", "--v"]) == ["--vs", "--vary"])
    #expect(try offers(["convert", "1", "GBP", "--v"]) == [])
    #expect(try offers(["cost", "1", "GBP", "--country", "G"]) == ["GB", "Germany"])
    #expect(try offers(["bands", "mach"]) == ["machine\\ learning\\ engineer"])
    #expect(try offers(["set", "util"]) == ["utilisation"])
    #expect(try offers(["completions", "f"]) == ["fish"])
    #expect(try offers(["convert", "1", "GBP", "to", "US"]).contains("USD"))
    #expect(
      try offers(["convert", "1", "GBP", "--rates", "Tests/ratecalcTests/Golden/d"]) == [
        "Tests/ratecalcTests/Golden/data"
      ])
    #expect(try offers(["quote", "1", "GBP", "--round", "half-e"]) == ["half-even"])
  }
}

/// Output is checked as bytes before anything is made visible: characters beyond ASCII such as
/// `·`, `£` and `é` (whose UTF-8 also starts with C2 or C3) pass as they are; C0 and C1 controls
/// and DEL do not.
@Suite struct TerminalSafeTextTests {
  @Test func printableTextPassesAsItIs() {
    for text in ["  ECB 2026-04-13 · 1 GBP = 1.342094 USD", "£55,000.00", "café\tnaïve\n", "¥ ¢ ©"] {
      #expect(TerminalSafeText.isSafe(text))
      #expect(TerminalSafeText.make(text) == text)
    }
  }

  @Test func controlsAreFoundInAnyRange() {
    for text in ["a\u{85}b", "a\u{9F}", "\u{80}", "x\u{7F}", "\u{1B}[2J", "a\u{0}b", "\r"] {
      #expect(!TerminalSafeText.isSafe(text), "\(text.unicodeScalars.map(\.value))")
    }
    #expect(TerminalSafeText.make("a\u{85}b · c") == "a\u{FFFD}b · c")
  }
}

/// The quick reading of a plain conversion makes exactly the command the parser makes.
@Suite struct QuickConversionTests {
  /// The parts of a parsed conversion that anything after parsing reads.
  func summary(_ parsed: ParsedCommand) -> String? {
    guard let convert = parsed.command as? ConvertCommand, parsed.options.entries.isEmpty else { return nil }
    let amount = convert.amount
    let targets = convert.targets.map { "\($0.currency ?? "-")/\(String(describing: $0.period))@\($0.token)" }
    return [
      String(describing: amount.written), amount.variable ?? "-", amount.currency ?? "-",
      String(describing: amount.currencyToken), String(describing: amount.period), "\(amount.first)", "\(amount.last)",
      String(describing: amount.list), targets.joined(separator: ";"), parsed.line, parsed.notes.joined(separator: ";"),
    ].joined(separator: " | ")
  }

  @Test func aPlainConversionIsReadAsTheParserReadsIt() throws {
    let line = "convert 500 GBP to USD"
    let quick = try #require(QuickConversion.parse(line))
    #expect(summary(quick) == summary(try Parser.parse(line)))
    #expect(summary(quick)?.contains("position: 13, length: 3") == true, "the currency's place, for a caret")
  }

  @Test func generatedLinesAreReadAsTheParserReadsThemOrLeftToIt() {
    let pool = [
      "convert", "CONVERT", "Convert", "convrt", "500", "55000.50", "1.", ".5", "007", "0", "1.2.3",
      "0.000000000000000001",
      "1234567890123456789012", "GBP", "usd", "Eur", "XYZ", "day", "hrs", "Mth", "to", "in", "TO", "as", "->", "per",
      "55", "000", "k", "£5", "GBP/day", "5k", "x", "--json", "(", "1,000",
    ]
    var state: UInt64 = 99
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var quickCount = 0
    for index in 0..<30_000 {
      var words = (0..<(3 + next(3))).map { _ in pool[next(pool.count)] }
      // Half the lines take the shape of a conversion, so the quick reading is often tried.
      if index % 2 == 0 {
        words = [
          ["convert", "", "Convert"][next(3)], ["500", "55000.50", "0", "1."][next(4)], ["GBP", "usd", "day"][next(3)],
          ["to", "in", "TO", "as"][next(4)], ["USD", "eur", "hrs", "x"][next(4)],
        ].filter { !$0.isEmpty }
      }
      var line = words.map { $0 + String(repeating: " ", count: next(3)) }.joined(separator: " ")
      if next(8) == 0 { line = " " + line }
      guard let quick = QuickConversion.parse(line) else { continue }
      quickCount += 1
      let parsed: ParsedCommand
      do { parsed = try Parser.parse(line) } catch {
        Issue.record("the parser refuses \(line.debugDescription), which was read quickly: \(error.message)")
        continue
      }
      #expect(summary(quick) == summary(parsed), "\(line.debugDescription)")
    }
    #expect(quickCount > 1_500, "the quick reading was tried on \(quickCount) lines only")
  }
}
