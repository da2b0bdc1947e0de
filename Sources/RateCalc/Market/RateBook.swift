import RatesData
import Synchronization

/// Everything ratecalc knows: currencies, exchange tables, salary bands, country profiles,
/// holidays, contributions, PPP factors and their sources.
///
/// Built from the files compiled in from `Rates/`, then the user's files in the order given; a
/// user's row wins over a built-in one for the same thing (the same currency, band figure,
/// country and year, PPP year, source id; for contributions, a country and year's whole set),
/// and a user's exchange table is tried before the built-in ones. Every record keeps its
/// ``Origin``, so output can say which file a figure came from. A malformed row or file is
/// skipped and listed in ``skipped``; the rest still loads.
public struct RateBook: Sendable {
  /// The currencies.
  public let currencies: CurrencyTable
  /// Salary and rate figures, built-in first, with user rows replacing built-in ones by key.
  public let bands: [BandFigure]
  /// Country profiles by year.
  public let countries: [CountryProfile]
  /// Weekday public holidays by country, region and year.
  public let holidays: [HolidayCount]
  /// Employer contribution components by country and year.
  public let contributions: [Contribution]
  /// PPP factors by country and year.
  public let ppp: [PPPFactor]
  /// Sources by id.
  public let sources: [String: Source]
  /// What could not be loaded: one error per skipped row or file.
  public let skipped: [DataFileError]
  /// The files read, in order.
  public let files: [(name: String, kind: DataFile.Kind?, isUserFile: Bool)]
  private let exchangeTables: ExchangeTables

  /// The exchange tables, read on first use (the built-in ECB history is the largest file).
  private final class ExchangeTables: Sendable {
    private let state = Mutex<[ExchangeTable]?>(nil)
    private let userTables: [ExchangeTable]
    private let builtInFiles: [DataFile]

    init(userTables: [ExchangeTable], builtInFiles: [DataFile]) {
      self.userTables = userTables
      self.builtInFiles = builtInFiles
    }

    var tables: [ExchangeTable] {
      state.withLock { cached in
        if let cached { return cached }
        var tables = userTables
        for file in builtInFiles {
          // The built-in files are checked by the tests; one that failed would be skipped here.
          if let read = try? ExchangeTableReader.read(file.text, file: file.name) { tables += read }
        }
        cached = tables
        return tables
      }
    }
  }

  /// The exchange book: user tables first, then the built-in ones.
  public var exchange: ExchangeBook { ExchangeBook(tables: exchangeTables.tables, currencies: currencies) }

  /// Loads the built-in data and then the user's files, in order.
  public init(builtIn: [DataFile], user: [DataFile] = []) {
    var skipped: [DataFileError] = []
    var files: [(name: String, kind: DataFile.Kind?, isUserFile: Bool)] = []
    let all = builtIn + user
    func unrecognised(_ file: DataFile) {
      skipped.append(
        DataFileError(
          file: file.name, line: 1, column: 1,
          text: String(ExchangeTableReader.firstDataLine(of: file.text).prefix(40)),
          reason: "not a ratecalc data file: its header matches none of the kinds in Rates/README.md"))
    }
    // Currencies first: every other kind refers to them.
    var currencyList: [CurrencyCode: Currency] = [:]
    var currencyOrder: [CurrencyCode] = []
    for file in all where file.kind == .currencies {
      do {
        for currency in try CurrencyTable(csv: file.text, file: file.name).all {
          if currencyList[currency.code] == nil { currencyOrder.append(currency.code) }
          currencyList[currency.code] = currency
        }
      } catch {
        skipped.append(error)
      }
    }
    let currencies = CurrencyTable(currencyOrder.compactMap { currencyList[$0] })

    var bands: [String: BandFigure] = [:]
    var bandOrder: [String] = []
    var countries: [String: CountryProfile] = [:]
    var holidays: [String: HolidayCount] = [:]
    var contributions: [String: [Contribution]] = [:]
    var ppp: [String: PPPFactor] = [:]
    var sources: [String: Source] = [:]
    var userTables: [ExchangeTable] = []
    var builtInExchange: [DataFile] = []
    for file in all {
      let kind = file.kind
      files.append((file.name, kind, file.isUserFile))
      switch kind {
      case .none: unrecognised(file)
      case .currencies: break
      case .exchange:
        if file.isUserFile {
          do { userTables += try ExchangeTableReader.read(file.text, file: file.name) } catch { skipped.append(error) }
        } else {
          builtInExchange.append(file)
        }
      case .sources:
        let result = MarketReaders.sources(file.text, file: file.name, isUserFile: file.isUserFile)
        for source in result.records { sources[source.id] = source }
        skipped += result.skipped
      case .bands:
        let result = MarketReaders.bands(
          file.text, file: file.name, isUserFile: file.isUserFile, currencies: currencies)
        for band in result.records {
          if bands[band.key] == nil { bandOrder.append(band.key) }
          bands[band.key] = band
        }
        skipped += result.skipped
      case .countries:
        let result = MarketReaders.countries(
          file.text, file: file.name, isUserFile: file.isUserFile, currencies: currencies)
        for profile in result.records { countries["\(profile.code)|\(profile.year)"] = profile }
        skipped += result.skipped
      case .holidays:
        let result = MarketReaders.holidays(file.text, file: file.name, isUserFile: file.isUserFile)
        for count in result.records { holidays["\(count.country)|\(count.region ?? "")|\(count.year)"] = count }
        skipped += result.skipped
      case .contributions:
        let result = MarketReaders.contributions(file.text, file: file.name, isUserFile: file.isUserFile)
        var fromThisFile: [String: [Contribution]] = [:]
        for component in result.records {
          fromThisFile["\(component.country)|\(component.year)", default: []].append(component)
        }
        for (key, set) in fromThisFile { contributions[key] = set }
        skipped += result.skipped
      case .ppp:
        let result = MarketReaders.ppp(file.text, file: file.name, isUserFile: file.isUserFile, currencies: currencies)
        for factor in result.records { ppp["\(factor.country)|\(factor.year)"] = factor }
        skipped += result.skipped
      }
    }
    self.currencies = currencies
    self.bands = bandOrder.compactMap { bands[$0] }
    self.countries = countries.values.sorted { ($0.code, $0.year) < ($1.code, $1.year) }
    self.holidays = holidays.values.sorted {
      ($0.country, $0.region ?? "", $0.year) < ($1.country, $1.region ?? "", $1.year)
    }
    self.contributions = contributions.keys.sorted().flatMap { contributions[$0] ?? [] }
    self.ppp = ppp.values.sorted { ($0.country, $0.year) < ($1.country, $1.year) }
    self.sources = sources
    self.skipped = skipped
    self.files = files
    self.exchangeTables = ExchangeTables(userTables: userTables, builtInFiles: builtInExchange)
  }

  /// The data compiled into ratecalc, with no user files.
  public static func builtInFiles() -> [DataFile] {
    BuiltInRates.files.map { DataFile(name: "Rates/" + $0.path, text: $0.text, isUserFile: false) }
  }
}
