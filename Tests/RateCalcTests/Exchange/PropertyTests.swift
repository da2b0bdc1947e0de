import RateCalc
import TestSupport
import Testing

/// Properties checked over many generated cases (seeded, so reproducible).
@Suite struct PropertyTests {
  let book = Fixtures.book

  /// An amount with `places` decimals, from 0.01 to about a billion.
  func randomAmount(_ generator: inout SeededGenerator, places: Int) throws -> Amount {
    let whole = generator.int(in: 0...1_000_000_000)
    let fraction = places == 0 ? 0 : generator.int(in: 0...(Int(pow10(places)) - 1))
    return try Amount(mantissa: whole * Int(pow10(places)) + fraction, places: places)
  }

  func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { value, _ in value * 10 } }

  func ecbCurrencies() throws -> [Currency] {
    let table = try #require(Fixtures.ecbHistory)
    let live = table.quoted.filter { table.rate($0, at: table.days.count - 1) != nil }
    return try ([.eur] + live).map { code in try #require(Fixtures.currencies.currency(code)) }
  }

  @Test func convertingThereAndBackReturnsWithinOneMinorUnit() throws {
    var generator = SeededGenerator(seed: 20_260_413)
    let currencies = try ecbCurrencies()
    let table = try #require(Fixtures.ecbHistory)
    for _ in 0..<500 {
      let day = generator.element(of: table.days)
      // The currencies quoted that day (the ECB's list has changed since 1999).
      let index = try #require(table.days.firstIndex(of: day))
      let quoted = currencies.filter { $0.code == .eur || table.rate($0.code, at: index) != nil }
      let from = generator.element(of: quoted)
      let to = generator.element(of: quoted)
      let original = Money(try randomAmount(&generator, places: from.displayPlaces), from)
      let options = ConversionOptions(date: day)
      let there = try book.convert(original, to: to, options: options)
      let back = try book.convert(there.converted, to: from, options: options)
      let difference = try back.converted.rounded().subtracting(original).amount.magnitude
      let oneMinorUnit = try Amount(mantissa: 1, places: from.displayPlaces)
      #expect(difference <= oneMinorUnit, "\(original) → \(to.code) → \(back.converted) on \(day)")
    }
  }

  /// A dated conversion reads only the rows around its day; it must give what the whole table
  /// gives, on trading days, weekends and days before the table, errors included (an error is
  /// answered by the whole table, so it names the currency's first and last quotes).
  @Test func theRowsAroundADayGiveWhatTheWholeTableGives() throws {
    var generator = SeededGenerator(seed: 1_999)
    let rateBook = Fixtures.rateBook
    let currencies = try ecbCurrencies()
    for _ in 0..<300 {
      let day = Day(ordinal: try #require(Day(year: 1998, month: 6, day: 1)).ordinal + generator.int(in: 0...10_300))
      let from = generator.element(of: currencies)
      let to = generator.element(of: currencies)
      for policy in [DatePolicy.onOrBefore, .exact] {
        let options = ConversionOptions(date: day, policy: policy)
        let money = Money(Amount(100), from)
        let whole = Result { () throws(ExchangeError) in try rateBook.exchange.convert(money, to: to, options: options)
        }
        // The book's own path: the rows around the day, the whole table only for an error.
        let around = Result { () throws(ExchangeError) in try rateBook.convert(money, to: to, options: options) }
        switch (whole, around) {
        case (.success(let a), .success(let b)):
          #expect(a.converted == b.converted && a.observedOn == b.observedOn, "\(from.code)→\(to.code) on \(day)")
        case (.failure(let a), .failure(let b)):
          #expect(a.message == b.message, "\(from.code)→\(to.code) on \(day)")
        default:
          Issue.record("one path converts and the other does not: \(from.code)→\(to.code) on \(day) \(policy)")
        }
      }
    }
  }

  /// The rows around a day as they were first found (the code before 2026-12-04, kept as the
  /// oracle): every line from the top until the day.
  func rowsScannedFromTheTop(around day: Day, in text: String) -> String? {
    var text = text
    let wanted = Array(day.description.utf8)
    return text.withUTF8 { bytes -> String? in
      guard bytes.starts(with: "Date,".utf8) else { return nil }
      var lines: [Range<Int>] = []
      /// The line starting at `start`, without its newline.
      func line(at start: Int) -> Range<Int> {
        var end = start
        while end < bytes.count && bytes[end] != 10 { end += 1 }
        return start..<end
      }
      func isDated(_ range: Range<Int>) -> Bool {
        range.count >= 10 && bytes[range.lowerBound + 4] == UInt8(ascii: "-")
      }
      /// Whether the row's date is on or before the day.
      func onOrBefore(_ range: Range<Int>) -> Bool {
        for offset in 0..<10 {
          let have = bytes[range.lowerBound + offset]
          if have != wanted[offset] { return have < wanted[offset] }
        }
        return true
      }
      let header = line(at: 0)
      var previous: Range<Int>? = nil
      var start = header.upperBound + 1
      while start < bytes.count {
        let current = line(at: start)
        start = current.upperBound + 1
        guard !current.isEmpty else { continue }
        guard isDated(current) else { return nil }
        if lines.isEmpty { lines.append(current) }  // the newest row
        if onOrBefore(current) {
          if let previous { lines.append(previous) }
          lines.append(current)
          break
        }
        previous = current
      }
      // The oldest row: the last line that is not empty.
      var end = bytes.count
      while end > 0 && (bytes[end - 1] == 10 || bytes[end - 1] == 13) { end -= 1 }
      var first = end
      while first > 0 && bytes[first - 1] != 10 { first -= 1 }
      if first < end, isDated(first..<end) { lines.append(first..<end) }
      var seen = Set<Int>()
      let kept =
        [header] + lines.filter { seen.insert($0.lowerBound).inserted }.sorted { $0.lowerBound < $1.lowerBound }
      return kept.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        .joined(separator: "\n") + "\n"
    }
  }

  /// Halving the history finds the rows scanning it from the top found: on every kind of day
  /// (before, in and after the table, weekends), in the built-in history and in small tables.
  @Test func theRowsAroundADayAreFoundByHalvingAsByScanning() throws {
    let history = try #require(BuiltIn.text(of: "exchange/ecb-eurofxref-hist.csv"))
    var generator = SeededGenerator(seed: 2_026)
    var days = try ["1998-01-01", "1999-01-04", "1999-01-05", "2026-04-13", "2026-04-14", "2030-01-01"].map {
      try #require(Day(parsing: $0))
    }
    for _ in 0..<200 {
      let first = try #require(Day(year: 1998, month: 12, day: 1))
      days.append(Day(ordinal: first.ordinal + generator.int(in: 0...10_000)))
    }
    for day in days {
      #expect(
        ExchangeTableReader.rows(around: day, in: history) == rowsScannedFromTheTop(around: day, in: history), "\(day)")
    }
    let small = [
      "Date,USD,\n2026-04-13,1.1,\n2026-04-10,1.2,\n2026-04-09,1.3,\n",
      "Date,USD,\n2026-04-13,1.1,\n", "Date,USD,\n2026-04-13,1.1,\n2026-04-10,1.2,\n\n\n",
      "Date,USD,\r\n2026-04-13,1.1,\r\n2026-04-10,1.2,\r\n",
    ]
    for text in small {
      for name in ["2026-04-08", "2026-04-09", "2026-04-11", "2026-04-13", "2026-04-20"] {
        let day = try #require(Day(parsing: name))
        #expect(
          ExchangeTableReader.rows(around: day, in: text) == rowsScannedFromTheTop(around: day, in: text),
          "\(name) in \(text.debugDescription)")
      }
    }
    // Not a history CSV: read whole.
    #expect(ExchangeTableReader.rows(around: days[1], in: "Date,USD,\nnot a date\n") == nil)
  }

  @Test func conversionIsMonotonicInTheAmount() throws {
    var generator = SeededGenerator(seed: 7)
    let currencies = try ecbCurrencies()
    for _ in 0..<500 {
      let from = generator.element(of: currencies)
      let to = generator.element(of: currencies)
      let a = try randomAmount(&generator, places: 2)
      let b = try randomAmount(&generator, places: 2)
      let low = min(a, b)
      let high = max(a, b)
      let lowResult = try book.convert(Money(low, from), to: to).converted
      let highResult = try book.convert(Money(high, from), to: to).converted
      #expect(lowResult.amount <= highResult.amount)
      #expect(lowResult.rounded().amount <= highResult.rounded().amount)
    }
  }

  @Test func parsingThenPrintingReturnsTheAmount() throws {
    var generator = SeededGenerator(seed: 42)
    for _ in 0..<2000 {
      let places = generator.int(in: 0...4)
      var value = try randomAmount(&generator, places: places)
      if generator.int(in: 0...3) == 0 { value = value.negated }
      // Plain text round-trips exactly.
      #expect(try Amount(parsing: value.description) == value)
      // Grouped text with fixed places round-trips through the user-facing parser.
      let grouped = value.text(places: places, grouping: true)
      guard case .single(let parsed) = try AmountParser.parse(grouped) else {
        Issue.record("\(grouped) parsed as a range")
        continue
      }
      #expect(parsed.value == value, "\(grouped)")
      // And so does money printed with its symbol.
      let money = Money(value.magnitude, try Fixtures.currency("GBP"))
      let shown = MoneyFormat(currencies: Fixtures.currencies).string(money)
      guard case .single(let reread) = try AmountParser.parse(shown) else { continue }
      #expect(reread.value == value.magnitude.rounded(places: 2, mode: .halfUp))
      #expect(reread.currencyText == "£")
    }
  }
}
