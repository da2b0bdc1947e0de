/// The outcome of converting money with exchange tables.
///
/// The converted amount is exact to 18 places and unrounded; round it when showing it
/// (``Money/rounded(_:)``). The rate is `to ÷ from` for display only: the conversion itself
/// computed `amount × rate(to) ÷ rate(from)`, dividing once.
public struct Conversion: Sendable {
  /// The money converted.
  public let original: Money
  /// The result, unrounded.
  public let converted: Money
  /// The date asked for, or `nil` for the latest rates.
  public let requestedDate: Day?
  /// The observation date actually used (the oldest leg's, when two tables were chained); `nil`
  /// when nothing was converted (same currency).
  public let observedOn: Day?
  /// The first (often only) table used; `nil` when nothing was converted.
  public let firstLeg: ConversionLeg?
  /// The second table, when the route goes through a pivot currency (GBP → USD → AED).
  public let secondLeg: ConversionLeg?
  /// Things the user should know, such as stale rates.
  public let warnings: [ExchangeWarning]

  /// Each table used, in order: none, one, or two when the route goes through a pivot currency.
  public var legs: [ConversionLeg] {
    guard let firstLeg else { return [] }
    guard let secondLeg else { return [firstLeg] }
    return [firstLeg, secondLeg]
  }

  /// Units of the target currency per unit of the original, to 18 places: the product of each
  /// leg's `toRate ÷ fromRate`. Shown to the user; never used to convert. `nil` only if it is too
  /// large to hold.
  public var rate: Amount? {
    guard let firstLeg else { return .one }
    guard let rate = try? Amount.product(.one, firstLeg.toRate, dividedBy: firstLeg.fromRate) else { return nil }
    guard let secondLeg else { return rate }
    return try? Amount.product(rate, secondLeg.toRate, dividedBy: secondLeg.fromRate)
  }
}

/// One step of a conversion: a table, the day used and the two rates read from it.
public struct ConversionLeg: Sendable, Equatable {
  /// The currency converted from in this step.
  public let from: CurrencyCode
  /// The currency converted to in this step.
  public let to: CurrencyCode
  /// The table's base.
  public let base: CurrencyCode
  /// Units of `from` per unit of the base (1 when `from` is the base).
  public let fromRate: Amount
  /// Units of `to` per unit of the base.
  public let toRate: Amount
  /// The observation date used.
  public let observedOn: Day
  /// Whether the rate is a fixed peg.
  public let isPeg: Bool
  /// Where the rate came from (in a layered table, the file of the `to` rate, or of the `from`
  /// rate when `to` is the base).
  public let source: TableSource
  /// Where the `from` rate came from, when that is another file than ``source``.
  public let otherSource: TableSource?

  /// Creates a leg.
  public init(
    from: CurrencyCode, to: CurrencyCode, base: CurrencyCode, fromRate: Amount, toRate: Amount, observedOn: Day,
    isPeg: Bool, source: TableSource, otherSource: TableSource? = nil
  ) {
    self.from = from
    self.to = to
    self.base = base
    self.fromRate = fromRate
    self.toRate = toRate
    self.observedOn = observedOn
    self.isPeg = isPeg
    self.source = source
    self.otherSource = otherSource
  }
}

/// Something about a conversion worth telling the user, which does not stop it.
public enum ExchangeWarning: Equatable, Sendable {
  /// The table's newest rates are older than the staleness limit.
  case stale(source: TableSource, newest: Day, ageInDays: Int)
  /// A date after the table's end was asked for; its newest rates were used.
  case afterTableEnd(source: TableSource, requested: Day, newest: Day)

  /// A one-line message for the user.
  public var message: String {
    switch self {
    case .stale(let source, let newest, let age):
      "the \(source.name) rates are \(ExchangeWarning.days(age)) old (newest \(newest)); run ratecalc rates update, or add a newer table with --rates"
    case .afterTableEnd(let source, let requested, let newest):
      "the \(source.name) table ends on \(newest), \(ExchangeWarning.days(newest.days(until: requested))) before \(requested); "
        + "its last rates were used"
    }
  }

  /// `1 day`, `8 days`.
  static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }
}

/// Why a conversion could not be done.
public enum ExchangeError: Error, Equatable, Sendable {
  /// A currency problem: withdrawn on the date, no minor unit.
  case currency(CurrencyError)
  /// No table has any rate for the currency.
  case noTable(CurrencyCode)
  /// A table declares the currency's rate unknown, with its reason.
  case rateUnknown(CurrencyCode, reason: String)
  /// The table has no quote for the currency on the day used (a gap, or not quoted yet or any more).
  case noRate(CurrencyCode, on: Day, source: TableSource, lastQuoted: Day?, nextQuoted: Day?)
  /// No observation on (exact mode) or before the requested date.
  case noObservation(requested: Day, source: TableSource, nearestBefore: Day?, nearestAfter: Day?, exact: Bool)
  /// The conversion overflowed.
  case arithmetic(ArithmeticError)

  /// The currency the tables do not reach, when the error is about one.
  public var currency: CurrencyCode? {
    switch self {
    case .noTable(let code), .rateUnknown(let code, _), .noRate(let code, _, _, _, _): code
    default: nil
    }
  }

  /// A one-line message for the user.
  public var message: String {
    switch self {
    case .currency(let error):
      return error.message
    case .noTable(let code):
      return "no exchange rate for \(code): no loaded table quotes it (add one with --rates)"
    case .rateUnknown(let code, let reason):
      return "the exchange rate for \(code) is unknown: \(reason)"
    case .noRate(let code, let day, let source, let last, let next):
      var text = "no \(source.name) rate for \(code) on \(day)"
      // A user's table is named by its file, since an ECB download is also "ECB".
      if !source.isBuiltIn { text += " in \(source.file)" }
      if let last { text += " (last quoted \(last))" } else if let next { text += " (first quoted \(next))" }
      return text
    case .noObservation(let requested, let source, let before, let after, let exact):
      if exact {
        var text = "no \(source.name) rates on \(requested) (\(requested.weekdayName))"
        let near = [before.map { "\($0) before" }, after.map { "\($0) after" }].compactMap { $0 }
        if !near.isEmpty { text += "; nearest: " + near.joined(separator: ", ") }
        return text
      }
      let start = after.map { ": the table starts on \($0)" } ?? ""
      return "no \(source.name) rates on or before \(requested)\(start)"
    case .arithmetic(let error):
      return error.message
    }
  }
}
