import Testing

@testable import RateCalc

@Suite struct CurrencyTableTests {
  let currencies = Fixtures.currencies

  @Test func aSignIsReadAsTheUnicodePropertiesReadIt() throws {
    func byProperties(_ symbol: String) -> Bool {
      !symbol.isEmpty && symbol.allSatisfy { $0.isCurrencySymbol || ($0.isASCII && $0.isUppercase) }
        && symbol.contains { $0.isCurrencySymbol }
    }
    let table = try BuiltIn.loadCurrencies()
    var symbols = ["", "$", "C$", "US$", "kr", "Fr", "R", "RM", "$$", "a$", "$1", "£", "€", "zł", "R$", "S/."]
    for currency in table.all { symbols += [currency.symbol, currency.distinctSymbol] + currency.alternateSymbols }
    for symbol in symbols {
      #expect(CurrencyTable.isSign(symbol) == byProperties(symbol), "\(symbol.debugDescription)")
    }
  }

  @Test func holdsEveryActiveISOCurrencyWithNumericCodeAndMinorUnits() throws {
    let active = currencies.all.filter { $0.withdrawn == nil }
    #expect(active.count >= 170)
    let gbp = try currencies.currency(code: "GBP")
    #expect(gbp.numericCode == "826")
    #expect(gbp.minorUnits == 2)
    #expect(gbp.name == "Pound Sterling")
    #expect(try currencies.currency(code: "JPY").minorUnits == 0)
    #expect(try currencies.currency(code: "BHD").minorUnits == 3)
    #expect(try currencies.currency(code: "CLF").minorUnits == 4)
    #expect(try currencies.currency(code: "ALL").numericCode == "008")
    // ISO wins where RubyMoney disagrees on minor units.
    #expect(try currencies.currency(code: "HUF").minorUnits == 2)
    #expect(try currencies.currency(code: "XAU").minorUnits == nil)
  }

  @Test func knowsWithdrawnCurrenciesWithTheirDateAndSuccessor() throws {
    let bgn = try currencies.currency(code: "BGN")
    #expect(bgn.withdrawn?.description == "2026-01")
    #expect(bgn.successor?.description == "EUR")
    #expect(try currencies.currency(code: "HRK").withdrawn?.description == "2023-01")
    #expect(try currencies.currency(code: "SLL").successor?.description == "SLE")
    let day = try Fixtures.day("2025-12-31")
    #expect(!bgn.isWithdrawn(on: day))
    #expect(bgn.isWithdrawn(on: day.adding(days: 1)))
  }

  @Test(arguments: [
    ("GBP", "GBP"), ("gbp", "GBP"), ("£", "GBP"), ("€", "EUR"), ("$", "USD"), ("US$", "USD"),
    ("C$", "CAD"), ("CA$", "CAD"), ("A$", "AUD"), ("AU$", "AUD"), ("NZ$", "NZD"), ("R", "ZAR"),
    ("₦", "NGN"), ("AED", "AED"), ("aed", "AED"), ("₹", "INR"),
  ])
  func resolvesWhatPeopleType(text: String, code: String) throws {
    #expect(try currencies.resolve(text).code.description == code)
  }

  @Test func aBareDollarFollowsTheUsersChoice() throws {
    let cad = try #require(CurrencyCode("CAD"))
    #expect(try currencies.resolve("$", dollar: cad).code == cad)
  }

  @Test func yenSignIsAmbiguous() {
    #expect(throws: CurrencyError.ambiguousSymbol("¥", candidates: ["JPY", "CNY"])) {
      try currencies.resolve("¥")
    }
    #expect(
      CurrencyError.ambiguousSymbol("¥", candidates: ["JPY", "CNY"]).message
        == "'¥' is used by several currencies: write JPY or CNY")
  }

  @Test(arguments: [("GPB", "GBP"), ("USX", "USD"), ("EUT", "EUR"), ("gdp", "GBP")])
  func unknownCodesSuggestTheNearest(text: String, nearest: String) {
    do {
      _ = try currencies.resolve(text)
      Issue.record("\(text) should be unknown")
    } catch {
      guard case .unknown(let typed, let suggestions) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(typed == text)
      #expect(suggestions.first == nearest, "\(suggestions)")
      #expect(error.message.contains("did you mean \(nearest)"))
    }
  }

  @Test func anActiveCurrencyIsSuggestedBeforeAWithdrawnOne() throws {
    #expect(currencies.suggestions(for: "GBX") == ["GBP"])
    // A word is never answered with a currency gone for decades (ATS, PTE for `rate`).
    #expect(currencies.suggestions(for: "rate") == [])
    // A mistyped code near only a withdrawn currency still names it.
    #expect(currencies.suggestions(for: "DEX") == ["DEM"])
    #expect(throws: CurrencyError.unknown("rate", suggestions: [])) { try currencies.resolve("rate") }
  }

  /// A word of a currency's name is not read as a currency, but answered with the codes it may
  /// mean (common ones first) and the `currencies` search that lists them.
  @Test func aWordOfANameNamesItsCodes() {
    func error(_ text: String) -> CurrencyError? {
      do {
        _ = try currencies.resolve(text)
        return nil
      } catch { return error }
    }
    #expect(
      error("pounds")?.message
        == "'pounds' is not a currency code: write GBP, EGP, FKP, GIP or LBP (currencies pound lists all 9)")
    #expect(error("Yen")?.message == "'Yen' is not a currency code: write JPY (currencies yen shows it)")
    #expect(error("euro") == .named("euro", codes: ["EUR", "CHE"], search: "euro"))
    guard case .named(_, let dollars, "dollar") = error("dollars") else {
      Issue.record("dollars should name the dollars")
      return
    }
    #expect(Array(dollars.prefix(4)) == ["USD", "CAD", "AUD", "NZD"])
    // Not a word of any name, or not a word: the nearest codes, as before.
    #expect(error("XYZ") == .unknown("XYZ", suggestions: []))
    #expect(error("pound5").map { if case .unknown = $0 { true } else { false } } == true)
  }

  @Test func displaySymbols() throws {
    func symbol(_ code: String) throws -> String? { currencies.displaySymbol(for: try currencies.currency(code: code)) }
    #expect(try symbol("GBP") == "£")
    #expect(try symbol("USD") == "$")
    #expect(try symbol("EUR") == "€")
    #expect(try symbol("CAD") == "C$")
    #expect(try symbol("AUD") == "A$")
    #expect(try symbol("NGN") == "₦")
    #expect(try symbol("AED") == nil)
    #expect(try symbol("ZAR") == nil)
    #expect(try symbol("CHF") == nil)
  }

  @Test func malformedCurrencyFileNamesLineAndColumn() {
    let text =
      "code,numeric,minor_units,name,symbol,display_symbol,alternate_symbols,withdrawn,successor,source\nGBP,826,two,Pound,£,,,,,iso\n"
    #expect(
      throws: DataFileError(
        file: "c.csv", line: 2, column: 9, text: "two", reason: "minor units are a whole number from 0 to 4")
    ) { try CurrencyTable(csv: text, file: "c.csv") }
  }

  @Test func currenciesAreFoundByCodeSymbolOrWordsOfTheName() throws {
    let table = Fixtures.currencies
    #expect(table.matching("nz").map(\.code.description) == ["NZD"])
    #expect(table.matching("new zealand").map(\.code.description) == ["NZD"])
    #expect(table.matching("swiss").map(\.code.description).contains("CHF"))
    #expect(table.matching("₦").map(\.code.description) == ["NGN"])
    #expect(table.matching("pound").contains { $0.code.description == "GBP" })
    #expect(!table.matching("mark").contains { $0.code.description == "DEM" })
    #expect(table.matching("mark", includingWithdrawn: true).contains { $0.code.description == "DEM" })
    #expect(table.matching("zzz").isEmpty)
    #expect(table.matching("").count == table.all.filter { $0.withdrawn == nil }.count)
  }

  @Test func theLatestTablesSayWhoQuotesACurrency() throws {
    let book = Fixtures.rateBook
    #expect(book.exchangeSources(of: try Fixtures.currency("CHF")) == ["ECB"])
    #expect(book.exchangeSources(of: try Fixtures.currency("EUR")) == ["ECB"])
    #expect(book.exchangeSources(of: try Fixtures.currency("NGN")).isEmpty)
  }
}
