/// How a conversion picks its observation date.
public enum DatePolicy: String, Sendable {
  /// The latest observation on or before the requested date (Saturday uses Friday). The default.
  case onOrBefore = "on-or-before"
  /// Only an observation on exactly the requested date.
  case exact
}

/// Options for one conversion.
public struct ConversionOptions: Sendable {
  /// The date whose rates to use; `nil` for the newest rates.
  public var date: Day?
  /// Whether the date may fall back to an earlier observation.
  public var policy: DatePolicy
  /// Today, for the staleness check; `nil` to skip it.
  public var today: Day?
  /// Rates older than this many days (measured from `today`) are reported as stale.
  public var staleAfterDays: Int

  /// Creates options; by default the newest rates, falling back on or before a date, stale after 7 days.
  public init(date: Day? = nil, policy: DatePolicy = .onOrBefore, today: Day? = nil, staleAfterDays: Int = 7) {
    self.date = date
    self.policy = policy
    self.today = today
    self.staleAfterDays = staleAfterDays
  }
}

/// Converts money with a set of exchange tables: the conversion service.
///
/// Tables are tried in order, so put the user's own before the built-in ones. A conversion uses
/// one table that has both currencies, or else two tables joined by a currency both have (GBP →
/// USD by the ECB, then USD → AED by the peg). It never stores or rounds a cross rate.
public struct ExchangeBook: Sendable {
  /// The tables, highest priority first.
  public let tables: [ExchangeTable]
  /// The currencies, for withdrawal dates.
  public let currencies: CurrencyTable

  /// Creates a book.
  public init(tables: [ExchangeTable], currencies: CurrencyTable) {
    self.tables = tables
    self.currencies = currencies
  }

  /// Converts money to another currency.
  /// - Throws: ``ExchangeError`` naming the currency, date or table that stopped it.
  public func convert(
    _ money: Money, to target: Currency, options: ConversionOptions = ConversionOptions()
  ) throws(ExchangeError) -> Conversion {
    try checkMinorUnits(money.currency)
    try checkMinorUnits(target)
    if money.currency == target {
      return Conversion(
        original: money, converted: money, requestedDate: options.date, observedOn: nil,
        firstLeg: nil, secondLeg: nil, warnings: [])
    }
    let (first, second) = try route(from: money.currency.code, to: target.code)
    var warnings: [ExchangeWarning] = []
    let firstLeg = try leg(first, options: options, warnings: &warnings)
    var secondLeg: ConversionLeg? = nil
    if let second { secondLeg = try leg(second, options: options, warnings: &warnings) }
    var amount: Amount
    do {
      amount = try Amount.product(money.amount, firstLeg.toRate, dividedBy: firstLeg.fromRate)
      if let secondLeg {
        amount = try Amount.product(amount, secondLeg.toRate, dividedBy: secondLeg.fromRate)
      }
    } catch {
      throw .arithmetic(error)
    }
    let observedOn = min(firstLeg.observedOn, secondLeg?.observedOn ?? firstLeg.observedOn)
    if money.currency.withdrawn != nil || target.withdrawn != nil {
      try checkWithdrawal(of: [money.currency.code, target.code], on: observedOn)
    }
    return Conversion(
      original: money, converted: Money(amount, target), requestedDate: options.date,
      observedOn: observedOn, firstLeg: firstLeg, secondLeg: secondLeg, warnings: warnings)
  }

  private func checkMinorUnits(_ currency: Currency) throws(ExchangeError) {
    if currency.minorUnits == nil && currency.withdrawn == nil {
      throw .currency(.noMinorUnit(currency.code))
    }
  }

  /// One table (its place in ``tables``, so a route holds no reference) and the two currencies
  /// read from it.
  struct Step {
    let table: Int
    let from: CurrencyCode
    let to: CurrencyCode
  }

  /// The tables to use: one that has both currencies, or two joined by a shared currency.
  func route(from: CurrencyCode, to: CurrencyCode) throws(ExchangeError) -> (Step, Step?) {
    for index in tables.indices where tables[index].mentions(from) && tables[index].mentions(to) {
      return (Step(table: index, from: from, to: to), nil)
    }
    for first in tables.indices where tables[first].mentions(from) {
      for second in tables.indices where tables[second].mentions(to) {
        for pivot in [tables[first].base, tables[second].base] where pivot != from && pivot != to {
          if tables[first].quotes(pivot) && tables[second].quotes(pivot) {
            return (Step(table: first, from: from, to: pivot), Step(table: second, from: pivot, to: to))
          }
        }
      }
    }
    let missing = tables.contains { $0.mentions(from) } ? to : from
    throw .noTable(missing)
  }

  /// Reads the two rates of a step on the chosen date, and adds what to warn about its table.
  func leg(_ step: Step, options: ConversionOptions, warnings: inout [ExchangeWarning]) throws(ExchangeError)
    -> ConversionLeg
  {
    // Passed on borrowed rather than held in a local: about 3 ns a conversion less here (the
    // array element is still counted once; Swift 6.3 has no way to borrow it without that).
    try leg(step, in: tables[step.table], options: options, warnings: &warnings)
  }

  private func leg(
    _ step: Step, in table: borrowing ExchangeTable, options: ConversionOptions, warnings: inout [ExchangeWarning]
  ) throws(ExchangeError) -> ConversionLeg {
    if !table.unknown.isEmpty {
      if let reason = table.unknown[step.from] { throw .rateUnknown(step.from, reason: reason) }
      if let reason = table.unknown[step.to] { throw .rateUnknown(step.to, reason: reason) }
    }
    let index = try observationIndex(in: table, options: options)
    let day = table.day(at: index)
    // A table from one file (any but a layered one) names that file for every rate: both rates
    // are read at once, and only a missing one goes the long way, to say why.
    if !table.isLayered, let rates = table.rates(step.from, step.to, at: index) {
      addWarnings(for: table, options: options, to: &warnings)
      return ConversionLeg(
        from: step.from, to: step.to, base: table.base, fromRate: rates.from, toRate: rates.to, observedOn: day,
        isPeg: table.kind == .peg, source: table.source)
    }
    guard let from = table.quote(step.from, at: index) else {
      try checkWithdrawal(of: [step.from], on: day)
      throw .noRate(
        step.from, on: options.date ?? day, source: table.wholeSource,
        lastQuoted: table.lastQuoted(step.from, before: index),
        nextQuoted: table.nextQuoted(step.from, after: index))
    }
    guard let to = table.quote(step.to, at: index) else {
      try checkWithdrawal(of: [step.to], on: day)
      throw .noRate(
        step.to, on: options.date ?? day, source: table.wholeSource,
        lastQuoted: table.lastQuoted(step.to, before: index),
        nextQuoted: table.nextQuoted(step.to, after: index))
    }
    // In a layered table each rate names its own file; a leg names the file of its rate (the
    // quoted currency's, or the one rate that is not the base).
    let source = to.origin ?? from.origin ?? table.source
    addWarnings(for: table, options: options, to: &warnings)
    return ConversionLeg(
      from: step.from, to: step.to, base: table.base, fromRate: from.rate, toRate: to.rate, observedOn: day,
      isPeg: table.kind == .peg, source: source, otherSource: from.origin.flatMap { $0 != source ? $0 : nil })
  }

  private func observationIndex(in table: borrowing ExchangeTable, options: ConversionOptions) throws(ExchangeError)
    -> Int
  {
    let count = table.dayCount
    guard count > 0 else {
      throw .noObservation(
        requested: options.date ?? Day(ordinal: 0), source: table.source, nearestBefore: nil, nearestAfter: nil,
        exact: false)
    }
    guard let date = options.date else { return count - 1 }
    let index = table.index(onOrBefore: date)
    if options.policy == .exact && table.kind == .observed {
      if let index, table.day(at: index) == date { return index }
      let after = index.map { $0 + 1 } ?? 0
      throw .noObservation(
        requested: date, source: table.source, nearestBefore: index.map { table.day(at: $0) },
        nearestAfter: after < count ? table.day(at: after) : nil, exact: true)
    }
    guard let index else {
      throw .noObservation(
        requested: date, source: table.source, nearestBefore: nil, nearestAfter: table.oldest, exact: false)
    }
    return index
  }

  private func checkWithdrawal(of codes: [CurrencyCode], on day: Day) throws(ExchangeError) {
    for code in codes {
      guard let currency = currencies.currency(code), let withdrawn = currency.withdrawn else { continue }
      if currency.isWithdrawn(on: day) {
        throw .currency(.withdrawn(code, since: withdrawn, successor: currency.successor))
      }
    }
  }

  private func addWarnings(
    for table: borrowing ExchangeTable, options: ConversionOptions, to warnings: inout [ExchangeWarning]
  ) {
    guard table.kind == .observed, let newest = table.newest else { return }
    if let requested = options.date, requested > newest {
      warnings.append(.afterTableEnd(source: table.source, requested: requested, newest: newest))
    } else if options.date == nil, let today = options.today, newest.days(until: today) > options.staleAfterDays {
      warnings.append(.stale(source: table.source, newest: newest, ageInDays: newest.days(until: today)))
    }
  }
}
