import RateCalc
import Testing

/// A user's files layered over the built-in data.
@Suite struct UserOverrideTests {
  func book(_ files: [(String, String)]) -> RateBook {
    RateBook(
      builtIn: RateBook.builtInFiles(),
      user: files.map { DataFile(name: $0.0, text: $0.1, isUserFile: true) })
  }

  @Test func aUsersBandRowReplacesTheBuiltInOneAndSaysWhereItCameFrom() throws {
    let header =
      "role,country,region,level,experience,measure,amount,currency,period,year,employment,qualifier,source,note"
    let row = "machine learning engineer,GB,,any,,average,77000,GBP,year,2022,employee,,seed-freelancermap,corrected"
    let book = book([("my-bands.csv", header + "\n" + row + "\n")])
    let averages = try book.figures(role: "machine learning engineer", country: "GB", measure: "average")
    #expect(averages.count == 2)
    let replaced = try #require(averages.first { $0.year == 2022 })
    #expect(replaced.money.amount.description == "77000")
    #expect(replaced.origin.file == "my-bands.csv")
    #expect(replaced.origin.isUserFile)
    #expect(book.bands.count == RateBook(builtIn: RateBook.builtInFiles()).bands.count)
  }

  @Test func aUsersExchangeTableIsTriedFirst() throws {
    let daily = "Date, USD, GBP, \n13 April 2026, 1.2000, 0.90000, \n"
    let book = book([("my-rates.csv", daily)])
    let result = try book.exchange.convert(
      try Fixtures.money("90", "GBP"), to: try Fixtures.currency("USD"),
      options: ConversionOptions(date: try Fixtures.day("2026-04-13")))
    #expect(result.converted.amount.description == "120")
    #expect(result.sources.first?.file == "my-rates.csv")
    // A currency only the built-in table has still converts through it.
    let yen = try book.exchange.convert(try Fixtures.money("1", "EUR"), to: try Fixtures.currency("JPY"))
    #expect(yen.sources.first?.file == "Rates/exchange/ecb-eurofxref-hist.csv")
  }

  @Test func aUsersNairaRateReplacesTheUnknown() throws {
    let long = "date,base,quote,rate,source\n2026-04-10,USD,NGN,1530.25,\"my bank, statement of 10 April 2026\"\n"
    let book = book([("naira.csv", long)])
    let result = try book.exchange.convert(try Fixtures.money("1530.25", "NGN"), to: try Fixtures.currency("USD"))
    #expect(result.converted.amount.description == "1")
    #expect(result.sources.first?.name == "my bank, statement of 10 April 2026")
  }

  @Test func aUsersContributionsReplaceTheWholeSetForThatCountryAndYear() throws {
    let header = "country,year,name,rate_percent,base,floor,cap,fixed,period,included,confidence,source,note"
    let row = "GB,2025,Employer NI (my payroll),13.8,gross,9100,,,year,yes,H,gb-payroll,old rules"
    let book = book([("uk.csv", header + "\n" + row + "\n")])
    let components = try #require(book.contributions("GB", year: 2025)).value
    #expect(components.map(\.name) == ["Employer NI (my payroll)"])
    #expect(try #require(book.contributions("US", year: 2025)).value.count == 6)
  }

  @Test func aFileWithABadRowIsNotUsedAtAllAndEveryProblemIsListed() throws {
    let header = "country,year,ppp,currency,source"
    let text = header + "\nGB,2025,0.67,GBP,mine\nGB,20x5,0.68,GBP,mine\nGB,2026,-1,GBP,mine\n"
    let book = book([("ppp-mine.csv", text)])
    // Its good row is not used either: the file is used entirely or not at all.
    #expect(throws: (any Error).self) { try book.pppFactor("GB", year: 2025) }
    #expect(try book.pppFactor("GB", year: 2024).factor.description == "0.664153")
    #expect(book.rejected.map(\.name) == ["ppp-mine.csv"])
    #expect(
      book.skipped.map(\.message) == [
        "ppp-mine.csv:3:4: a year is written like 2025: '20x5'",
        "ppp-mine.csv:4:9: a PPP factor must be above zero: '-1'",
      ])
    #expect(!book.files.contains { $0.name == "ppp-mine.csv" })
  }

  @Test func aMalformedExchangeFileIsSkippedWhole() throws {
    let bad = "Date,USD,GBP,\n2026-03-13,1,1476,0.86,\n"
    let book = book([("bad.csv", bad)])
    #expect(book.skipped.count == 1)
    #expect(book.skipped.first?.file == "bad.csv")
    #expect(book.exchange.tables.count == 3)
  }

  /// A file of no known kind is reported and skipped whole, and none of its content is quoted
  /// (it could be anyone's private file: `--rates /etc/shadow`).
  @Test func aFileOfNoKnownKindIsReportedWithoutItsContent() {
    let book = book([("notes.csv", "root:$6$secret:19000\n1,2\n")])
    #expect(
      book.skipped.map(\.reason) == [
        "not a ratecalc data file (its first line matches none of the kinds in Rates/README.md)"
      ])
    #expect(book.skipped.allSatisfy { !$0.message.contains("secret") })
  }

  @Test func floorsAboveCapsAreRejected() {
    let header = "country,year,name,rate_percent,base,floor,cap,fixed,period,included,confidence,source,note"
    let book = book([("c.csv", header + "\nGB,2030,Odd,1,gross,9000,5000,,year,yes,H,mine,\n")])
    #expect(book.skipped.first?.reason.hasPrefix("the floor must be below the cap") == true)
  }
}

/// The newest-row tables used for conversions at the latest rates.
@Suite struct LatestExchangeTests {
  let book = Fixtures.rateBook

  @Test func theNewestRowGivesTheSameConversionsAsTheWholeTable() throws {
    let full = book.exchange
    let latest = book.latestExchange
    #expect(latest.tables.first?.dayCount == 1)
    #expect(latest.tables.first?.newest?.description == "2026-04-13")
    for from in ["GBP", "USD", "EUR", "JPY", "ZAR", "AED", "CHF"] {
      for to in ["GBP", "USD", "EUR", "JPY", "AED"] {
        let money = try Fixtures.money("55000.55", from)
        let target = try Fixtures.currency(to)
        let a = try full.convert(money, to: target, options: ConversionOptions(today: try Fixtures.day("2026-11-22")))
        let b = try latest.convert(money, to: target, options: ConversionOptions(today: try Fixtures.day("2026-11-22")))
        #expect(a.converted == b.converted, "\(from)→\(to)")
        #expect(a.observedOn == b.observedOn)
        #expect(a.warnings == b.warnings)
      }
    }
  }

  @Test func theNewestRowIsFoundWhateverTheOrder() throws {
    let oldestFirst =
      "Date,USD,GBP,\n2026-04-09,1.1685,0.87053,\n2026-04-13,1.1684,0.87058,\n2026-04-10,1.1711,0.87105,\n"
    let table = try #require(try ExchangeTableReader.read(oldestFirst, file: "t.csv", newestOnly: true).first)
    #expect(table.days.map(\.description) == ["2026-04-13"])
    #expect(table.rate(try #require(CurrencyCode("GBP")), at: 0)?.description == "0.87058")
  }

  @Test func aMalformedFileIsStillReportedByTheFullReader() {
    #expect(throws: DataFileError.self) {
      try ExchangeTableReader.read("Date,USD,GBP,\n2026-03-13,1,1476,0.86,\n", file: "bad.csv", newestOnly: true)
    }
  }
}

/// Country rows out of range are row errors with file, line and column (issue 10).
@Suite struct CountryRowRangeTests {
  @Test(arguments: [("-8", "hours_per_day"), ("25", "hours_per_day"), ("400", "min_leave_days")])
  func anOutOfRangeFigureIsARowError(value: String, column: String) {
    let header =
      "country,name,aliases,currency,year,weekly_hours,hours_per_day,min_leave_days,leave_includes_public_holidays,holiday_region,confidence,source,note"
    let hours = column == "hours_per_day" ? value : "8"
    let leave = column == "min_leave_days" ? value : "20"
    let row = "XK,Kosovo,,EUR,2025,40,\(hours),\(leave),no,,M,mine,"
    let files = [DataFile(name: "k.csv", text: header + "\n" + row + "\n", isUserFile: true)]
    let book = RateBook(builtIn: RateBook.builtInFiles(), user: files)
    #expect(book.skipped.count == 1)
    #expect(book.skipped.first?.reason.hasPrefix("the \(column) must be") == true)
    #expect(book.skipped.first?.line == 2)
  }
}
