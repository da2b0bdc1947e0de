/// An exact amount of one currency.
///
/// Arithmetic between two currencies is an error, never a silent conversion: convert first with
/// an ``ExchangeBook``. The amount is kept unrounded; ``rounded(_:)`` gives the figure to show, to
/// the currency's minor unit.
public struct Money: Hashable, Sendable, CustomStringConvertible {
  /// The exact amount.
  public let amount: Amount
  /// Its currency.
  public let currency: Currency

  /// Creates money from an amount and a currency.
  public init(_ amount: Amount, _ currency: Currency) {
    self.amount = amount
    self.currency = currency
  }

  /// The sum of two amounts of the same currency.
  /// - Throws: ``MoneyError/currencyMismatch(_:_:)`` for two currencies; overflow as ``MoneyError/arithmetic(_:)``.
  public func adding(_ other: Money) throws(MoneyError) -> Money {
    guard currency == other.currency else { throw .currencyMismatch(currency.code, other.currency.code) }
    do { return Money(try amount.adding(other.amount), currency) } catch { throw .arithmetic(error) }
  }

  /// The difference of two amounts of the same currency.
  public func subtracting(_ other: Money) throws(MoneyError) -> Money {
    guard currency == other.currency else { throw .currencyMismatch(currency.code, other.currency.code) }
    do { return Money(try amount.subtracting(other.amount), currency) } catch { throw .arithmetic(error) }
  }

  /// The amount times a plain number (a rate, a count of days).
  public func multiplied(by factor: Amount) throws(MoneyError) -> Money {
    do { return Money(try amount.multiplied(by: factor), currency) } catch { throw .arithmetic(error) }
  }

  /// The amount divided by a plain number.
  public func divided(by divisor: Amount) throws(MoneyError) -> Money {
    do { return Money(try amount.divided(by: divisor), currency) } catch { throw .arithmetic(error) }
  }

  /// Whether two amounts of the same currency compare `self < other`.
  public func isLess(than other: Money) throws(MoneyError) -> Bool {
    guard currency == other.currency else { throw .currencyMismatch(currency.code, other.currency.code) }
    return amount < other.amount
  }

  /// The amount rounded to the currency's minor unit (GBP 2 places, JPY 0, BHD 3).
  public func rounded(_ mode: RoundingMode = .standard) -> Money {
    Money(amount.rounded(places: currency.displayPlaces, mode: mode), currency)
  }

  /// The exact amount and code, such as `87.105 GBP`.
  public var description: String { "\(amount) \(currency.code)" }
}

/// A money operation that cannot be done.
public enum MoneyError: Error, Equatable, Sendable {
  /// Two currencies met in one operation; convert one of them first.
  case currencyMismatch(CurrencyCode, CurrencyCode)
  /// The result overflowed, or a division by zero.
  case arithmetic(ArithmeticError)

  /// A one-line message for the user.
  public var message: String {
    switch self {
    case .currencyMismatch(let left, let right):
      "cannot combine \(left) and \(right) without converting one of them first"
    case .arithmetic(let error): error.message
    }
  }
}
