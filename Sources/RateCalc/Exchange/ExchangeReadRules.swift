/// What a user's exchange-rate file must satisfy beyond its format: currencies that exist, and
/// dates that are not in the future.
public struct ExchangeReadRules: Sendable {
  /// The currencies a header or row may name (ISO 4217, withdrawn ones included); `nil` accepts
  /// any three letters.
  public var currencies: CurrencyTable?
  /// The latest observation date accepted; `nil` for no limit.
  public var notAfter: Day?

  /// Creates rules; by default none.
  public init(currencies: CurrencyTable? = nil, notAfter: Day? = nil) {
    self.currencies = currencies
    self.notAfter = notAfter
  }

  /// The rules for a user's file read on `today`: ISO 4217 codes, and no date after tomorrow
  /// (the ECB dates its rates in Frankfurt, which can be a day ahead of the user's clock).
  public static func userFile(currencies: CurrencyTable, today: Day?) -> ExchangeReadRules {
    ExchangeReadRules(currencies: currencies, notAfter: today.map { $0.adding(days: 1) })
  }

  /// Why a code is refused, or `nil` when it is accepted.
  func problem(with code: CurrencyCode) -> String? {
    guard let currencies, currencies.currency(code) == nil else { return nil }
    return "\(code) is not an ISO 4217 currency code"
  }

  /// Why a date is refused, or `nil` when it is accepted.
  func problem(with day: Day) -> String? {
    guard let notAfter, day > notAfter else { return nil }
    return "the date \(day) is in the future (rates are dated at most \(notAfter))"
  }
}
