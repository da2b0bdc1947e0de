import FoundationEssentials
import Testing

@testable import RateCalc

/// Readers grow linearly with their input, checked by counting their steps (``ReadWork``), never
/// by timing; and a table's memory follows the rates it holds.
@Suite struct ReaderScalingTests {
  /// The steps a read takes.
  func work(_ read: () throws -> Void) rethrows -> Int {
    let counter = ReadWork.Counter()
    try ReadWork.$counter.withValue(counter) { try read() }
    return counter.total
  }

  /// A minified (one-line) ECB XML of `days` days of three rates.
  func minifiedXML(days: Int) -> String {
    var text = "<?xml version='1.0'?><gesmes:Envelope><Cube>"
    var day = Day(ordinal: 0)
    for _ in 0..<days {
      text += "<Cube time='\(day)'><Cube currency='USD' rate='1.1'/><Cube currency='GBP' rate='0.86'/>"
      text += "<Cube currency='JPY' rate='160.3'/></Cube>"
      day = day.adding(days: 1)
    }
    return text + "</Cube></gesmes:Envelope>"
  }

  @Test func aMinifiedXMLIsReadInLinearSteps() throws {
    let small = try work { _ = try ECBXMLReader.read(minifiedXML(days: 500), file: "x.xml") }
    let large = try work { _ = try ECBXMLReader.read(minifiedXML(days: 4000), file: "x.xml") }
    #expect(small > 0)
    #expect(Double(large) / Double(small) < 8.5, "steps: \(small) then \(large)")
  }

  @Test func theLongFormatIsReadInLinearSteps() throws {
    func file(_ rows: Int) -> String {
      var text = "date,base,quote,rate,source\n"
      var day = Day(ordinal: 0)
      for row in 0..<rows {
        text += "\(day),USD,\(["AED", "GBP", "JPY", "CHF"][row % 4]),1.\(row % 997 + 1),mine\n"
        if row % 4 == 3 { day = day.adding(days: 1) }
      }
      return text
    }
    let small = try work { _ = try LongRatesReader.read(file(2000), file: "l.csv") }
    let large = try work { _ = try LongRatesReader.read(file(16000), file: "l.csv") }
    #expect(Double(large) / Double(small) < 8.5, "steps: \(small) then \(large)")
  }

  @Test func didYouMeanWorkIsBoundedPerWordWhateverItsLength() {
    let short = work { _ = EditDistance.suggestions(for: "GBX", among: ["GBP", "USD", "EUR"]) }
    let long = work {
      _ = EditDistance.suggestions(for: String(repeating: "x", count: 16_000), among: ["GBP", "USD", "EUR"])
    }
    #expect(short > 0)
    #expect(long == 0)
  }

  @Test func aBadMarketFileStopsAtFiftyProblems() {
    func file(_ rows: Int) -> DataFile {
      let header =
        "role,country,region,level,experience,measure,amount,currency,period,year,employment,qualifier,source,note\n"
      let body = (0..<rows).map { "r\($0),GB,,any,,average,50000,GBX,year,2024,employee,,s,\n" }.joined()
      return DataFile(name: "b.csv", text: header + body, isUserFile: true)
    }
    let builtIn = RateBook.builtInFiles().filter { $0.kind == .currencies }
    let small = work { _ = RateBook(builtIn: builtIn, user: [file(100)]) }
    let large = work { _ = RateBook(builtIn: builtIn, user: [file(10_000)]) }
    // The CSV is split once (linear in bytes); the "did you mean" work stays that of 50 rows.
    let bytesMore = file(10_000).text.utf8.count - file(100).text.utf8.count
    #expect(large - small <= bytesMore + 10_000)
  }

  @Test func manyDatesThenManyNewCodesAreStoredSparsely() throws {
    // 400 dates of one code, then 400 dates each of a new code: 800 rates, not 800 × 401 cells.
    var text = "<?xml version='1.0'?><gesmes:Envelope><Cube>"
    var day = Day(ordinal: 0)
    var codes: [String] = []
    for first in UInt8(ascii: "A")...UInt8(ascii: "Z") {
      for second in UInt8(ascii: "A")...UInt8(ascii: "Z") where codes.count < 400 {
        codes.append(String(decoding: [first, second, UInt8(ascii: "X")], as: UTF8.self))
      }
    }
    for _ in 0..<400 {
      text += "<Cube time='\(day)'><Cube currency='USD' rate='1.1'/></Cube>"
      day = day.adding(days: 1)
    }
    for code in codes {
      text += "<Cube time='\(day)'><Cube currency='\(code)' rate='2'/></Cube>"
      day = day.adding(days: 1)
    }
    let table = try ECBXMLReader.read(text + "</Cube></gesmes:Envelope>", file: "s.xml")
    #expect(table.dayCount == 800)
    #expect(table.observationCount == 800)
    #expect(table.storedCellCount == 800)
    let last = table.dayCount - 1
    #expect(table.rate(try #require(CurrencyCode(codes[399])), at: last)?.description == "2")
    #expect(table.rate(try #require(CurrencyCode("USD")), at: last) == nil)
    #expect(table.rate(try #require(CurrencyCode("USD")), at: 399)?.description == "1.1")
  }

  @Test func layeringIsLinearInTheRatesHeld() throws {
    let builtIn = try #require(Fixtures.ecbHistory)
    let user = try ECBXMLReader.read(minifiedXML(days: 300), file: "u.xml")
    let steps = work { _ = ExchangeTable.layered([user, builtIn]) }
    #expect(steps <= user.observationCount + builtIn.observationCount + user.dayCount + builtIn.dayCount)
    #expect(steps >= builtIn.observationCount)
  }
}
