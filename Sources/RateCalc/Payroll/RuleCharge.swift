/// One rule's base and charge in one pay period, by its accrual class.
struct RuleCharge {
  let rule: Contribution
  /// The period's place in the contribution year, 1–12.
  let index: Int
  /// The share of the month paid.
  let fraction: Amount
  /// The period's pay.
  let pay: Amount

  /// An annual figure of the rule: the figure × its periods a year.
  func annual(_ figure: Amount) throws(CalculationError) -> Amount {
    try Exact.multiply(figure, Amount(rule.figurePeriod.perYear))
  }

  /// This period's share of a figure (annual ÷ 12, exactly, times the fraction paid).
  func perPeriod(_ figure: Amount) throws(CalculationError) -> Amount {
    try Exact.multiply(try PayrollEngine.share(try annual(figure), index: index), fraction)
  }

  /// The part of a running total between a floor and an optional cap.
  static func band(_ total: Amount, floor: Amount, cap: Amount?) -> Amount {
    var clamped = max(total, floor)
    if let cap { clamped = min(clamped, cap) }
    return (try? clamped.subtracting(floor)) ?? .zero
  }

  /// Updates the rule's running totals and returns the period's base and charge.
  func apply(to state: inout RuleState) throws(CalculationError) -> (base: Amount, amount: Amount) {
    let payBefore = state.pay
    state.pay = try Exact.add(state.pay, pay)
    if rule.accrual == .reduction { return (pay, try reduction(&state)) }
    let floor = rule.floor?.value ?? .zero
    let cap = rule.cap?.value
    var base: Amount
    switch rule.accrual {
    case .period, .service, .reduction:
      base = try periodBase(floor: floor, cap: cap)
    case .yearToDate:
      let annualCap = try cap.map { (c) throws(CalculationError) in try annual(c) }
      let annualFloor = try annual(floor)
      base = try Exact.subtract(
        RuleCharge.band(state.pay, floor: annualFloor, cap: annualCap),
        RuleCharge.band(payBefore, floor: annualFloor, cap: annualCap))
    case .yearToDateAfterExemption:
      let exemption = try perPeriod(floor)
      let net = max(try Exact.subtract(pay, exemption), .zero)
      let limit = try cap.map { (c) throws(CalculationError) in try Exact.subtract(try annual(c), try annual(floor)) }
      let before = state.net
      state.net = try Exact.add(state.net, net)
      base = try Exact.subtract(
        RuleCharge.band(state.net, floor: .zero, cap: limit), RuleCharge.band(before, floor: .zero, cap: limit))
    case .quarter:
      let quarter = (index - 1) / 3
      if state.quarter != quarter {
        state.quarter = quarter
        state.quarterPay = .zero
      }
      let before = state.quarterPay
      state.quarterPay = try Exact.add(state.quarterPay, pay)
      let quarterCap = try cap.map { (c) throws(CalculationError) in
        try Exact.divide(try annual(c), Amount(4))
      }
      let quarterFloor = try Exact.divide(try annual(floor), Amount(4))
      base = try Exact.subtract(
        RuleCharge.band(state.quarterPay, floor: quarterFloor, cap: quarterCap),
        RuleCharge.band(before, floor: quarterFloor, cap: quarterCap))
    case .prorata:
      state.floors = try Exact.add(state.floors, try perPeriod(floor))
      if let cap, let sum = state.caps {
        state.caps = try Exact.add(sum, try perPeriod(cap))
      } else {
        state.caps = nil
      }
      let cumulative = RuleCharge.band(state.pay, floor: state.floors, cap: state.caps)
      base = try Exact.subtract(cumulative, state.base)
    }
    let before = state.base
    state.base = try Exact.add(state.base, base)
    var amount = Amount.zero
    if let rate = rule.ratePercent?.value {
      amount = try Exact.subtract(
        try Exact.scale(state.base, by: rate, over: rule.rateDivisor),
        try Exact.scale(before, by: rate, over: rule.rateDivisor))
    }
    if let fixed = rule.fixed { amount = try Exact.add(amount, try perPeriod(fixed)) }
    return (base, amount)
  }

  /// The base of a rule applied to each period on its own: trigger, minimum, floor and cap.
  func periodBase(floor: Amount, cap: Amount?) throws(CalculationError) -> Amount {
    var base = pay
    if let trigger = rule.trigger?.value, pay < (try perPeriod(trigger)) { return .zero }
    if base > .zero, let minimum = rule.minimum?.value { base = max(base, try perPeriod(minimum)) }
    let periodFloor = try perPeriod(floor)
    let periodCap = try cap.map { (c) throws(CalculationError) in try perPeriod(c) }
    return RuleCharge.band(base, floor: periodFloor, cap: periodCap)
  }

  /// France's reduction: the change in `coefficient × cumulative pay`, as a negative charge.
  func reduction(_ state: inout RuleState) throws(CalculationError) -> Amount {
    guard let formula = rule.reduction else { return .zero }
    let yearly = try Exact.multiply(formula.hourlyMinimumWage, Amount(1820))
    let monthly = try Exact.multiply(try PayrollEngine.share(yearly, index: index), fraction)
    state.minimumWage = try Exact.add(state.minimumWage, monthly)
    let coefficient = try formula.coefficient(pay: state.pay, minimumWage: state.minimumWage)
    let total = try Exact.multiply(state.pay, coefficient)
    let change = try Exact.subtract(total, state.reduction)
    state.reduction = total
    return try Exact.subtract(.zero, change)
  }

  /// Whether a year-to-date cap has now been reached.
  /// - Throws: ``CalculationError`` when the annual cap cannot be held (never read as "not reached").
  static func reachedCap(_ rule: Contribution, _ state: RuleState) throws(CalculationError) -> Bool {
    guard let cap = rule.cap?.value else { return false }
    let perYear = Amount(rule.figurePeriod.perYear)
    switch rule.accrual {
    case .yearToDate:
      return state.pay >= (try Exact.multiply(cap, perYear))
    case .yearToDateAfterExemption:
      let floor = rule.floor?.value ?? .zero
      let limit = try Exact.subtract(try Exact.multiply(cap, perYear), try Exact.multiply(floor, perYear))
      return state.net >= limit
    default:
      return false
    }
  }

  /// Whether the quarter's cap has been reached (reported once a quarter by the caller).
  /// - Throws: ``CalculationError`` when the quarter's cap cannot be held.
  static func quarterCapReached(_ rule: Contribution, _ state: RuleState) throws(CalculationError) -> Bool {
    guard rule.accrual == .quarter, let cap = rule.cap?.value, state.quarter >= 0 else { return false }
    let quarterCap = try Exact.divide(try Exact.multiply(cap, Amount(rule.figurePeriod.perYear)), Amount(4))
    return state.quarterPay >= quarterCap
  }
}
