/// A value of a money expression: a plain number (or a percentage), money, a rate of money per
/// period, or a duration. Arithmetic between them follows the money: pounds add to pounds, a
/// rate times a duration is money, money divided by money of the same currency is a number, and
/// two currencies never meet without a conversion the user asked for.
public enum ExpressionValue: Sendable, Equatable {
  /// A number; `percent` when written with `%` (the amount is then the fraction, 15% is 0.15).
  case number(Amount, percent: Bool)
  /// Money.
  case money(Money)
  /// Money per period: `450 GBP/day`.
  case rate(Money, Period)
  /// A length of time: `220 days`, `6 months`.
  case duration(Amount, Period)

  /// What kind of value it is, in words, for errors: "money (GBP)".
  public var kind: String {
    switch self {
    case .number(_, let percent): percent ? "a percentage" : "a number"
    case .money(let money): "money (\(money.currency.code))"
    case .rate(let money, let period): "a rate (\(money.currency.code)/\(period.rawValue))"
    case .duration(_, let period): "a duration (\(period.rawValue)s)"
    }
  }
}

/// Why an expression cannot be evaluated, and which operand is at fault.
public struct ExpressionError: Error, Equatable, Sendable {
  /// Which part of the expression the error is about.
  public enum Part: Sendable, Equatable {
    /// The operator.
    case operation
    /// The left operand.
    case left
    /// The right operand.
    case right
  }

  /// A one-line message for the user.
  public let message: String
  /// The part at fault.
  public let part: Part

  /// An error about a part.
  public init(_ message: String, _ part: Part = .operation) {
    self.message = message
    self.part = part
  }
}

/// How periods were changed to evaluate an operation: `6 months = 130 days` on a basis.
public struct PeriodChange: Sendable, Equatable {
  /// The duration as written.
  public let from: (Amount, Period)
  /// The same duration in the other period.
  public let to: (Amount, Period)
  /// The basis used (its name says the hours and days).
  public let basis: String

  /// Whether two changes are the same.
  public static func == (lhs: PeriodChange, rhs: PeriodChange) -> Bool {
    lhs.from == rhs.from && lhs.to == rhs.to && lhs.basis == rhs.basis
  }
}
