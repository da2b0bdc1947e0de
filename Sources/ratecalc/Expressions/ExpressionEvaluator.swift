import RateCalc

/// Evaluates an expression against the session: currencies resolved, variables and commands in
/// parentheses looked up, every operation done exactly by the library's rules, each step kept
/// for `explain`, and how periods were changed noted.
struct ExpressionEvaluator {
  var context: Context
  /// The steps, for `explain`.
  private(set) var breakdown = Breakdown()
  /// Conversions made, for the provenance line.
  private(set) var conversions: [Conversion] = []

  init(context: Context) {
    self.context = context
  }

  mutating func evaluate(_ node: ExpressionNode) throws(CommandFailure) -> ExpressionValue {
    switch node {
    case .amount(let value, let currency, let span):
      guard let currency else { return .number(value, percent: false) }
      let token = Token(text: currency, position: span.position, length: span.length, quoted: false)
      return .money(Money(value, try context.resolve(currency, at: token)))
    case .duration(let value, let period, _):
      return .duration(value, period)
    case .percent(let inner, let span):
      guard case .number(let value, _) = try evaluate(inner) else {
        throw ExpressionEvaluator.error("% goes after a number, such as 15%", span)
      }
      return .number(
        try ExpressionEvaluator.exact(span) { () throws(ArithmeticError) in try value.divided(by: Amount(100)) },
        percent: true)
    case .variable(let name, let span):
      let quantity = try context.value(of: name, at: ExpressionEvaluator.token(name, span))
      return quantity.period.map { .rate(quantity.money, $0) } ?? .money(quantity.money)
    case .command(let line, let span):
      return try command(line, span)
    case .negate(let inner, _):
      return try evaluate(inner).negated
    case .binary(let operation, let left, let right, let span):
      return try binary(operation, left, right, span)
    case .convert(let inner, let targets, let span):
      return try convert(try evaluate(inner), targets, span)
    }
  }

  private mutating func binary(
    _ operation: ExpressionValue.Operation, _ left: ExpressionNode, _ right: ExpressionNode,
    _ span: ExpressionNode.Span
  ) throws(CommandFailure) -> ExpressionValue {
    let a = try evaluate(left)
    let b = try evaluate(right)
    let basis = try basis(for: a, b)
    do {
      let (value, change) = try a.applying(operation, b, basis: basis)
      if let change { breakdown.note(ExpressionEvaluator.words(change)) }
      breakdown.add(
        "\(describe(a)) \(operation.rawValue) \(describe(b))", ExpressionEvaluator.rule(operation, a, b),
        breakdownValue(value))
      return value
    } catch {
      let at =
        switch error.part {
        case .operation: span
        case .left: left.span
        case .right: right.span
        }
      throw ExpressionEvaluator.error(error.message, at)
    }
  }

  /// The basis for changing periods: only looked up when two periods meet.
  private func basis(for a: ExpressionValue, _ b: ExpressionValue) throws(CommandFailure) -> PeriodBasis {
    switch (a, b) {
    case (.rate, .duration), (.duration, .rate), (.duration, .duration), (.rate, .rate):
      return try context.basis(context.settings, country: context.settings.country)
    default:
      do { return try PeriodBasis.standard() } catch { throw .calculation(error.message) }
    }
  }

  /// A command's figure: its value as `ans` would take it.
  private mutating func command(_ line: String, _ span: ExpressionNode.Span) throws(CommandFailure)
    -> ExpressionValue
  {
    let parsed: ParsedCommand
    do { parsed = try Parser.parse(line) } catch { throw .syntax(error) }
    // The expression's own options (`--country GB` outside the parentheses) hold inside too.
    var session = context.session
    session.settings = context.settings
    var executor = Executor(book: context.book, session: session, today: context.today)
    let outcome = try executor.run(parsed)
    for note in outcome.warnings { breakdown.note(note, kind: .warning) }
    guard let value = outcome.value else {
      throw ExpressionEvaluator.error("that command gives no single figure to compute with", span)
    }
    return value.period.map { .rate(value.money, $0) } ?? .money(value.money)
  }

  /// `x to USD`, `x in GBP/hour`, `x in days`.
  private mutating func convert(_ value: ExpressionValue, _ targets: [TargetTerm], _ span: ExpressionNode.Span)
    throws(CommandFailure) -> ExpressionValue
  {
    guard targets.count == 1, let target = targets.first else {
      throw ExpressionEvaluator.error("an expression converts to one currency or period at a time", span)
    }
    switch value {
    case .number:
      throw .at(target.token, "a plain number has no currency or period to convert")
    case .duration(let length, let unit):
      guard target.currency == nil, let period = target.period else {
        throw .at(target.token, "a duration converts to another period, such as: in days")
      }
      let basis = try context.basis(context.settings, country: context.settings.country)
      do {
        let (count, change) = try ExpressionValue.duration(length, unit, in: period, basis: basis)
        if let change { breakdown.note(ExpressionEvaluator.words(change)) }
        return .duration(count, period)
      } catch {
        throw ExpressionEvaluator.error(error.message, span)
      }
    case .money(let money):
      guard target.period == nil else {
        throw .at(target.token, "money has no period: divide it by a duration first, such as (… / 220 days)")
      }
      return .money(try exchange(money, target))
    case .rate(let money, let period):
      var converted = try exchange(money, target)
      guard let wanted = target.period, wanted != period else { return .rate(converted, period) }
      let basis = try context.basis(context.settings, country: context.settings.country)
      do { converted = Money(try basis.convert(converted.amount, from: period, to: wanted), converted.currency) } catch
      {
        throw .calculation(error.message)
      }
      breakdown.note("periods converted on \(basis.name)", kind: .detail)
      return .rate(converted, wanted)
    }
  }

  /// Money in the target's currency, at the rates the options ask for.
  private mutating func exchange(_ money: Money, _ target: TargetTerm) throws(CommandFailure) -> Money {
    guard let code = target.currency else { return money }
    let currency = try context.resolve(code, at: target.token)
    guard currency != money.currency else { return money }
    do {
      let conversion = try context.book.convert(money, to: currency, options: context.exchangeOptions)
      conversions.append(conversion)
      for leg in conversion.legs {
        breakdown.use(
          .init(
            description: "1 \(leg.base) = \(leg.fromRate) \(leg.from), \(leg.toRate) \(leg.to)", origin: nil,
            source: leg.source.name, date: leg.observedOn.description))
      }
      for warning in conversion.warnings { breakdown.note(warning.message, kind: .warning) }
      return conversion.converted
    } catch {
      throw context.exchangeFailure(error, target: target.token)
    }
  }
}

extension ExpressionEvaluator {
  fileprivate static func error(_ message: String, _ span: ExpressionNode.Span) -> CommandFailure {
    .syntax(SyntaxError(message, position: span.position, length: span.length))
  }

  fileprivate static func token(_ text: String, _ span: ExpressionNode.Span) -> Token {
    Token(text: text, position: span.position, length: span.length, quoted: false)
  }

  fileprivate static func exact(_ span: ExpressionNode.Span, _ body: () throws(ArithmeticError) -> Amount)
    throws(CommandFailure) -> Amount
  {
    do { return try body() } catch { throw ExpressionEvaluator.error(error.message, span) }
  }

  /// "6 months = 130 days (8 h/day, 260 days/yr)".
  static func words(_ change: PeriodChange) -> String {
    "\(change.from.0) \(change.from.1.rawValue)s = \(change.to.0.rounded(places: 6, mode: .halfUp)) \(change.to.1.rawValue)s (\(change.basis))"
  }

  /// How an operation's result is reckoned, in words.
  fileprivate static func rule(_ operation: ExpressionValue.Operation, _ a: ExpressionValue, _ b: ExpressionValue)
    -> String
  {
    switch (operation, a, b) {
    case (.add, _, .number(_, true)), (.subtract, _, .number(_, true)): "a percentage of it"
    case (.multiply, .rate, .duration), (.multiply, .duration, .rate): "rate × duration"
    case (.divide, .money, .duration): "money ÷ duration: a rate"
    case (.divide, .money, .rate): "money ÷ rate: a duration"
    case (.divide, .money, .money): "money ÷ money: a number"
    default: "exact"
    }
  }

  /// A value in a few words for a step's label, as the result would show it.
  fileprivate func describe(_ value: ExpressionValue) -> String {
    let render = Render(
      currencies: context.book.currencies, rounding: context.settings.round, style: Style(enabled: false))
    return ExpressionOutput.shown(value, render)
  }

  fileprivate func breakdownValue(_ value: ExpressionValue) -> Breakdown.Value {
    switch value {
    case .number(let n, let percent): percent ? .percent(n) : .number(n)
    case .money(let money): .money(money)
    case .rate(let money, let period): .rate(money, period)
    case .duration(let n, let period):
      period == .day ? .days(n) : period == .hour ? .hours(n) : .text("\(n) \(period.rawValue)s")
    }
  }
}
