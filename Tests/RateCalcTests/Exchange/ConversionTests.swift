import RateCalc
import Testing

@Suite struct ConversionTests {
  let book = Fixtures.book

  func convert(
    _ amount: String, _ from: String, to: String, on date: String? = nil, policy: DatePolicy = .onOrBefore,
    today: String? = nil
  ) throws -> Conversion {
    let options = ConversionOptions(
      date: try date.map { try Fixtures.day($0) }, policy: policy, today: try today.map { try Fixtures.day($0) })
    return try book.convert(try Fixtures.money(amount, from), to: try Fixtures.currency(to), options: options)
  }

  @Test func poundsToDollarsOnTheLatestDay() throws {
    let result = try convert("55000", "GBP", to: "USD", on: "2026-04-13")
    #expect(result.converted.rounded().amount.description == "73815.16")
    #expect(result.converted.amount.description == "73815.157710951319809782")
    #expect(result.observedOn?.description == "2026-04-13")
    #expect(result.sources.map(\.name) == ["ECB"])
    #expect(result.rate?.description.hasPrefix("1.34209377656275") == true)
    #expect(result.legs.first?.fromRate.description == "0.87058")
    #expect(result.legs.first?.toRate.description == "1.1684")
  }

  @Test(arguments: [
    ("55000", "GBP", "EUR", "63176.27"),
    ("55000", "EUR", "GBP", "47881.9"),
    ("100000", "USD", "GBP", "74510.44"),
    ("85000", "CAD", "GBP", "45743.52"),
    ("120000", "AUD", "USD", "84411.8"),
    ("650000", "ZAR", "GBP", "29191.64"),
    ("8000000", "JPY", "USD", "50051.94"),
    ("100000", "USD", "JPY", "15983396"),
  ])
  func referenceConversionsOn20260413(amount: String, from: String, to: String, expected: String) throws {
    let result = try convert(amount, from, to: to, on: "2026-04-13")
    #expect(result.converted.rounded().amount.description == expected)
  }

  @Test func theTieCaseRoundsDifferentlyInTheTwoModes() throws {
    let result = try convert("100", "EUR", to: "GBP", on: "2026-04-10")
    #expect(result.converted.amount.description == "87.105")
    #expect(result.converted.rounded(.halfUp).amount.description == "87.11")
    #expect(result.converted.rounded(.halfEven).amount.description == "87.1")
  }

  @Test func aWeekendDateFallsBackToFriday() throws {
    let result = try convert("55000", "GBP", to: "USD", on: "2026-04-11")
    #expect(result.observedOn?.description == "2026-04-10")
    #expect(result.requestedDate?.description == "2026-04-11")
    let easter = try convert("100", "EUR", to: "USD", on: "2026-04-05")
    #expect(easter.observedOn?.description == "2026-04-02")  // Good Friday has no fixing either
  }

  @Test func saturdayAfterTheReferendumUsesFriday() throws {
    let table = try #require(
      try ExchangeTableReader.read(
        try Fixtures.fixture("ecb/eurofxref-hist-2016-06.csv"), file: "hist-2016-06.csv"
      ).first)
    let book = ExchangeBook(tables: [table], currencies: Fixtures.currencies)
    let options = ConversionOptions(date: try Fixtures.day("2016-06-25"))
    let result = try book.convert(
      try Fixtures.money("55000", "GBP"), to: try Fixtures.currency("USD"), options: options)
    #expect(result.observedOn?.description == "2016-06-24")
    // 55,000 × 1.1066 ÷ 0.8075
    #expect(result.converted.rounded().amount.description == "75372.14")
  }

  @Test func strictModeDemandsTheExactDate() throws {
    #expect(
      try convert("1", "EUR", to: "USD", on: "2026-04-10", policy: .exact).observedOn?.description == "2026-04-10")
    if let error = caught(ExchangeError.self, { try convert("1", "EUR", to: "USD", on: "2026-04-11", policy: .exact) })
    {
      #expect(error.message == "no ECB rates on 2026-04-11 (Saturday); nearest: 2026-04-10 before, 2026-04-13 after")
    }
  }

  @Test func neverFallsBackAcrossAGapInOneCurrency() throws {
    let table = try #require(
      try ExchangeTableReader.read(
        try Fixtures.fixture("ecb/eurofxref-hist-2016-06.csv"), file: "hist-2016-06.csv"
      ).first)
    let book = ExchangeBook(tables: [table], currencies: Fixtures.currencies)
    let options = ConversionOptions(date: try Fixtures.day("2016-06-24"))
    #expect(throws: ExchangeError.self) {
      try book.convert(try Fixtures.money("1", "ISK"), to: try Fixtures.currency("EUR"), options: options)
    }
    if let error = caught(
      ExchangeError.self,
      { try book.convert(try Fixtures.money("1", "ISK"), to: try Fixtures.currency("EUR"), options: options) })
    {
      #expect(error.message == "no ECB rate for ISK on 2016-06-24 in hist-2016-06.csv")
    }
  }

  @Test func sayWhenACurrencyWasLastQuoted() throws {
    let text = """
      Date,USD,ISK,
      2018-02-01,1.2459,124.9,
      2018-01-31,1.2421,N/A,
      2008-12-10,1.2941,N/A,
      2008-12-09,1.2929,290,
      """
    // Synthetic rows (not real rates) shaped like the ECB's ISK gap of 2008-12-10…2018-01-31.
    let table = try #require(try ExchangeTableReader.read(text, file: "gap.csv").first)
    let book = ExchangeBook(tables: [table], currencies: Fixtures.currencies)
    let options = ConversionOptions(date: try Fixtures.day("2012-05-04"))
    if let error = caught(
      ExchangeError.self,
      { try book.convert(try Fixtures.money("1", "ISK"), to: try Fixtures.currency("USD"), options: options) })
    {
      #expect(error.message == "no ECB rate for ISK on 2012-05-04 in gap.csv (last quoted 2008-12-09)")
    }
  }

  @Test func aWithdrawnCurrencyNamesItsDateAndSuccessor() throws {
    #expect(try convert("100", "BGN", to: "EUR", on: "2025-12-31").converted.rounded().amount.description == "51.13")
    if let error = caught(ExchangeError.self, { try convert("100", "BGN", to: "EUR", on: "2026-01-02") }) {
      #expect(
        error
          == .currency(
            .withdrawn(
              try #require(CurrencyCode("BGN")), since: try #require(YearMonth("2026-01")), successor: CurrencyCode.eur)
          ))
      #expect(error.message == "BGN was withdrawn in 2026-01, replaced by EUR")
    }
    #expect(throws: ExchangeError.self) { try convert("100", "BGN", to: "EUR") }
  }

  @Test func noObservationBeforeTheTableStarts() throws {
    if let error = caught(ExchangeError.self, { try convert("55000", "GBP", to: "USD", on: "1998-06-24") }) {
      #expect(error.message == "no ECB rates on or before 1998-06-24: the table starts on 1999-01-04")
    }
    // The whole history is shipped: a date in 2016 converts.
    #expect(
      try convert("55000", "GBP", to: "USD", on: "2016-06-24").rate?.rounded(places: 6, mode: .halfUp).description
        == "1.370402")
  }

  @Test func dirhamsGoThroughTheDollarPeg() throws {
    let result = try convert("55000", "GBP", to: "AED", on: "2026-04-13")
    #expect(result.legs.count == 2)
    #expect(result.legs.map(\.to.description) == ["USD", "AED"])
    #expect(result.legs.last?.isPeg == true)
    // 73,815.157710951319809782 × 3.6725
    #expect(result.converted.rounded().amount.description == "271086.17")
    #expect(result.sources.count == 2)
    let back = try convert("240000", "AED", to: "USD")
    #expect(back.converted.rounded().amount.description == "65350.58")
  }

  @Test func nairaSaysItsRateIsUnknown() throws {
    if let error = caught(ExchangeError.self, { try convert("6000000", "NGN", to: "GBP") }) {
      #expect(
        error.message.hasPrefix("the exchange rate for NGN is unknown: ratecalc ships no named, dated naira rate"))
    }
  }

  @Test func aCurrencyNoTableKnowsIsNamed() throws {
    if let error = caught(ExchangeError.self, { try convert("1", "KES", to: "GBP") }) {
      #expect(error == .noTable(try #require(CurrencyCode("KES"))))
    }
  }

  @Test func staleRatesAreAWarningNotAnError() throws {
    let fresh = try convert("1", "GBP", to: "USD", today: "2026-04-15")
    #expect(fresh.warnings.isEmpty)
    let stale = try convert("1", "GBP", to: "USD", today: "2026-11-22")
    #expect(stale.warnings.count == 1)
    #expect(stale.warnings.first?.message.hasPrefix("the ECB rates are 223 days old (newest 2026-04-13)") == true)
    let after = try convert("1", "GBP", to: "USD", on: "2026-05-01")
    #expect(after.observedOn?.description == "2026-04-13")
    #expect(
      after.warnings == [
        .afterTableEnd(
          source: after.legs[0].source, requested: try Fixtures.day("2026-05-01"),
          newest: try Fixtures.day("2026-04-13"))
      ])
  }

  @Test func theStalenessLimitIsConfigurable() throws {
    let options = ConversionOptions(today: try Fixtures.day("2026-04-20"), staleAfterDays: 3)
    let result = try book.convert(try Fixtures.money("1", "GBP"), to: try Fixtures.currency("USD"), options: options)
    #expect(result.warnings.count == 1)
  }

  @Test func sameCurrencyIsIdentity() throws {
    let result = try convert("12.345", "GBP", to: "GBP")
    #expect(result.converted.amount.description == "12.345")
    #expect(result.legs.isEmpty)
  }

  @Test func fundsWithoutAMinorUnitAreRefused() throws {
    #expect(throws: ExchangeError.currency(.noMinorUnit(try #require(CurrencyCode("XAU"))))) {
      try convert("1", "XAU", to: "USD")
    }
  }
}
