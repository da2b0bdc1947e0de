import FoundationEssentials
import Testing

@testable import RateCalc

/// A user's data files: used entirely or not at all, layered over the built-in tables, read
/// strictly.
@Suite struct UserFileTests {
  let today = Day(year: 2026, month: 4, day: 14)

  func book(_ files: [(String, String)]) -> RateBook {
    RateBook(
      builtIn: RateBook.builtInFiles(), user: files.map { DataFile(name: $0.0, text: $0.1, isUserFile: true) },
      today: today)
  }

  func usd(_ book: RateBook, on date: String? = nil) throws -> Conversion {
    let options = ConversionOptions(date: try date.map { try Fixtures.day($0) })
    return try book.exchange.convert(
      try Fixtures.money("100", "EUR"), to: try Fixtures.currency("USD"), options: options)
  }

  func latestUSD(_ book: RateBook) throws -> Conversion {
    try book.latestExchange.convert(try Fixtures.money("100", "EUR"), to: try Fixtures.currency("USD"))
  }

  /// The built-in history cut short in its last row (the oldest, as the ECB writes newest first).
  var truncatedHistory: String {
    get throws {
      let text = try #require(RateBook.builtInFiles().first { $0.name.hasSuffix("ecb-eurofxref-hist.csv") }).text
      return String(text.dropLast(200))
    }
  }

  @Test func aTruncatedHistoryIsNotUsedByAnyPath() throws {
    let book = book([("hist-truncated.csv", try truncatedHistory)])
    #expect(book.rejected.map(\.name) == ["hist-truncated.csv"])
    let problem = try #require(book.skipped.first)
    // The last of the history's 6,984 lines, cut short.
    #expect(problem.line == 6984)
    // Neither the latest-rate path nor the dated path reads the rejected file.
    #expect(try latestUSD(book).sources.map(\.file) == ["Rates/exchange/ecb-eurofxref-hist.csv"])
    #expect(try usd(book, on: "2026-04-13").sources.map(\.file) == ["Rates/exchange/ecb-eurofxref-hist.csv"])
  }

  @Test(arguments: [
    ("duplicate date", "Date,USD,\n2026-04-13,1.2,\n2026-04-13,1.3,\n", "the date appears twice"),
    ("bad older row", "Date,USD,\n2026-04-13,1.2,\n2026-04-10,1x2,\n", "a rate is plain decimal text"),
    ("zero rate", "Date,USD,\n2026-04-13,0,\n", "a rate must be above zero"),
    ("negative rate", "Date,USD,\n2026-04-13,-1.2,\n", "a rate must be above zero"),
    ("future date", "Date,USD,\n9999-12-31,1.2,\n", "the date 9999-12-31 is in the future"),
    ("not ISO 4217", "Date,USD,XQZ,\n2026-04-13,1.2,3,\n", "XQZ is not an ISO 4217 currency code"),
    ("header only", "Date,USD,\n", "the file has a header and no rates"),
  ])
  func aBadExchangeFileIsRejectedWholeWithWhatIsWrong(name: String, text: String, reason: String) throws {
    let book = book([("\(name).csv", text)])
    #expect(book.rejected.map(\.name) == ["\(name).csv"])
    #expect(book.skipped.first?.reason.hasPrefix(reason) == true, "\(book.skipped)")
    #expect(try latestUSD(book).sources.map(\.file) == ["Rates/exchange/ecb-eurofxref-hist.csv"])
  }

  @Test func everyBadRowOfAnExchangeFileIsListed() {
    let csv = book([("hist.csv", "Date,USD,\n2026-04-13,1.2,\n2026-04-10,1x2,\n2026-04-09,0,\n2026-04-08,1,2,\n")])
    #expect(csv.skipped.map(\.line) == [3, 4, 5])
    #expect(csv.skipped.map(\.column) == [13, 12, 12])
    let long = book([
      (
        "long.csv",
        "date,base,quote,rate,source\n2026-04-10,USD,XQZ,2,mine\n2026-04-10,USD,NGN,1500,mine\n2026-13-01,USD,NGN,1,mine\n"
      )
    ])
    #expect(long.skipped.map(\.line) == [2, 4])
    #expect(long.rejected.map(\.name) == ["long.csv"])
  }

  @Test func aUsersOneDayTableAddsToTheBuiltInOneAndDoesNotHideIt() throws {
    let book = book([("eurofxref.csv", "Date, USD, GBP, \n14 April 2026, 1.2000, 0.90000, \n")])
    #expect(book.rejected.isEmpty)
    // The user's day answers on its date and as the latest rates, naming the file.
    #expect(try usd(book, on: "2026-04-14").converted.amount.description == "120")
    #expect(try usd(book, on: "2026-04-14").sources.map(\.file) == ["eurofxref.csv"])
    #expect(try latestUSD(book).converted.amount.description == "120")
    #expect(try latestUSD(book).sources.map(\.file) == ["eurofxref.csv"])
    // Earlier days still come from the built-in history.
    let april1 = try usd(book, on: "2026-04-01")
    #expect(april1.converted.amount.description == "116.05")
    #expect(april1.sources.map(\.file) == ["Rates/exchange/ecb-eurofxref-hist.csv"])
    // A currency only the built-in table has on the user's day is not borrowed across days.
    #expect(throws: ExchangeError.self) {
      try book.exchange.convert(
        try Fixtures.money("1", "EUR"), to: try Fixtures.currency("JPY"),
        options: ConversionOptions(date: try Fixtures.day("2026-04-14"), policy: .exact))
    }
    #expect(book.exchange.tables.filter { $0.source.name == "ECB" }.count == 1)
  }

  @Test func theUsersRateWinsOnADayBothHave() throws {
    let book = book([("mine.xml", xml("<Cube time='2026-04-13'><Cube currency='USD' rate='1.5'/></Cube>"))])
    let both = try usd(book, on: "2026-04-13")
    #expect(both.converted.amount.description == "150")
    #expect(both.sources.map(\.file) == ["mine.xml"])
    // GBP that day is the built-in one, and says so.
    let pound = try book.exchange.convert(
      try Fixtures.money("100", "EUR"), to: try Fixtures.currency("GBP"),
      options: ConversionOptions(date: try Fixtures.day("2026-04-13")))
    #expect(pound.converted.amount.description == "87.058")
    #expect(pound.sources.map(\.file) == ["Rates/exchange/ecb-eurofxref-hist.csv"])
  }

  @Test func anOlderDailyXMLDoesNotWinOverTheNewerBuiltInTable() throws {
    let book = book([("old.xml", xml("<Cube time='2025-05-09'><Cube currency='USD' rate='1.5'/></Cube>"))])
    #expect(try latestUSD(book).observedOn?.description == "2026-04-13")
    #expect(try usd(book).observedOn?.description == "2026-04-13")
    #expect(try usd(book, on: "2025-05-09").converted.amount.description == "150")
  }

  @Test func aRateMissingFromTheUsersDayNamesTheFiles() throws {
    let book = book([("na.csv", "Date,USD,ISK,\n2026-04-14,1.2,N/A,\n")])
    #expect(book.rejected.isEmpty)
    #expect {
      try book.exchange.convert(try Fixtures.money("1", "EUR"), to: try Fixtures.currency("ISK"))
    } throws: { error in
      (error as? ExchangeError)?.message
        == "no ECB rate for ISK on 2026-04-14 in na.csv + Rates/exchange/ecb-eurofxref-hist.csv (last quoted 2026-04-13)"
    }
  }

  // MARK: XML read as XML

  func xml(_ days: String) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\">\n"
      + "<gesmes:subject>Reference rates</gesmes:subject>\n<Cube>\n\(days)\n</Cube>\n</gesmes:Envelope>\n"
  }

  func readXML(_ text: String) throws(DataFileError) -> ExchangeTable {
    try ECBXMLReader.read(text, file: "x.xml")
  }

  @Test func commentsCDATAAndOtherElementsAreNotRates() throws {
    let table = try readXML(
      xml(
        """
        <Cube time="2026-04-13">
          <Cube currency="USD" rate="1.1684"/>
          <!-- <Cube currency="GBP" rate="99"/> -->
          <CubeNote currency="JPY" rate="99"/><CubeX currency="CHF" rate="99"/>
          <![CDATA[ <Cube currency="SEK" rate="99"/> ]]>
          <Cube currency='NOK' rate='11.2'/>
        </Cube>
        """))
    #expect(table.quoted.map(\.description) == ["NOK", "USD"])
    #expect(table.rate(try #require(CurrencyCode("USD")), at: 0)?.description == "1.1684")
  }

  @Test(arguments: [
    (
      "<Cube time='2026-04-13'><Cube currency='USD' rate='1.1'/><Cube currency='USD' rate='1.2'/></Cube>",
      "USD appears twice"
    ),
    ("<Cube time='2026-04-13'></Cube><Cube time='2026-04-13'></Cube>", "the date 2026-04-13 appears twice"),
    ("<Cube time='2026-04-13'><Cube currency='USD' rate='1.1'/>", "where </Cube> was expected"),
    ("<Cube time='2026-04-13'><Cube currency='USD' rate='&amp;'/></Cube>", "an entity in a Cube attribute"),
    ("<Cube time='2026-04-13'><Cube currency='USD' rate=1.1/></Cube>", "an attribute value is quoted"),
    ("<Cube currency='USD' rate='1.1'/>", "a rate stands inside a <Cube time=…>"),
    ("<Cube time='2026-04-13'><Cube currency='USD' rate='1,1'/></Cube>", "a rate is plain decimal text"),
  ])
  func malformedXMLIsAnErrorWithItsPlace(days: String, reason: String) {
    #expect {
      try readXML(xml(days))
    } throws: { error in
      guard let error = error as? DataFileError else { return false }
      return error.reason.contains(reason) && error.line >= 3 && error.column >= 1
    }
  }

  @Test func aTruncatedXMLIsAnError() {
    let whole = xml("<Cube time='2026-04-13'><Cube currency='USD' rate='1.1'/></Cube>")
    #expect {
      try readXML(String(whole.dropLast(30)))
    } throws: { error in
      (error as? DataFileError)?.reason.hasPrefix("the file ends inside <") == true
    }
  }

  @Test func aDoctypeIsRefused() {
    let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaa\">]>\n<Cube></Cube>"
    #expect(throws: DataFileError.self) { try readXML(text) }
  }

  @Test func xmlErrorsNameTheLineAndColumnOfTheValue() throws {
    do {
      _ = try readXML(xml("<Cube time='2026-04-13'>\n  <Cube currency='USD' rate='1.1x'/>\n</Cube>"))
      Issue.record("no error")
    } catch {
      // The 'x' in rate='1.1x', on line 6.
      #expect(error.line == 6)
      #expect(error.column == 33)
    }
  }

  // MARK: Text checks

  @Test func invalidUTF8IsNamedByLineAndColumn() {
    let bytes = Array("Date,USD,\n2026-04-13,1.1".utf8) + [0xC3, 0x28] + Array(",\n".utf8)
    #expect {
      try DataFile(name: "x.csv", bytes: bytes, isUserFile: true)
    } throws: { error in
      guard let error = error as? DataFileError else { return false }
      return error.line == 2 && error.column == 15 && error.reason.hasPrefix("not UTF-8 text (byte 0xC3)")
    }
  }

  @Test func oldMacLineEndsAreRead() throws {
    let file = try DataFile(name: "cr.csv", bytes: Array("Date,USD,\r2026-04-13,1.5,\r".utf8), isUserFile: true)
    let book = RateBook(builtIn: RateBook.builtInFiles(), user: [file], today: today)
    #expect(book.rejected.isEmpty)
    #expect(try usd(book, on: "2026-04-13").converted.amount.description == "150")
  }

  @Test func aDecimalCommaInTheLongFormatIsBlamedOnTheRate() {
    let text = "date,base,quote,rate,source,kind\n2026-04-10,USD,NGN,1530,25,mine,\n"
    let book = book([("naira.csv", text)])
    #expect(book.skipped.first?.column == 20)
    #expect(book.skipped.first?.text == "1530,25")
  }

  @Test func aWarningQuotesAReadableLengthOfAHugeLine() {
    let text = "Date,USD,\n2026-04-13," + String(repeating: "9", count: 1_000_000) + "x,\n"
    let book = book([("long.csv", text)])
    let message = book.skipped.first?.message ?? ""
    #expect(!message.isEmpty)
    #expect(message.count < 300)
  }

  @Test func aHeaderOnlyMarketFileSaysItHasNoRows() {
    let book = book([("ppp.csv", "country,year,ppp,currency,source\n")])
    #expect(book.skipped.map(\.reason) == ["the file has a header and no rows"])
  }

  @Test func aFileOfManyBadRowsListsAtMostFiftyProblems() {
    let header = "country,year,ppp,currency,source\n"
    let rows = (0..<1000).map { "GB,2025,0.67,GBX\($0 % 10),mine\n" }.joined()
    let book = book([("ppp.csv", header + rows)])
    #expect(book.skipped.count == MarketReaders.maximumProblems + 1)
    #expect(book.skipped.last?.reason.hasPrefix("more problems from here on") == true)
  }
}
