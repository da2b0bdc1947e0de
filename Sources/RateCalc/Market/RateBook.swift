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
/// skipped and reported; the rest still loads.
///
/// Only the currencies are read at once. The exchange tables and the market data are read on
/// first use, so a one-shot conversion does not pay for parsing country profiles; the user's
/// files are checked at once all the same, so their problems are reported up front.
public struct RateBook: Sendable {
  /// The currencies.
  public let currencies: CurrencyTable
  /// What could not be loaded from the user's files (and the currency files): one error per
  /// skipped row or file. ``allProblems()`` adds any in the built-in data.
  public let skipped: [DataFileError]
  /// The files read, in order.
  public let files: [(name: String, kind: DataFile.Kind?, isUserFile: Bool)]
  private let storage: Storage

  /// The records of every market kind, merged from built-in and user files.
  struct Market: Sendable {
    var bands: [BandFigure] = []
    var countries: [CountryProfile] = []
    var holidays: [HolidayCount] = []
    var contributions: [Contribution] = []
    var ppp: [PPPFactor] = []
    var sources: [String: Source] = [:]
    var problems: [DataFileError] = []
  }

  /// The parts read on first use.
  private final class Storage: Sendable {
    let files: [(file: DataFile, kind: DataFile.Kind?)]
    let currencies: CurrencyTable
    private let market = Mutex<Market?>(nil)
    private let exchange = Mutex<(tables: [ExchangeTable], problems: [DataFileError])?>(nil)
    private let latestExchange = Mutex<[ExchangeTable]?>(nil)

    init(files: [(file: DataFile, kind: DataFile.Kind?)], currencies: CurrencyTable) {
      self.files = files
      self.currencies = currencies
    }

    var marketData: Market {
      market.withLock { cached in
        if let cached { return cached }
        let built = RateBook.readMarket(files, currencies: currencies)
        cached = built
        return built
      }
    }

    /// Each table's newest observation only (see ``RateBook/latestExchange``).
    var latestTables: [ExchangeTable] {
      latestExchange.withLock { cached in
        if let cached { return cached }
        var user: [ExchangeTable] = []
        var builtIn: [ExchangeTable] = []
        for (file, kind) in files where kind == .exchange {
          // A file that does not read is left out here as in the full tables (and reported there).
          guard let tables = try? ExchangeTableReader.read(file.text, file: file.name, newestOnly: true) else {
            continue
          }
          if file.isUserFile { user += tables } else { builtIn += tables }
        }
        cached = user + builtIn
        return user + builtIn
      }
    }

    var exchangeData: (tables: [ExchangeTable], problems: [DataFileError]) {
      exchange.withLock { cached in
        if let cached { return cached }
        var user: [ExchangeTable] = []
        var builtIn: [ExchangeTable] = []
        var problems: [DataFileError] = []
        for (file, kind) in files where kind == .exchange {
          do throws(DataFileError) {
            let tables = try ExchangeTableReader.read(file.text, file: file.name)
            if file.isUserFile { user += tables } else { builtIn += tables }
          } catch {
            problems.append(error)
          }
        }
        let built = (user + builtIn, problems)
        cached = built
        return built
      }
    }
  }

  /// Salary and rate figures, built-in first, with user rows replacing built-in ones by key.
  public var bands: [BandFigure] { storage.marketData.bands }
  /// Country profiles by year.
  public var countries: [CountryProfile] { storage.marketData.countries }
  /// Weekday public holidays by country, region and year.
  public var holidays: [HolidayCount] { storage.marketData.holidays }
  /// Employer contribution components by country and year.
  public var contributions: [Contribution] { storage.marketData.contributions }
  /// PPP factors by country and year.
  public var ppp: [PPPFactor] { storage.marketData.ppp }
  /// Sources by id.
  public var sources: [String: Source] { storage.marketData.sources }

  /// The exchange book: user tables first, then the built-in ones.
  public var exchange: ExchangeBook { ExchangeBook(tables: storage.exchangeData.tables, currencies: currencies) }

  /// An exchange book of each table's newest observation only: the same results as
  /// ``exchange`` for conversions at the latest rates (no date asked for), without reading
  /// every row of the ECB history. Its errors can lack history (a "last quoted" date), so run
  /// a failed conversion again with ``exchange`` for the full message.
  public var latestExchange: ExchangeBook { ExchangeBook(tables: storage.latestTables, currencies: currencies) }

  /// Every problem in every file, built-in ones included (reads everything).
  public func allProblems() -> [DataFileError] {
    var all = skipped
    for problem in storage.marketData.problems + storage.exchangeData.problems where !all.contains(problem) {
      all.append(problem)
    }
    return all
  }

  /// Loads the built-in data and then the user's files, in order.
  public init(builtIn: [DataFile], user: [DataFile] = []) {
    let all = (builtIn + user).map { (file: $0, kind: $0.kind) }
    var skipped: [DataFileError] = []
    // Currencies first: every other kind refers to them.
    var currencyList: [CurrencyCode: Currency] = [:]
    var currencyOrder: [CurrencyCode] = []
    for (file, kind) in all where kind == .currencies {
      do {
        for currency in try CurrencyTable.records(csv: file.text, file: file.name) {
          if currencyList[currency.code] == nil { currencyOrder.append(currency.code) }
          currencyList[currency.code] = currency
        }
      } catch {
        skipped.append(error)
      }
    }
    let currencies = CurrencyTable(currencyOrder.compactMap { currencyList[$0] })
    // The user's files are checked now, so that their problems are reported at once.
    let userFiles = all.filter(\.file.isUserFile)
    for (file, kind) in userFiles {
      switch kind {
      case nil:
        skipped.append(
          DataFileError(
            file: file.name, line: 1, column: 1, text: "",
            reason:
              "not a ratecalc data file (its first line matches none of the kinds in Rates/README.md): the whole file was skipped"
          ))
      case .exchange?:
        do { _ = try ExchangeTableReader.read(file.text, file: file.name) } catch { skipped.append(error) }
      case .currencies?:
        break
      default:
        skipped += RateBook.readMarket([(file, kind)], currencies: currencies).problems
      }
    }
    self.currencies = currencies
    self.skipped = skipped
    self.files = all.map { ($0.file.name, $0.kind, $0.file.isUserFile) }
    self.storage = Storage(files: all, currencies: currencies)
  }

  /// Reads the market kinds of some files, later files winning.
  static func readMarket(_ files: [(file: DataFile, kind: DataFile.Kind?)], currencies: CurrencyTable) -> Market {
    var market = Market()
    var bands: [String: BandFigure] = [:]
    var bandOrder: [String] = []
    var countries: [String: CountryProfile] = [:]
    var holidays: [String: HolidayCount] = [:]
    var contributions: [String: [Contribution]] = [:]
    var ppp: [String: PPPFactor] = [:]
    for (file, kind) in files {
      switch kind {
      case .sources?:
        let result = MarketReaders.sources(file.text, file: file.name, isUserFile: file.isUserFile)
        for source in result.records { market.sources[source.id] = source }
        market.problems += result.skipped
      case .bands?:
        let result = MarketReaders.bands(
          file.text, file: file.name, isUserFile: file.isUserFile, currencies: currencies)
        for band in result.records {
          if bands[band.key] == nil { bandOrder.append(band.key) }
          bands[band.key] = band
        }
        market.problems += result.skipped
      case .countries?:
        let result = MarketReaders.countries(
          file.text, file: file.name, isUserFile: file.isUserFile, currencies: currencies)
        for profile in result.records { countries["\(profile.code)|\(profile.year)"] = profile }
        market.problems += result.skipped
      case .holidays?:
        let result = MarketReaders.holidays(file.text, file: file.name, isUserFile: file.isUserFile)
        for count in result.records { holidays["\(count.country)|\(count.region ?? "")|\(count.year)"] = count }
        market.problems += result.skipped
      case .contributions?:
        let result = MarketReaders.contributions(file.text, file: file.name, isUserFile: file.isUserFile)
        var fromThisFile: [String: [Contribution]] = [:]
        for component in result.records {
          fromThisFile["\(component.country)|\(component.year)", default: []].append(component)
        }
        for (key, set) in fromThisFile { contributions[key] = set }
        market.problems += result.skipped
      case .ppp?:
        let result = MarketReaders.ppp(file.text, file: file.name, isUserFile: file.isUserFile, currencies: currencies)
        for factor in result.records { ppp["\(factor.country)|\(factor.year)"] = factor }
        market.problems += result.skipped
      default:
        break
      }
    }
    market.bands = bandOrder.compactMap { bands[$0] }
    market.countries = countries.values.sorted { ($0.code, $0.year) < ($1.code, $1.year) }
    market.holidays = holidays.values.sorted {
      ($0.country, $0.region ?? "", $0.year) < ($1.country, $1.region ?? "", $1.year)
    }
    market.contributions = contributions.keys.sorted().flatMap { contributions[$0] ?? [] }
    market.ppp = ppp.values.sorted { ($0.country, $0.year) < ($1.country, $1.year) }
    return market
  }

  /// The data compiled into ratecalc, with no user files.
  public static func builtInFiles() -> [DataFile] {
    BuiltInRates.files.map { DataFile(name: "Rates/" + $0.path, text: $0.text, isUserFile: false) }
  }
}
