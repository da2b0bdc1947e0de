/// A currency of ISO 4217, active or withdrawn, with the symbols people write for it.
///
/// A value type; its descriptive fields live in one shared immutable record, kept for the whole
/// run (see ``PermanentRecords``), so copying money around costs no reference counting at all.
/// Two currencies are equal when their codes are equal.
public struct Currency: Hashable, Sendable, CustomStringConvertible {
  /// The alphabetic code, such as `GBP`.
  public let code: CurrencyCode
  /// Digits after the decimal point of the minor unit (JPY 0, GBP 2, BHD 3); `nil` for the funds
  /// and metals ISO lists without one (XAU, XDR), and for withdrawn currencies.
  public let minorUnits: Int?
  private let details: RecordReference<Details>

  /// The descriptive fields.
  private struct Fields: Hashable, Sendable {
    let numericCode: String
    let name: String
    let symbol: String
    let distinctSymbol: String
    let alternateSymbols: [String]
    let withdrawn: YearMonth?
    let successor: CurrencyCode?

    /// Hashes the two short fields only (equal records are still compared in full): a one-shot
    /// run makes some 300 records, and hashing every string was a tenth of its start.
    func hash(into hasher: inout Hasher) {
      hasher.combine(numericCode)
      hasher.combine(name)
    }
  }

  /// The descriptive fields, shared by every copy.
  private final class Details: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  /// The most distinct currency records one run keeps: about 300 are built in, and each
  /// currency a user's file defines differently adds one.
  public static let recordLimit = 20_000

  /// Every distinct set of fields made in this run, each loaded once however many books are made.
  private static let records = PermanentRecords<Fields, Details>(
    limit: recordLimit, expected: 512,
    standIn: Details(
      Fields(
        numericCode: "", name: "(details not kept: this run already holds \(recordLimit) currency records)",
        symbol: "", distinctSymbol: "", alternateSymbols: [], withdrawn: nil, successor: nil)))

  /// Creates a currency record. Past ``recordLimit`` distinct records in one run, its code and
  /// minor units are kept but its name and symbols read as not kept (a file reader refuses such a
  /// currency instead, with an error).
  public init(
    code: CurrencyCode, numericCode: String, minorUnits: Int?, name: String, symbol: String = "",
    distinctSymbol: String = "", alternateSymbols: [String] = [], withdrawn: YearMonth? = nil,
    successor: CurrencyCode? = nil
  ) {
    self =
      Currency(
        keeping: code, numericCode: numericCode, minorUnits: minorUnits, name: name, symbol: symbol,
        distinctSymbol: distinctSymbol, alternateSymbols: alternateSymbols, withdrawn: withdrawn,
        successor: successor)
      ?? Currency(code: code, minorUnits: minorUnits, details: Currency.records.standIn)
  }

  /// Creates a currency record, or `nil` when the run already holds ``recordLimit`` records and
  /// this one would be new.
  init?(
    keeping code: CurrencyCode, numericCode: String, minorUnits: Int?, name: String, symbol: String,
    distinctSymbol: String, alternateSymbols: [String], withdrawn: YearMonth?, successor: CurrencyCode?
  ) {
    let fields = Fields(
      numericCode: numericCode, name: name, symbol: symbol, distinctSymbol: distinctSymbol,
      alternateSymbols: alternateSymbols, withdrawn: withdrawn, successor: successor)
    guard let details = Currency.records.reference(for: fields, make: { Details(fields) }) else { return nil }
    self.init(code: code, minorUnits: minorUnits, details: details)
  }

  private init(code: CurrencyCode, minorUnits: Int?, details: RecordReference<Details>) {
    self.code = code
    self.minorUnits = minorUnits
    self.details = details
  }

  /// The numeric code as ISO writes it, with leading zeros (`008`).
  public var numericCode: String { details.read { $0.fields.numericCode } }
  /// The ISO name, such as `Pound Sterling`.
  public var name: String { details.read { $0.fields.name } }
  /// The usual symbol (`£`, `$`, `¥`), or empty when none is known.
  public var symbol: String { details.read { $0.fields.symbol } }
  /// A symbol that tells this currency apart where `symbol` is shared (`C$`, `A$`), or empty.
  public var distinctSymbol: String { details.read { $0.fields.distinctSymbol } }
  /// Other symbols people write for it (`US$`, `CA$`).
  public var alternateSymbols: [String] { details.read { $0.fields.alternateSymbols } }
  /// When ISO withdrew it, or `nil` while it is active.
  public var withdrawn: YearMonth? { details.read { $0.fields.withdrawn } }
  /// The currency that replaced it, where ISO's lists make that clear (BGN → EUR).
  public var successor: CurrencyCode? { details.read { $0.fields.successor } }

  /// Whether the currency was withdrawn before the given day.
  public func isWithdrawn(on day: Day) -> Bool {
    guard let withdrawn else { return false }
    return day >= withdrawn.firstDay
  }

  /// The decimal places figures in this currency are shown with: its minor units, or 2 for a
  /// currency ISO lists without one.
  public var displayPlaces: Int { minorUnits ?? 2 }

  /// The code, such as `GBP`.
  public var description: String { code.description }

  /// Whether two currencies have the same code.
  public static func == (lhs: Currency, rhs: Currency) -> Bool { lhs.code == rhs.code }
  /// Hashes the code.
  public func hash(into hasher: inout Hasher) { hasher.combine(code) }
}

/// A calendar month, as ISO 4217 dates withdrawals (`2026-01`). A few old withdrawals are dated
/// by year only (`1990`); the month is then `nil`.
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year.
  public let year: Int
  /// The month, 1–12, or `nil` when only the year is known.
  public let month: Int?

  /// Parses `YYYY-MM` or `YYYY`; `nil` for anything else.
  public init?(_ text: some StringProtocol) {
    var bytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0)
    var count = 0
    for byte in text.utf8 {
      guard count < 7 else { return nil }
      withUnsafeMutableBytes(of: &bytes) { $0[count] = byte }
      count += 1
    }
    let byte = { (index: Int) in withUnsafeBytes(of: bytes) { $0[index] } }
    func digits(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = byte(index) &- UInt8(ascii: "0")
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
      }
      return value
    }
    guard count == 4 || (count == 7 && byte(4) == UInt8(ascii: "-")), let year = digits(0..<4) else {
      return nil
    }
    self.year = year
    if count == 7 {
      guard let month = digits(5..<7), (1...12).contains(month) else { return nil }
      self.month = month
    } else {
      self.month = nil
    }
  }

  /// The first day from which the currency counts as withdrawn: the first of the month, or for a
  /// year-only date the first day of the following year.
  public var firstDay: Day {
    guard let month else { return Day(unchecked: year + 1, 1, 1) }
    return Day(unchecked: year, month, 1)
  }

  /// `YYYY-MM`, or `YYYY`.
  public var description: String {
    guard let month else { return String(year) }
    return String(year) + "-" + (month < 10 ? "0" : "") + String(month)
  }

  /// Whether `lhs` is the earlier month.
  public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
    (lhs.year, lhs.month ?? 13) < (rhs.year, rhs.month ?? 13)
  }
}
