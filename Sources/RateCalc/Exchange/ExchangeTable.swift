/// Exchange rates against one base currency: dated observations from one source.
///
/// Each observation says how many units of each quoted currency one unit of the base buys
/// ("1 EUR = 1.1684 USD"). A currency without a quote on a day (the ECB's `N/A`) has none that day;
/// lookups never borrow another day's quote across such a gap.
///
/// A value type over one shared immutable storage object. The rates are a flat day × currency
/// matrix when most cells hold a rate (a lookup is a binary search over the days and one probe),
/// and a sorted list per currency when few do, so memory follows the observations a file holds,
/// never days × currencies. A table layered from several files (``layered(_:)``) keeps, for each
/// rate, which file it came from.
public struct ExchangeTable: Sendable {
  /// How a table's rates hold over time.
  public enum Kind: String, Sendable {
    /// Rates observed on their dates (ECB reference rates).
    case observed
    /// A fixed peg that holds from its date on (AED at 3.6725 per USD); never stale.
    case peg
  }

  /// The most files one table can be layered from.
  public static let maximumSources = 255

  /// One rate: a day (index into the days), a currency (index into the codes), the file it came
  /// from (index into the sources) and the rate.
  struct Observation: Sendable {
    let day: Int32
    let column: Int32
    let origin: UInt8
    let rate: Amount
  }

  /// The rates, dense or sparse.
  enum Cells: Sendable {
    /// `rates[day × codes + column]`, zero for no quote; `origins` is empty when every rate
    /// comes from the first source, else parallel to `rates`.
    case dense(rates: [Amount], origins: [UInt8])
    /// For each column, its observations sorted by day.
    case sparse([[Observation]])
  }

  private final class Storage: Sendable {
    let base: CurrencyCode
    let sources: [TableSource]
    let kind: Kind
    let days: [Day]
    let codes: [CurrencyCode]
    let columnOf: CodeIndex
    let cells: Cells
    let unknown: [CurrencyCode: String]

    init(
      base: CurrencyCode, sources: [TableSource], kind: Kind, days: [Day], codes: [CurrencyCode], cells: Cells,
      unknown: [CurrencyCode: String]
    ) {
      self.base = base
      self.sources = sources
      self.kind = kind
      self.days = days
      self.codes = codes
      self.columnOf = CodeIndex(codes)
      self.cells = cells
      self.unknown = unknown
    }
  }

  private let storage: Storage

  /// Creates a table from a dense matrix: `codes` names the columns; each day holds one rate per
  /// code (zero for no quote). Days must be sorted, oldest first, without repeats.
  init(
    base: CurrencyCode, source: TableSource, kind: Kind = .observed, days: [Day], codes: [CurrencyCode],
    rates: [Amount], unknown: [CurrencyCode: String] = [:]
  ) {
    storage = Storage(
      base: base, sources: [source], kind: kind, days: days, codes: codes, cells: .dense(rates: rates, origins: []),
      unknown: unknown)
  }

  private init(storage: Storage) { self.storage = storage }

  /// Creates a table from observations in any order, at most one per day and column. `days`
  /// must be sorted, oldest first, without repeats. Dense when at least half the cells hold a
  /// rate, else sparse.
  static func build(
    base: CurrencyCode, sources: [TableSource], kind: Kind, days: [Day], codes: [CurrencyCode],
    observations: [Observation], unknown: [CurrencyCode: String]
  ) -> ExchangeTable {
    let cellCount = days.count * codes.count
    if !codes.isEmpty && observations.count * 2 >= cellCount {
      var rates = [Amount](repeating: .zero, count: cellCount)
      let mixed = observations.contains { $0.origin != 0 }
      var origins = [UInt8](repeating: 0, count: mixed ? cellCount : 0)
      for observation in observations {
        let cell = Int(observation.day) * codes.count + Int(observation.column)
        rates[cell] = observation.rate
        if mixed { origins[cell] = observation.origin }
      }
      return dense(
        base: base, sources: sources, kind: kind, days: days, codes: codes, rates: rates, origins: origins,
        unknown: unknown)
    }
    var columns = [[Observation]](repeating: [], count: codes.count)
    for observation in observations { columns[Int(observation.column)].append(observation) }
    for index in columns.indices where !columns[index].isSorted { columns[index].sort { $0.day < $1.day } }
    return ExchangeTable(
      storage: Storage(
        base: base, sources: sources, kind: kind, days: days, codes: codes, cells: .sparse(columns),
        unknown: unknown))
  }

  /// The currency every rate is quoted against.
  public var base: CurrencyCode { storage.base }
  /// Where the rates come from: the first file layered (the one that wins).
  public var source: TableSource { storage.sources[0] }
  /// Every file the rates come from, the one that wins first.
  public var sources: [TableSource] { storage.sources }
  /// Whether the table was layered from more than one file, so that each rate names its own.
  public var isLayered: Bool { storage.sources.count > 1 }
  /// Observed or pegged.
  public var kind: Kind { storage.kind }
  /// Observation dates, oldest first.
  public var days: [Day] { storage.days }
  /// Currencies this table declares it has no rate for, with the reason.
  public var unknown: [CurrencyCode: String] { storage.unknown }

  /// The number of observation dates.
  public var dayCount: Int { storage.days.count }

  /// The number of rates held (cells with a quote).
  public var observationCount: Int {
    switch storage.cells {
    case .dense(let rates, _): rates.reduce(0) { $0 + ($1.isZero ? 0 : 1) }
    case .sparse(let columns): columns.reduce(0) { $0 + $1.count }
    }
  }

  /// The cells stored: days × currencies when dense, the rates held when sparse.
  var storedCellCount: Int {
    switch storage.cells {
    case .dense(let rates, _): rates.count
    case .sparse(let columns): columns.reduce(0) { $0 + $1.count }
    }
  }

  /// The observation date at an index (0 is the oldest).
  public func day(at index: Int) -> Day { storage.days[index] }

  /// The first observation date.
  public var oldest: Day? { storage.days.first }
  /// The latest observation date.
  public var newest: Day? { storage.days.last }

  /// The quoted currencies in column order.
  var storageCodes: [CurrencyCode] { storage.codes }

  /// The quoted currencies (the base not included), in code order.
  public var quoted: [CurrencyCode] { storage.codes.sorted() }

  /// Whether the table can say anything about a currency: its base, a quoted currency, or one it
  /// declares unknown.
  public func mentions(_ code: CurrencyCode) -> Bool {
    code == storage.base || storage.columnOf.index(of: code) != nil
      || (!storage.unknown.isEmpty && storage.unknown[code] != nil)
  }

  /// Whether the table has rates for a currency (its base or a quoted one).
  public func quotes(_ code: CurrencyCode) -> Bool { code == storage.base || storage.columnOf.index(of: code) != nil }

  /// The index of the latest observation on or before `day`.
  public func index(onOrBefore day: Day) -> Int? {
    let days = storage.days
    var low = 0
    var high = days.count
    while low < high {
      let middle = (low + high) / 2
      if days[middle] <= day { low = middle + 1 } else { high = middle }
    }
    return low == 0 ? nil : low - 1
  }

  /// The rate of a currency at an observation index: 1 for the base, `nil` where there is no quote.
  public func rate(_ code: CurrencyCode, at index: Int) -> Amount? {
    if code == storage.base { return .one }
    return cell(code, at: index)?.rate
  }

  /// A currency's rate at an observation index and the file it came from, in one look-up:
  /// rate 1 and no file for the base, `nil` where there is no quote.
  public func quote(_ code: CurrencyCode, at index: Int) -> (rate: Amount, origin: TableSource?)? {
    if code == storage.base { return (.one, nil) }
    guard let cell = cell(code, at: index) else { return nil }
    return (cell.rate, storage.sources[Int(cell.origin)])
  }

  /// The rates of two currencies at an observation index, in one look-up (a conversion reads
  /// both from the same row): `nil` where either has no quote.
  public func rates(_ from: CurrencyCode, _ to: CurrencyCode, at index: Int) -> (from: Amount, to: Amount)? {
    guard index >= 0, index < storage.days.count else { return nil }
    if case .dense(let rates, _) = storage.cells {
      let row = index * storage.codes.count
      @inline(__always)
      func rate(_ code: CurrencyCode) -> Amount? {
        if code == storage.base { return .one }
        guard let column = storage.columnOf.index(of: code) else { return nil }
        let rate = rates[row + column]
        return rate.isZero ? nil : rate
      }
      guard let fromRate = rate(from), let toRate = rate(to) else { return nil }
      return (fromRate, toRate)
    }
    guard let fromRate = rate(from, at: index), let toRate = rate(to, at: index) else { return nil }
    return (fromRate, toRate)
  }

  private func cell(_ code: CurrencyCode, at index: Int) -> (rate: Amount, origin: UInt8)? {
    guard let column = storage.columnOf.index(of: code), index >= 0, index < storage.days.count else {
      return nil
    }
    switch storage.cells {
    case .dense(let rates, let origins):
      let at = index * storage.codes.count + column
      let rate = rates[at]
      return rate.isZero ? nil : (rate, origins.isEmpty ? 0 : origins[at])
    case .sparse(let columns):
      let list = columns[column]
      var low = 0
      var high = list.count
      while low < high {
        let middle = (low + high) / 2
        if Int(list[middle].day) < index { low = middle + 1 } else { high = middle }
      }
      guard low < list.count, Int(list[low].day) == index else { return nil }
      return (list[low].rate, list[low].origin)
    }
  }

  /// The last day before the given index on which the currency was quoted.
  public func lastQuoted(_ code: CurrencyCode, before index: Int) -> Day? {
    var at = min(index, storage.days.count) - 1
    while at >= 0 {
      if rate(code, at: at) != nil { return storage.days[at] }
      at -= 1
    }
    return nil
  }

  /// The first day after the given index on which the currency is quoted.
  public func nextQuoted(_ code: CurrencyCode, after index: Int) -> Day? {
    var at = index + 1
    while at < storage.days.count {
      if rate(code, at: at) != nil { return storage.days[at] }
      at += 1
    }
    return nil
  }

  /// Calls `body` with every rate held (day index, column, source index, rate), without
  /// copying them out.
  func forEachObservation(_ body: (Int, Int, Int, Amount) -> Void) {
    switch storage.cells {
    case .sparse(let columns):
      for list in columns {
        for cell in list { body(Int(cell.day), Int(cell.column), Int(cell.origin), cell.rate) }
      }
    case .dense(let rates, let origins):
      let width = storage.codes.count
      for (cell, rate) in rates.enumerated() where !rate.isZero {
        body(cell / width, cell % width, origins.isEmpty ? 0 : Int(origins[cell]), rate)
      }
    }
  }

  /// A dense table from its matrix: `rates[day × codes + column]`, zero for no quote; `origins`
  /// empty when every rate comes from the first source.
  static func dense(
    base: CurrencyCode, sources: [TableSource], kind: Kind, days: [Day], codes: [CurrencyCode], rates: [Amount],
    origins: [UInt8], unknown: [CurrencyCode: String]
  ) -> ExchangeTable {
    ExchangeTable(
      storage: Storage(
        base: base, sources: sources, kind: kind, days: days, codes: codes,
        cells: .dense(rates: rates, origins: origins), unknown: unknown))
  }
}

extension Array where Element == ExchangeTable.Observation {
  fileprivate var isSorted: Bool {
    var previous: Int32 = -1
    for element in self {
      if element.day < previous { return false }
      previous = element.day
    }
    return true
  }
}
