import FoundationEssentials
import RateCalc
import Testing

/// Paths to files the tests read: fixtures beside the tests and the repository's `Rates/`.
enum Fixtures {
  /// The repository root, found from this file's path.
  static let root: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)  // Support/Fixtures.swift, RateCalcTests, Tests
    return parts.joined(separator: "/")
  }()

  static func path(_ relative: String) -> String { root + "/" + relative }

  static func text(_ relative: String) throws -> String {
    let data = try Data(contentsOf: URL(filePath: path(relative)))
    return String(decoding: data, as: UTF8.self)
  }

  static func fixture(_ name: String) throws -> String {
    try text("Tests/RateCalcTests/Fixtures/" + name)
  }

  /// The ECB history shipped in `Rates/`, 1999-01-04…2026-04-13.
  static let ecbHistory: ExchangeTable? = {
    guard let text = try? text("Rates/exchange/ecb-eurofxref-hist.csv"),
      let tables = try? ExchangeTableReader.read(text, file: "ecb-eurofxref-hist.csv")
    else { return nil }
    return tables.first
  }()

  /// ratecalc's own long-format table from `Rates/`.
  static let ownRates: [ExchangeTable] = {
    guard let text = try? text("Rates/exchange/ratecalc-rates.csv"),
      let tables = try? ExchangeTableReader.read(text, file: "ratecalc-rates.csv")
    else { return [] }
    return tables
  }()

  /// The currencies shipped in `Rates/`.
  static let currencies: CurrencyTable = {
    do {
      return try BuiltIn.loadCurrencies()
    } catch let error as DataFileError {
      Issue.record("Rates/currencies.csv does not load: \(error.message)")
    } catch {
      Issue.record("Rates/currencies.csv does not load: \(error)")
    }
    return CurrencyTable([])
  }()

  /// Everything in `Rates/`, as the binary carries it.
  static let rateBook = RateBook(builtIn: RateBook.builtInFiles())

  /// A book with the shipped ECB history and ratecalc's own rates.
  static var book: ExchangeBook {
    ExchangeBook(tables: [ecbHistory].compactMap { $0 } + ownRates, currencies: currencies)
  }

  static func currency(_ code: String) throws -> Currency {
    try currencies.currency(code: code)
  }

  static func money(_ text: String, _ code: String) throws -> Money {
    Money(try Amount(parsing: text), try currency(code))
  }

  static func day(_ text: String) throws -> Day {
    guard let day = Day(parsing: text) else { throw FixtureError.badDay(text) }
    return day
  }

  enum FixtureError: Error { case badDay(String) }
}
