import RateCalc
import Testing

/// Checks on the data shipped in `Rates/` itself.
@Suite struct ShippedDataTests {
  let book = RateBook(builtIn: RateBook.builtInFiles())

  @Test func everyBuiltInFileLoadsWithoutSkippingARow() {
    #expect(book.allProblems().map(\.message) == [])
    let kinds = Set(book.files.compactMap(\.kind))
    #expect(kinds == Set(DataFile.Kind.allCases))
    #expect(book.files.allSatisfy { !$0.isUserFile })
  }

  @Test func theBinaryCarriesEveryDataFileOfRates() throws {
    let names = Set(RateBook.builtInFiles().map(\.name))
    for name in [
      "Rates/currencies.csv", "Rates/sources.csv", "Rates/bands.csv", "Rates/countries.csv", "Rates/holidays.csv",
      "Rates/contributions.csv", "Rates/ppp.csv", "Rates/exchange/ecb-eurofxref-hist.csv",
      "Rates/exchange/ratecalc-rates.csv",
    ] {
      #expect(names.contains(name), "\(name)")
    }
    // The compiled copy is the repository's file, byte for byte.
    for file in RateBook.builtInFiles() {
      let onDisk = try Fixtures.text(file.name)
      #expect(file.text == onDisk, "\(file.name) differs from the repository")
    }
  }

  /// The latest rates read only the first row of a shipped exchange file, so every shipped file
  /// must be newest first (as the ECB writes its history): a refreshed file in another order fails
  /// here, not in a user's conversion.
  @Test func shippedExchangeFilesAreNewestFirstSoTheLatestRatesReadOneRow() throws {
    let exchangeFiles = RateBook.builtInFiles().filter { $0.kind == .exchange }
    #expect(!exchangeFiles.isEmpty)
    for file in exchangeFiles {
      let dates = file.text.split(separator: "\n").dropFirst().map { String($0.prefix(10)) }
      if file.text.hasPrefix("Date,") {
        #expect(zip(dates, dates.dropFirst()).allSatisfy { $0 > $1 }, "\(file.name): rows newest first")
      }
      let whole = try ExchangeTableReader.read(file.text, file: file.name)
      let latest = try ExchangeTableReader.read(file.text, file: file.name, newestOnly: true, newestFirst: true)
      #expect(whole.count == latest.count, "\(file.name)")
      for (full, top) in zip(whole, latest) {
        #expect(full.newest == top.newest, "\(file.name)")
        let last = full.dayCount - 1
        for code in full.quoted {
          #expect(top.rate(code, at: top.dayCount - 1) == full.rate(code, at: last), "\(file.name) \(code)")
        }
      }
    }
  }

  @Test func everyRowCitesAKnownSourceWithADate() {
    for source in book.sources.values {
      #expect(source.asOf.count >= 4 && Int(source.asOf.prefix(4)) != nil, "\(source.id)")
    }
    func check(_ id: String, _ origin: Origin) {
      #expect(book.sources[id] != nil, "\(origin): unknown source '\(id)'")
    }
    for band in book.bands { check(band.sourceID, band.origin) }
    for profile in book.countries { check(profile.sourceID, profile.origin) }
    for count in book.holidays { check(count.sourceID, count.origin) }
    for component in book.contributions { check(component.sourceID, component.origin) }
    for factor in book.ppp { check(factor.sourceID, factor.origin) }
  }

  @Test func everyExchangeRowHasADateAndASource() {
    let tables = book.exchange.tables
    #expect(tables.count == 3)
    for table in tables {
      #expect(!table.source.name.isEmpty)
      // A table without observations only declares currencies unknown (the NGN row).
      #expect(table.dayCount > 0 || !table.unknown.isEmpty)
    }
  }

  @Test func everyCurrencyUsedExists() {
    for band in book.bands { #expect(book.currencies.currency(band.money.currency.code) != nil) }
    for profile in book.countries { #expect(book.currencies.currency(profile.currency.code) != nil) }
    for table in book.exchange.tables {
      for code in table.quoted + [table.base] + Array(table.unknown.keys) {
        #expect(book.currencies.currency(code) != nil, "\(code) in \(table.source.file)")
      }
    }
  }

  /// Every figure of the seed articles the issue lists, exactly.
  @Test(
    arguments: [
      ("US", "junior", "typical", "75000", "USD", "year", nil, "seed-freelancermap"),
      ("US", "any", "average", "111000", "USD", "year", nil, "seed-freelancermap"),
      ("US", "senior", "typical", "200000", "USD", "year", nil, "seed-freelancermap"),
      ("DE", "any", "average", "65000", "EUR", "year", nil, "seed-freelancermap"),
      ("GB", "any", "average", "75000", "GBP", "year", 2022, "seed-freelancermap"),
      (nil, "any", "low", "33", "USD", "hour", nil, "seed-freelancermap"),
      (nil, "any", "high", "106", "USD", "hour", nil, "seed-freelancermap"),
      ("US", "any", "average", "149801", "USD", "year", 2021, "seed-mle-skills"),
      ("US", "any", "average", "127326", "USD", "year", nil, "seed-mle-skills"),
      ("US", "any", "average", "148485", "USD", "year", 2019, "seed-mle-skills"),
      ("US", "any", "average", "158328", "USD", "year", nil, "seed-cityjobs"),
      ("US", "entry", "average", "118746", "USD", "year", nil, "seed-cityjobs"),
      ("US", "mid", "average", "142495", "USD", "year", nil, "seed-cityjobs"),
      ("US", "experienced", "average", "158328", "USD", "year", nil, "seed-cityjobs"),
      ("US", "senior", "average", "174161", "USD", "year", nil, "seed-cityjobs"),
      ("US", "veteran", "average", "197910", "USD", "year", nil, "seed-cityjobs"),
      ("US", "any", "average", "120000", "USD", "year", nil, "seed-mle-career"),
      ("US", "any", "low", "80000", "USD", "year", nil, "seed-mle-career"),
      ("US", "any", "high", "180000", "USD", "year", nil, "seed-mle-career"),
      ("CA", "any", "average", "95000", "CAD", "year", nil, "seed-mle-career"),
      ("CA", "any", "low", "65000", "CAD", "year", nil, "seed-mle-career"),
      ("CA", "any", "high", "150000", "CAD", "year", nil, "seed-mle-career"),
      ("GB", "any", "average", "55000", "GBP", "year", nil, "seed-mle-career"),
      ("GB", "any", "low", "40000", "GBP", "year", nil, "seed-mle-career"),
      ("GB", "any", "high", "90000", "GBP", "year", nil, "seed-mle-career"),
      ("AU", "any", "average", "120000", "AUD", "year", nil, "seed-mle-career"),
      ("AU", "any", "low", "80000", "AUD", "year", nil, "seed-mle-career"),
      ("AU", "any", "high", "180000", "AUD", "year", nil, "seed-mle-career"),
      ("DE", "any", "average", "75000", "EUR", "year", nil, "seed-mle-career"),
      ("DE", "any", "low", "50000", "EUR", "year", nil, "seed-mle-career"),
      ("DE", "any", "high", "120000", "EUR", "year", nil, "seed-mle-career"),
      ("ES", "any", "average", "40000", "EUR", "year", nil, "seed-mle-career"),
      ("ES", "any", "low", "30000", "EUR", "year", nil, "seed-mle-career"),
      ("ES", "any", "high", "60000", "EUR", "year", nil, "seed-mle-career"),
      ("FR", "any", "average", "50000", "EUR", "year", nil, "seed-mle-career"),
      ("FR", "any", "low", "35000", "EUR", "year", nil, "seed-mle-career"),
      ("FR", "any", "high", "80000", "EUR", "year", nil, "seed-mle-career"),
      ("ZA", "any", "average", "450000", "ZAR", "year", nil, "seed-mle-career"),
      ("ZA", "any", "low", "300000", "ZAR", "year", nil, "seed-mle-career"),
      ("ZA", "any", "high", "700000", "ZAR", "year", nil, "seed-mle-career"),
      ("NG", "any", "average", "6000000", "NGN", "year", nil, "seed-mle-career"),
      ("NG", "any", "low", "4000000", "NGN", "year", nil, "seed-mle-career"),
      ("NG", "any", "high", "10000000", "NGN", "year", nil, "seed-mle-career"),
      ("AE", "any", "average", "240000", "AED", "year", nil, "seed-mle-career"),
      ("AE", "any", "low", "180000", "AED", "year", nil, "seed-mle-career"),
      ("AE", "any", "high", "360000", "AED", "year", nil, "seed-mle-career"),
    ] as [(String?, String, String, String, String, String, Int?, String)])
  func everySeedFigureIsPresentExactly(
    country: String?, level: String, measure: String, amount: String, currency: String, period: String,
    year: Int?, source: String
  ) {
    let matches = book.bands.filter { band in
      band.country == country && band.level == level && band.measure == measure
        && band.money.amount.description == amount && band.money.currency.code.description == currency
        && band.period.rawValue == period && band.year == year && band.sourceID == source
    }
    #expect(matches.count == 1, "\(country ?? "-") \(level) \(measure) \(amount) \(currency)")
  }

  @Test func cityFiguresKeepTheirQualifiers() {
    let sanFrancisco = book.bands.filter { $0.region == "San Francisco" }
    #expect(sanFrancisco.count == 1)
    #expect(sanFrancisco.first?.money.amount.description == "200000")
    #expect(sanFrancisco.first?.qualifier == "just under")
    #expect(book.bands.first { $0.region == "New York" }?.money.amount.description == "170000")
  }

  @Test func disagreeingArticlesKeepBothRows() throws {
    let ukAverages = try book.figures(role: "Machine Learning Engineer", country: "GB", measure: "average")
    #expect(Set(ukAverages.map(\.money.amount.description)) == ["75000", "55000"])
  }

  @Test func freelanceRatesNoteTheEightHourDay() {
    let freelance = book.bands.filter { $0.employment == .freelance }
    #expect(freelance.count == 2)
    #expect(freelance.allSatisfy { $0.note.contains("8 working hours") })
  }

  @Test(arguments: ["US", "GB", "DE", "FR", "ES", "CA", "AU", "ZA", "NG", "AE"])
  func everyCountryHasEveryRequiredFieldFor2025(code: String) throws {
    let profile = try book.profile(code, year: 2025)
    #expect(profile.used == 2025)
    #expect(profile.value.weeklyHours > .zero)
    #expect(profile.value.hoursPerDay > .zero)
    #expect(!profile.value.minimumLeaveDays.isNegative)
    let region = profile.value.holidayRegion
    #expect(book.holidayCount(code, region: region, year: 2025) != nil)
    let components = try #require(book.contributions(code, year: 2025))
    #expect(components.used == 2025)
    #expect(!components.value.isEmpty)
    #expect(try book.pppFactor(code, year: 2024).factor > .zero)
    for year in 2020...2024 { #expect(throws: Never.self) { try book.pppFactor(code, year: year) } }
  }

  @Test func contributionsParseAndFloorsAreBelowCaps() {
    #expect(book.contributions.count >= 40)
    for component in book.contributions {
      if let floor = component.floor?.value, let cap = component.cap?.value {
        #expect(floor < cap, "\(component.origin)")
      }
      #expect(component.ratePercent != nil || component.fixed != nil || component.reduction != nil)
      #expect(["H", "M", "L"].contains(component.confidence.rawValue))
    }
    // Every year of every seed country has rules.
    for country in ["US", "GB", "DE", "FR", "ES", "CA", "AU", "ZA", "NG", "AE"] {
      for year in 2024...2026 {
        #expect(book.contributions.contains { $0.country == country && $0.year == year }, "\(country) \(year)")
      }
    }
  }

  /// Every contribution row names a source that `sources.csv` has.
  @Test func everyContributionNamesAKnownSource() {
    for component in book.contributions {
      #expect(book.sources[component.sourceID] != nil, "\(component.sourceID) at \(component.origin)")
    }
  }

  @Test func theUKRulesFor2025AreThereExactly() throws {
    let uk = try #require(book.contributions("GB", year: 2025)).value
    let ni = try #require(uk.first { $0.name.contains("National Insurance") })
    #expect(ni.ratePercent == .known(try Amount(parsing: "15")))
    #expect(ni.floor == .known(Amount(5000)))
    #expect(ni.cap == nil)
    let pension = try #require(uk.first { $0.name.contains("pension") })
    #expect(pension.ratePercent == .known(Amount(3)))
    #expect(pension.floor == .known(Amount(6240)))
    #expect(pension.cap == .known(Amount(50270)))
    let us = try #require(book.contributions("US", year: 2025)).value
    #expect(us.first { $0.name.hasPrefix("Social Security") }?.cap == .known(Amount(176100)))
  }

  @Test func lowConfidenceFiguresAreMarked() {
    let low = book.contributions.filter { $0.confidence == .low }.map(\.country)
    #expect(low.contains("FR"))
    #expect(low.contains("AE"))
    #expect(book.holidays.contains { $0.country == "NG" && $0.confidence == .low })
  }

  @Test func theUKMayCountBankHolidaysInItsLeave() throws {
    #expect(try book.profile("GB", year: 2025).value.leaveIncludesPublicHolidays)
    #expect(try book.profile("DE", year: 2025).value.leaveIncludesPublicHolidays == false)
  }

  @Test func aLaterYearFallsBackToTheLatestProfileAndSaysSo() throws {
    let profile = try book.profile("DE", year: 2026)
    #expect(profile.used == 2025)
    #expect(profile.isSubstitute)
    #expect(try #require(book.contributions("US", year: 2026)).used == 2026)
  }

  @Test(arguments: [
    ("GB", "GB"), ("uk", "GB"), ("United Kingdom", "GB"), ("germany", "DE"), ("UAE", "AE"), ("Dubai", "AE"),
  ])
  func countriesResolveByCodeNameOrAlias(text: String, code: String) throws {
    #expect(try book.country(text) == code)
  }

  @Test func anUnknownCountrySuggestsTheNearest() {
    #expect(throws: MarketError.unknownCountry("Germny", suggestions: ["Germany"])) { try book.country("Germny") }
  }
}
