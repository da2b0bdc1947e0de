import RatesData
import Synchronization

/// Everything ratecalc knows: currencies, exchange tables, salary bands, country profiles,
/// holidays, contributions, PPP factors and their sources.
///
/// Built from the files compiled in from `Rates/`, then the user's files in the order given; a
/// user's row wins over a built-in one for the same thing (the same currency, band figure,
/// country and year, PPP year, source id; for contributions, a country and year's whole set).
/// A user's exchange table is layered over the built-in table of the same series (the same
/// source name and base, such as a newer ECB download over the built-in ECB history): merged by
/// date and currency, the user's rate wins where it has one and the built-in data answers
/// elsewhere, and every rate keeps the file it came from. Every record keeps its ``Origin``, so
/// output can say which file a figure came from.
///
/// A user's file is used entirely or not at all, decided once when the book is made: a file
/// with any problem (a malformed row, a date in the future, a currency that is not ISO 4217, text
/// that is not UTF-8) is left out whole and listed in ``rejected`` with every problem found.
///
/// Only the currencies and the user's files are read at once. The built-in exchange tables and
/// market data are read on first use, so a one-shot conversion does not pay for parsing country
/// profiles.
public struct RateBook: Sendable {
  /// The currencies.
  public let currencies: CurrencyTable
  /// The user's files that were not used, each with every problem found in it.
  public let rejected: [RejectedFile]
  /// Every problem in the user's rejected files, in order. ``allProblems()`` adds any in the
  /// built-in data.
  public var skipped: [DataFileError] { rejected.flatMap(\.problems) }
  /// The files read, in order.
  public let files: [(name: String, kind: DataFile.Kind?, isUserFile: Bool)]
  /// Problems in the built-in currency files (none in a correct build).
  private let currencyProblems: [DataFileError]
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
    /// The user's exchange tables, read (and checked) when the book was made.
    let userTables: [ExchangeTable]
    private let market = Mutex<Market?>(nil)
    private let exchange = Mutex<(tables: [ExchangeTable], problems: [DataFileError])?>(nil)
    private let latestExchange = Mutex<[ExchangeTable]?>(nil)

    init(files: [(file: DataFile, kind: DataFile.Kind?)], currencies: CurrencyTable, userTables: [ExchangeTable]) {
      self.files = files
      self.currencies = currencies
      self.userTables = userTables
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
        var builtIn: [ExchangeTable] = []
        for (file, kind) in files where kind == .exchange && !file.isUserFile {
          // A built-in file that does not read is left out here as in the full tables (and reported there).
          // Its rows are newest first, as the ECB writes them (`ShippedDataTests` checks it).
          guard
            let tables = try? ExchangeTableReader.read(file.text, file: file.name, newestOnly: true, newestFirst: true)
          else {
            continue
          }
          builtIn += tables
        }
        let layered = ExchangeTable.layering(userTables + builtIn)
        cached = layered
        return layered
      }
    }

    /// The tables with only the rows around a day (ECB history files cut by
    /// ``ExchangeTableReader/rows(around:in:)``; other files whole), the user's tables over them.
    func tables(around day: Day) -> [ExchangeTable] {
      var builtIn: [ExchangeTable] = []
      for (file, kind) in files where kind == .exchange && !file.isUserFile {
        let text = ExchangeTableReader.rows(around: day, in: file.text) ?? file.text
        guard let tables = try? ExchangeTableReader.read(text, file: file.name) else { continue }
        builtIn += tables
      }
      return ExchangeTable.layering(userTables + builtIn)
    }

    var exchangeData: (tables: [ExchangeTable], problems: [DataFileError]) {
      exchange.withLock { cached in
        if let cached { return cached }
        var builtIn: [ExchangeTable] = []
        var problems: [DataFileError] = []
        for (file, kind) in files where kind == .exchange && !file.isUserFile {
          do throws(DataFileError) {
            builtIn += try ExchangeTableReader.read(file.text, file: file.name)
          } catch {
            problems.append(error)
          }
        }
        let built = (ExchangeTable.layering(userTables + builtIn), problems)
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

  /// The exchange book: each series layered, the user's series first, then the built-in ones.
  public var exchange: ExchangeBook { ExchangeBook(tables: storage.exchangeData.tables, currencies: currencies) }

  /// An exchange book of each table's newest observation only: the same results as
  /// ``exchange`` for conversions at the latest rates (no date asked for), without reading
  /// every row of the ECB history. Its errors can lack history (a "last quoted" date), so run
  /// a failed conversion again with ``exchange`` for the full message.
  public var latestExchange: ExchangeBook { ExchangeBook(tables: storage.latestTables, currencies: currencies) }

  /// The exchange book for conversions on a day: each built-in ECB history cut to the rows that
  /// day needs, the user's tables over them.
  public func exchange(around day: Day) -> ExchangeBook {
    ExchangeBook(tables: storage.tables(around: day), currencies: currencies)
  }

  /// Every problem in every file, built-in ones included (reads everything).
  public func allProblems() -> [DataFileError] {
    var all = currencyProblems + skipped
    for problem in storage.marketData.problems + storage.exchangeData.problems where !all.contains(problem) {
      all.append(problem)
    }
    return all
  }

  /// Loads the built-in data and then the user's files, in order.
  /// - Parameter today: the day the book is made, for the user's exchange files: a rate dated
  ///   after tomorrow is a problem. `nil` skips that check.
  public init(builtIn: [DataFile], user: [DataFile] = [], today: Day? = nil) {
    var rejected: [RejectedFile] = []
    var currencyProblems: [DataFileError] = []
    // Currencies first: every other kind refers to them. A user's currency file is checked whole
    // before any of it is used.
    var currencyList: [CurrencyCode: Currency] = [:]
    var currencyOrder: [CurrencyCode] = []
    var accepted: [(file: DataFile, kind: DataFile.Kind?)] = []
    for file in builtIn + user {
      let kind = file.kind
      guard kind == .currencies else {
        if !file.isUserFile { accepted.append((file, kind)) }
        continue
      }
      do {
        for currency in try CurrencyTable.records(csv: file.text, file: file.name) {
          if currencyList[currency.code] == nil { currencyOrder.append(currency.code) }
          currencyList[currency.code] = currency
        }
        accepted.append((file, kind))
      } catch {
        if file.isUserFile {
          rejected.append(RejectedFile(name: file.name, problems: [error]))
        } else {
          currencyProblems.append(error)
        }
      }
    }
    let currencies = CurrencyTable(currencyOrder.compactMap { currencyList[$0] })
    // Every other user file is read whole now, once: used entirely or not at all.
    let rules = ExchangeReadRules.userFile(currencies: currencies, today: today)
    var userTables: [ExchangeTable] = []
    for file in user {
      let kind = file.kind
      var problems: [DataFileError] = []
      switch kind {
      case nil:
        problems.append(
          DataFileError(
            file: file.name, line: 1, column: 1, text: "",
            reason: "not a ratecalc data file (its first line matches none of the kinds in Rates/README.md)"))
      case .currencies?:
        continue
      case .exchange?:
        let (tables, found) = ExchangeTableReader.readReportingAll(file.text, file: file.name, rules: rules)
        problems = found
        if found.isEmpty {
          if tables.count + userTables.count > ExchangeTable.maximumSources {
            problems.append(
              DataFileError(
                file: file.name, line: 1, column: 1, text: "",
                reason: "more than \(ExchangeTable.maximumSources) exchange tables are loaded"))
          } else {
            userTables += tables
          }
        }
      default:
        problems = RateBook.readMarket([(file, kind)], currencies: currencies).problems
      }
      if problems.isEmpty {
        accepted.append((file, kind))
      } else {
        rejected.append(RejectedFile(name: file.name, problems: problems))
      }
    }
    self.currencies = currencies
    self.currencyProblems = currencyProblems
    self.rejected = rejected
    self.files = accepted.map { ($0.file.name, $0.kind, $0.file.isUserFile) }
    self.storage = Storage(files: accepted, currencies: currencies, userTables: userTables)
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
