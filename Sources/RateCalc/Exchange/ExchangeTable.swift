/// Where an exchange table came from.
///
/// A value type over one shared immutable storage object, so a conversion result can carry it
/// cheaply.
public struct TableSource: Hashable, Sendable, CustomStringConvertible {
  private let details: Details

  private final class Details: Sendable {
    let name: String
    let detail: String
    let file: String

    init(name: String, detail: String, file: String) {
      self.name = name
      self.detail = detail
      self.file = file
    }
  }

  /// Creates a source description.
  public init(name: String, detail: String, file: String) {
    details = Details(name: name, detail: detail, file: file)
  }

  /// A short name to show beside a figure: `ECB`, `AED peg to USD (CBUAE)`.
  public var name: String { details.name }
  /// What the source is, in full.
  public var detail: String { details.detail }
  /// The file the table was read from (a path inside `Rates/` for built-in data).
  public var file: String { details.file }

  /// The short name.
  public var description: String { name }

  /// Whether two sources have the same name, detail and file.
  public static func == (lhs: TableSource, rhs: TableSource) -> Bool {
    lhs.details === rhs.details
      || (lhs.name == rhs.name && lhs.detail == rhs.detail && lhs.file == rhs.file)
  }

  /// Hashes name and file.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(name)
    hasher.combine(file)
  }
}

/// Exchange rates against one base currency: dated observations from one source.
///
/// Each observation says how many units of each quoted currency one unit of the base buys
/// ("1 EUR = 1.1684 USD"). A currency without a quote on a day (the ECB's `N/A`) has none that day;
/// lookups never borrow another day's quote across such a gap.
///
/// A value type over one shared immutable storage object: the rates are a flat day × currency
/// matrix, so a lookup is a binary search over the days and one dictionary probe.
public struct ExchangeTable: Sendable {
  /// How a table's rates hold over time.
  public enum Kind: String, Sendable {
    /// Rates observed on their dates (ECB reference rates).
    case observed
    /// A fixed peg that holds from its date on (AED at 3.6725 per USD); never stale.
    case peg
  }

  private final class Storage: Sendable {
    let base: CurrencyCode
    let source: TableSource
    let kind: Kind
    let days: [Day]
    let codes: [CurrencyCode]
    let columnOf: CodeIndex
    let rates: [Amount]
    let unknown: [CurrencyCode: String]

    init(
      base: CurrencyCode, source: TableSource, kind: Kind, days: [Day], codes: [CurrencyCode],
      rates: [Amount], unknown: [CurrencyCode: String]
    ) {
      self.base = base
      self.source = source
      self.kind = kind
      self.days = days
      self.codes = codes
      self.columnOf = CodeIndex(codes)
      self.rates = rates
      self.unknown = unknown
    }
  }

  private let storage: Storage

  /// Creates a table from rows: `codes` names the columns; each row holds one rate per code (zero
  /// for no quote). Rows must be sorted by day, oldest first.
  init(
    base: CurrencyCode, source: TableSource, kind: Kind = .observed, days: [Day], codes: [CurrencyCode],
    rates: [Amount], unknown: [CurrencyCode: String] = [:]
  ) {
    storage = Storage(
      base: base, source: source, kind: kind, days: days, codes: codes, rates: rates, unknown: unknown)
  }

  /// The currency every rate is quoted against.
  public var base: CurrencyCode { storage.base }
  /// Where the rates come from.
  public var source: TableSource { storage.source }
  /// Observed or pegged.
  public var kind: Kind { storage.kind }
  /// Observation dates, oldest first.
  public var days: [Day] { storage.days }
  /// Currencies this table declares it has no rate for, with the reason.
  public var unknown: [CurrencyCode: String] { storage.unknown }

  /// The number of observation dates.
  public var dayCount: Int { storage.days.count }

  /// The observation date at an index (0 is the oldest).
  public func day(at index: Int) -> Day { storage.days[index] }

  /// The first observation date.
  public var oldest: Day? { storage.days.first }
  /// The latest observation date.
  public var newest: Day? { storage.days.last }

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
    guard let column = storage.columnOf.index(of: code), index >= 0, index < storage.days.count else {
      return nil
    }
    let rate = storage.rates[index * storage.codes.count + column]
    return rate.isZero ? nil : rate
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
}
