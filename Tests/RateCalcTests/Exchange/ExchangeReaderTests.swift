import FoundationEssentials
import RateCalc
import Testing

@Suite struct ExchangeReaderTests {
  func read(_ fixture: String) throws -> [ExchangeTable] {
    try ExchangeTableReader.read(try Fixtures.fixture(fixture), file: fixture)
  }

  @Test func readsTheHistoryCSVNewestFirstWithNAAndLegacyColumns() throws {
    let table = try #require(Fixtures.ecbHistory)
    #expect(table.base == .eur)
    #expect(table.oldest?.description == "1999-01-04")
    #expect(table.newest?.description == "2026-04-13")
    #expect(table.source.name == "ECB")
    let last = table.days.count - 1
    #expect(table.rate(try #require(CurrencyCode("GBP")), at: last)?.description == "0.87058")
    #expect(table.rate(try #require(CurrencyCode("CYP")), at: last) == nil)  // N/A column
    #expect(table.rate(try #require(CurrencyCode("HUF")), at: last)?.description == "366.9")
  }

  @Test func readsTheDailyCSVWithCommaSpaceSeparatorsAndAWrittenDate() throws {
    let table = try #require(try read("ecb/eurofxref.csv").first)
    #expect(table.days.map(\.description) == ["2026-04-13"])
    #expect(table.quoted.count == 29)
    #expect(table.rate(try #require(CurrencyCode("HUF")), at: 0)?.description == "366.9")
    #expect(table.rate(try #require(CurrencyCode("ZAR")), at: 0)?.description == "19.3849")
  }

  @Test func readsTheDailyXML() throws {
    let table = try #require(try read("ecb/eurofxref-daily.xml").first)
    #expect(table.days.map(\.description) == ["2025-05-09"])
    #expect(table.quoted.count == 30)
    #expect(table.rate(try #require(CurrencyCode("GBP")), at: 0)?.description == "0.8477")
  }

  @Test func readsTheNinetyDayXMLAndAgreesWithTheHistory() throws {
    let xml = try #require(try read("ecb/eurofxref-hist-90d.xml").first)
    #expect(xml.days.count == 65)
    #expect(xml.oldest?.description == "2025-01-06")
    #expect(xml.newest?.description == "2025-04-04")
    let history = try #require(Fixtures.ecbHistory)
    var compared = 0
    for (index, day) in xml.days.enumerated() {
      let other = try #require(history.index(onOrBefore: day))
      #expect(history.days[other] == day)
      for code in xml.quoted {
        #expect(xml.rate(code, at: index) == history.rate(code, at: other), "\(code) \(day)")
        compared += 1
      }
    }
    #expect(compared == 1950)
  }

  @Test func everySharedECBFileLoads() throws {
    let folder = Fixtures.root + "/../shared/data/ecb"
    // shared/ stands beside the repository in CI; a clone without it skips this check.
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    #expect(names.count >= 4)
    for name in names {
      let text = String(decoding: try Data(contentsOf: URL(filePath: folder + "/" + name)), as: UTF8.self)
      let tables = try ExchangeTableReader.read(text, file: name)
      #expect(tables.first?.days.isEmpty == false, "\(name)")
    }
  }

  @Test func readsTheLongFormatWithPegsAndDeclaredUnknowns() throws {
    let tables = Fixtures.ownRates
    let peg = try #require(tables.first { $0.kind == .peg })
    #expect(peg.base == .usd)
    #expect(peg.rate(try #require(CurrencyCode("AED")), at: 0)?.description == "3.6725")
    let unknown = try #require(tables.first { !$0.unknown.isEmpty })
    #expect(unknown.unknown[try #require(CurrencyCode("NGN"))]?.contains("no named, dated naira rate") == true)
  }

  @Test(arguments: [
    ("bad/comma-decimal.xml", 5, 32, "1,1476", "a rate is plain decimal text"),
    ("bad/comma-decimal.csv", 2, 19, "0", "a rate must be above zero"),
    ("bad/letter-in-rate.csv", 2, 23, "0.86x", "a rate is plain decimal text"),
    ("bad/duplicate-date.csv", 3, 1, "2026-03-13", "the date appears twice"),
    ("bad/impossible-date.csv", 2, 1, "2026-02-30", "a date is written YYYY-MM-DD"),
    ("bad/negative-rate.csv", 2, 20, "-3.6725", "a rate must be above zero"),
  ])
  func malformedTablesNameFileLineColumnAndText(
    fixture: String, line: Int, column: Int, text: String, reason: String
  ) {
    do {
      _ = try read(fixture)
      Issue.record("\(fixture) should not load")
    } catch let error as DataFileError {
      #expect(error.file == fixture)
      #expect(error.line == line)
      #expect(error.column == column)
      #expect(error.text == text)
      #expect(error.reason.hasPrefix(reason), "\(error.reason)")
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func anUnrecognisedFileSaysWhatWasExpected() {
    #expect(throws: DataFileError.self) { try ExchangeTableReader.read("hello,world\n", file: "x.csv") }
  }
}
