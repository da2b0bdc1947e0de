/// The operations of money expressions, exact, each with the rule that makes it meaningful.
extension ExpressionValue {
  /// An operation between two values.
  public enum Operation: String, Sendable {
    /// `+`.
    case add = "+"
    /// `-`.
    case subtract = "-"
    /// `*`.
    case multiply = "*"
    /// `/`.
    case divide = "/"
  }

  /// `self op other`; `basis` turns durations and rates between periods when they differ, and
  /// the change made is returned so it can be shown.
  public func applying(_ operation: Operation, _ other: ExpressionValue, basis: PeriodBasis)
    throws(ExpressionError) -> (value: ExpressionValue, change: PeriodChange?)
  {
    switch operation {
    case .add, .subtract: return (try sum(other, negate: operation == .subtract), nil)
    case .multiply: return try product(other, basis: basis)
    case .divide: return try quotient(other, basis: basis)
    }
  }

  /// `-self`.
  public var negated: ExpressionValue {
    switch self {
    case .number(let value, let percent): .number(value.negated, percent: percent)
    case .money(let money): .money(Money(money.amount.negated, money.currency))
    case .rate(let money, let period): .rate(Money(money.amount.negated, money.currency), period)
    case .duration(let value, let period): .duration(value.negated, period)
    }
  }

  // MARK: - + and −

  private func sum(_ other: ExpressionValue, negate: Bool) throws(ExpressionError) -> ExpressionValue {
    let verb = negate ? "subtract" : "add"
    func combine(_ a: Amount, _ b: Amount) throws(ExpressionError) -> Amount {
      do { return negate ? try a.subtracting(b) : try a.adding(b) } catch { throw ExpressionError(error.message) }
    }
    switch (self, other) {
    case (.number(let a, let ap), .number(let b, let bp)):
      return .number(try combine(a, b), percent: ap && bp)
    case (.money(let a), .money(let b)):
      try ExpressionValue.sameCurrency(a.currency, b.currency, verb: verb)
      return .money(Money(try combine(a.amount, b.amount), a.currency))
    case (.rate(let a, let ap), .rate(let b, let bp)):
      try ExpressionValue.sameCurrency(a.currency, b.currency, verb: verb)
      guard ap == bp else {
        throw ExpressionError(
          "cannot \(verb) a rate per \(bp.rawValue) and one per \(ap.rawValue): convert one first, such as (… to \(a.currency.code)/\(ap.rawValue))"
        )
      }
      return .rate(Money(try combine(a.amount, b.amount), a.currency), ap)
    case (.duration(let a, let ap), .duration(let b, let bp)):
      guard ap == bp else {
        throw ExpressionError(
          "cannot \(verb) \(bp.rawValue)s and \(ap.rawValue)s: convert one first (… in \(ap.rawValue)s)")
      }
      return .duration(try combine(a, b), ap)
    case (.money, .number(let p, true)), (.rate, .number(let p, true)), (.duration, .number(let p, true)):
      // `+ 20%` adds a fifth; `- 20%` takes one away.
      let factor: Amount
      do { factor = negate ? try Amount.one.subtracting(p) : try Amount.one.adding(p) } catch {
        throw ExpressionError(error.message)
      }
      return try scaled(by: factor)
    default:
      throw ExpressionError("cannot \(verb) \(other.kind) \(negate ? "from" : "and") \(kind)")
    }
  }

  private static func sameCurrency(_ a: Currency, _ b: Currency, verb: String) throws(ExpressionError) {
    guard a != b else { return }
    throw ExpressionError(
      "cannot \(verb) \(b.code) and \(a.code) without converting one first: write (… to \(a.code))")
  }

  // MARK: - × and ÷

  /// The value times a number.
  func scaled(by factor: Amount) throws(ExpressionError) -> ExpressionValue {
    func times(_ a: Amount) throws(ExpressionError) -> Amount {
      do { return try a.multiplied(by: factor) } catch { throw ExpressionError(error.message) }
    }
    switch self {
    case .number(let value, let percent): return .number(try times(value), percent: percent)
    case .money(let money): return .money(Money(try times(money.amount), money.currency))
    case .rate(let money, let period): return .rate(Money(try times(money.amount), money.currency), period)
    case .duration(let value, let period): return .duration(try times(value), period)
    }
  }

  private func product(_ other: ExpressionValue, basis: PeriodBasis) throws(ExpressionError)
    -> (value: ExpressionValue, change: PeriodChange?)
  {
    switch (self, other) {
    case (.number(let n, _), _): return (try other.scaled(by: n), nil)
    case (_, .number(let n, _)): return (try scaled(by: n), nil)
    case (.rate(let money, let ratePeriod), .duration(let length, let unit)),
      (.duration(let length, let unit), .rate(let money, let ratePeriod)):
      let (count, change) = try ExpressionValue.duration(length, unit, in: ratePeriod, basis: basis)
      do { return (.money(Money(try money.amount.multiplied(by: count), money.currency)), change) } catch {
        throw ExpressionError(error.message)
      }
    default:
      throw ExpressionError("cannot multiply \(kind) by \(other.kind)")
    }
  }

  private func quotient(_ other: ExpressionValue, basis: PeriodBasis) throws(ExpressionError)
    -> (value: ExpressionValue, change: PeriodChange?)
  {
    func divide(_ a: Amount, _ b: Amount) throws(ExpressionError) -> Amount {
      guard !b.isZero else { throw ExpressionError("division by zero", .right) }
      do { return try a.divided(by: b) } catch { throw ExpressionError(error.message) }
    }
    switch (self, other) {
    case (_, .number(let n, _)):
      guard !n.isZero else { throw ExpressionError("division by zero", .right) }
      return (try dividedBy(n), nil)
    case (.money(let a), .money(let b)):
      try ExpressionValue.sameCurrency(a.currency, b.currency, verb: "divide")
      return (.number(try divide(a.amount, b.amount), percent: false), nil)
    case (.rate(let a, let ap), .rate(let b, let bp)) where ap == bp:
      try ExpressionValue.sameCurrency(a.currency, b.currency, verb: "divide")
      return (.number(try divide(a.amount, b.amount), percent: false), nil)
    case (.duration(let a, let ap), .duration(let b, let bp)):
      let (count, change) = try ExpressionValue.duration(b, bp, in: ap, basis: basis)
      return (.number(try divide(a, count), percent: false), change)
    case (.money(let money), .duration(let length, let unit)):
      // 99,000 GBP / 220 days = 450 GBP/day.
      return (.rate(Money(try divide(money.amount, length), money.currency), unit), nil)
    case (.money(let money), .rate(let rate, let period)):
      // 120,000 EUR / (600 EUR/day) = 200 days.
      try ExpressionValue.sameCurrency(money.currency, rate.currency, verb: "divide")
      return (.duration(try divide(money.amount, rate.amount), period), nil)
    default:
      throw ExpressionError("cannot divide \(kind) by \(other.kind)")
    }
  }

  private func dividedBy(_ n: Amount) throws(ExpressionError) -> ExpressionValue {
    func over(_ a: Amount) throws(ExpressionError) -> Amount {
      do { return try a.divided(by: n) } catch { throw ExpressionError(error.message) }
    }
    switch self {
    case .number(let value, let percent): return .number(try over(value), percent: percent)
    case .money(let money): return .money(Money(try over(money.amount), money.currency))
    case .rate(let money, let period): return .rate(Money(try over(money.amount), money.currency), period)
    case .duration(let value, let period): return .duration(try over(value), period)
    }
  }

  /// A duration counted in another period on a basis (6 months in days on 260 days a year).
  public static func duration(_ length: Amount, _ unit: Period, in target: Period, basis: PeriodBasis)
    throws(ExpressionError) -> (Amount, PeriodChange?)
  {
    guard unit != target else { return (length, nil) }
    let count: Amount
    do { count = try basis.convert(length, from: target, to: unit) } catch { throw ExpressionError(error.message) }
    return (count, PeriodChange(from: (length, unit), to: (count, target), basis: basis.name))
  }
}
