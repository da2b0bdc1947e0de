/// Writes money as people read it: symbol, thousands separators, the currency's minor units.
///
/// `£55,000.00`, `$73,815.16`, `¥15,983,396`, `-€12.50`; a currency without a usable symbol is
/// written with its code: `AED 240,000.00`. Rounding happens here, once, in the given mode.
public struct MoneyFormat: Sendable {
  /// The currencies, for their symbols.
  public let currencies: CurrencyTable
  /// How the shown figure is rounded.
  public var rounding: RoundingMode
  /// Whether to write thousands separators.
  public var grouping: Bool

  /// Creates a format.
  public init(currencies: CurrencyTable, rounding: RoundingMode = .standard, grouping: Bool = true) {
    self.currencies = currencies
    self.rounding = rounding
    self.grouping = grouping
  }

  /// The money as text, rounded to its minor unit.
  public func string(_ money: Money) -> String {
    string(money.amount, in: money.currency, places: money.currency.displayPlaces)
  }

  /// An amount in a currency with a chosen number of places (rates per hour may want more).
  public func string(_ amount: Amount, in currency: Currency, places: Int) -> String {
    let places = min(max(places, 0), Amount.fractionDigits)
    let rounded = amount.rounded(places: places, mode: rounding)
    let (whole, fraction) = Amount.split(rounded.units.magnitude)
    let kept = fraction / UInt64(truncatingIfNeeded: Amount.powerOfTen(Amount.fractionDigits - places))
    let prefix = currencies.displaySymbol(for: currency) ?? currency.code.description + " "
    return Amount.written(
      whole: whole, fraction: kept, places: places, grouping: grouping, negative: rounded.isNegative, prefix: prefix)
  }
}
