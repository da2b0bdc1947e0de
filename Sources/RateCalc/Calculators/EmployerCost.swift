/// What an employee costs the employer in a year.
///
/// `salary + Σ contributions + benefits + overhead + recruiting fee ÷ tenure`, where the
/// contributions are twelve monthly pay periods from the start of the contribution year run
/// through ``PayrollEngine`` with that year's rules. From the total: the multiplier over salary,
/// and the cost per day and per hour actually worked (the days an employee really works:
/// weekdays less holidays, leave, sickness and training).
public struct EmployerCostInput: Sendable {
  /// The annual gross salary, in the country's currency.
  public var salary: Money
  /// ISO country code.
  public var country: String
  /// The contribution year whose rules apply, by the calendar year it starts in (GB 2026 is 2026/27).
  public var year: Int
  /// The employer's situation (staff, payroll, state, nationality).
  public var situation = EmployerSituation()
  /// The employee's working calendar.
  public var calendar: WorkingCalendar
  /// Components off by default to include anyway (matched by name, case-insensitive prefix).
  public var include: [String] = []
  /// Components to leave out (same matching).
  public var exclude: [String] = []
  /// Benefits a year (health plan, extra pension, allowances).
  public var benefits: Amount = .zero
  /// Overhead a year (equipment, space, software).
  public var overhead: Amount = .zero
  /// A recruiting fee as a fraction of salary (0.2 for 20%), paid once.
  public var recruitingFee: Amount = .zero
  /// The expected tenure in months, over which the recruiting fee is spread.
  public var tenureMonths: Amount = Amount(24)

  /// Creates an input with no extras.
  public init(salary: Money, country: String, year: Int, calendar: WorkingCalendar) {
    self.salary = salary
    self.country = country
    self.year = year
    self.calendar = calendar
  }
}

/// One contribution's charge for a salary.
public struct ContributionCharge: Sendable, Equatable {
  /// The component.
  public let component: Contribution
  /// The part of the salary it is charged on.
  public let chargedOn: Amount
  /// The charge for the year.
  public let charge: Money
}

/// A cost on top of salary and contributions: what it is and its amount for the year.
public struct EmployerExtra: Sendable, Equatable {
  /// What the extra is.
  public enum Kind: Sendable, Equatable {
    /// Benefits a year.
    case benefits
    /// Overhead a year (equipment, space).
    case overhead
    /// The recruiting fee's share for a year of the tenure.
    case recruitingFee
  }

  /// What it is.
  public let kind: Kind
  /// Its amount for the year.
  public let amount: Money
}

/// An employer's yearly cost of an employee, with its breakdown.
public struct EmployerCost: Sendable {
  /// The input.
  public let input: EmployerCostInput
  /// The year whose contribution rules were used.
  public let rulesYear: Int
  /// The contribution year as people write it: `2026/27` in the UK, `2026` in Germany.
  public let yearName: String
  /// The twelve pay periods.
  public let payroll: PayrollRun
  /// Each contribution's charge.
  public let charges: [ContributionCharge]
  /// Benefits, overhead and the recruiting fee, those that are not zero, in that order.
  public let extras: [EmployerExtra]
  /// Salary plus everything.
  public let total: Money
  /// Total ÷ salary.
  public let multiplier: Amount
  /// Total ÷ days actually worked.
  public let perWorkedDay: Money
  /// Per worked day ÷ hours per day.
  public let perWorkedHour: Money
  /// The steps and data rows.
  public let breakdown: Breakdown
}

extension EmployerCost {
  /// Computes an employer's yearly cost.
  public static func calculate(_ input: EmployerCostInput, book: RateBook) throws(CalculationError) -> EmployerCost {
    guard input.tenureMonths > .zero else { throw .invalidInput("the expected tenure must be more than 0 months") }
    let run = try EmployerCost.run(input, book: book)
    let currency = input.salary.currency
    let salary = input.salary.amount
    var breakdown = Breakdown()
    breakdown.add("salary", "annual gross salary", .money(input.salary))
    var charges: [ContributionCharge] = []
    var total = salary
    let written = EmployerCost.amounts(in: currency, currencies: book.currencies)
    for sum in try run.chargesByName(through: 12) {
      charges.append(
        ContributionCharge(component: sum.component, chargedOn: sum.base, charge: Money(sum.amount, currency)))
      total = try Exact.add(total, sum.amount)
      breakdown.add(
        sum.component.name, EmployerCost.formula(sum.component, amounts: written), .money(Money(sum.amount, currency)))
    }
    for row in run.rows { breakdown.use(row) }
    for note in run.notes { breakdown.note(note) }
    if let rounding = run.perPeriodRounding {
      breakdown.add("per-period figures", rounding, .text("exact"))
    }
    for cap in run.capsReached {
      breakdown.add(
        "cap reached", "\(cap.name): no more charged after \(cap.month)", .text(String(describing: cap.month)))
    }
    var extras: [EmployerExtra] = []
    if input.benefits > .zero {
      total = try Exact.add(total, input.benefits)
      extras.append(EmployerExtra(kind: .benefits, amount: Money(input.benefits, currency)))
      breakdown.add("benefits", "per year", .money(Money(input.benefits, currency)))
    }
    if input.overhead > .zero {
      total = try Exact.add(total, input.overhead)
      extras.append(EmployerExtra(kind: .overhead, amount: Money(input.overhead, currency)))
      breakdown.add("overhead", "equipment, space and the like, per year", .money(Money(input.overhead, currency)))
    }
    if input.recruitingFee > .zero {
      let fee = try Exact.scale(
        try Exact.multiply(salary, input.recruitingFee), by: Amount(12), over: input.tenureMonths)
      total = try Exact.add(total, fee)
      extras.append(EmployerExtra(kind: .recruitingFee, amount: Money(fee, currency)))
      breakdown.add(
        "recruiting fee", "\(percentText(input.recruitingFee)) of salary spread over \(input.tenureMonths) months",
        .money(Money(fee, currency)))
    }
    breakdown.add(
      "total cost", "salary + contributions + benefits + overhead + recruiting", .money(Money(total, currency)))
    let multiplier = salary.isZero ? Amount.zero : try Exact.divide(total, salary)
    breakdown.add("multiplier", "total ÷ salary", .number(multiplier))
    for step in try input.calendar.steps(freelancer: false) { breakdown.steps.append(step) }
    let worked = try input.calendar.workedDays
    guard worked > .zero else { throw .invalidInput("the calendar leaves no days worked") }
    let perDay = try Exact.divide(total, worked)
    let perHour = try Exact.divide(perDay, input.calendar.hoursPerDay)
    breakdown.add("cost per day worked", "total ÷ days actually worked", .money(Money(perDay, currency)))
    breakdown.add(
      "cost per hour worked", "cost per day ÷ \(input.calendar.hoursPerDay) hours", .money(Money(perHour, currency)))
    return EmployerCost(
      input: input, rulesYear: run.periods.last?.rulesYear ?? input.year, yearName: run.years.name(input.year),
      payroll: run, charges: charges, extras: extras, total: Money(total, currency), multiplier: multiplier,
      perWorkedDay: Money(perDay, currency), perWorkedHour: Money(perHour, currency), breakdown: breakdown)
  }

  /// Twelve monthly pay periods from the start of the input's contribution year.
  static func run(_ input: EmployerCostInput, book: RateBook) throws(CalculationError) -> PayrollRun {
    let profile: CountryProfile
    do { profile = try book.profile(input.country, year: input.year).value } catch { throw .market(error) }
    let years = ContributionYear(startMonth: profile.contributionYearStart)
    var payroll = PayrollInput(
      salary: input.salary, country: input.country, start: years.firstMonth(of: input.year), months: Amount(12),
      situation: input.situation)
    payroll.include = input.include
    payroll.exclude = input.exclude
    return try PayrollEngine.run(payroll, book: book)
  }

  /// Thresholds written as money (`£5,000`, `€8,450`, `R17,712.00`): whole amounts without
  /// decimals, others with the currency's places or as many more as the figure has, so a
  /// published figure is never shown rounded.
  public static func amounts(in currency: Currency, currencies: CurrencyTable) -> (Amount) -> String {
    let format = MoneyFormat(currencies: currencies)
    return { amount in
      var places = 0
      while places < Amount.fractionDigits && amount.rounded(places: places, mode: .halfUp) != amount { places += 1 }
      return format.string(amount, in: currency, places: places == 0 ? 0 : max(places, currency.displayPlaces))
    }
  }

  /// The formula of a component in words: `15% of pay above £5,000/year`, with its amounts
  /// written by `amounts` (``amounts(in:currencies:)`` for money, plain numbers by default).
  public static func formula(_ component: Contribution, amounts: (Amount) -> String = \.description) -> String {
    if let reduction = component.reduction {
      switch reduction.kind {
      case .general: return "C × pay, C = T ÷ 0.6 × (1.6 × SMIC ÷ pay − 1) to 4 places"
      case .degressive: return "C × pay, C = Tmin + Tdelta × (½ × (3 × SMIC ÷ pay − 1))^1.75"
      }
    }
    var parts: [String] = []
    if let rate = component.ratePercent?.value {
      let percent =
        component.rateDivisor == Amount(100)
        ? "\(rate)%" : "\(rate)/\((try? component.rateDivisor.divided(by: Amount(100))) ?? component.rateDivisor)%"
      let per = "/\(component.figurePeriod.rawValue)"
      let what: String
      switch component.accrual {
      case .yearToDate: what = "of year-to-date pay"
      case .yearToDateAfterExemption: what = "of pay less a \(amounts(component.floor?.value ?? .zero))\(per) exemption"
      case .quarter: what = "of quarter-to-date pay"
      case .service: what = "of \(component.base == .basic ? "basic " : "")pay, owed after a year"
      default: what = "of pay"
      }
      var text = "\(percent) \(what)"
      let floor = component.accrual == .yearToDateAfterExemption ? nil : component.floor?.value
      switch (floor, component.cap?.value) {
      case (let floor?, let cap?): text += " between \(amounts(floor)) and \(amounts(cap))\(per)"
      case (let floor?, nil): text += " above \(amounts(floor))\(per)"
      case (nil, let cap?): text += " up to \(amounts(cap))\(per)"
      case (nil, nil): break
      }
      parts.append(text)
    }
    if let fixed = component.fixed { parts.append("\(amounts(fixed)) fixed per \(component.figurePeriod.rawValue)") }
    return parts.joined(separator: " + ")
  }

  /// The salary whose total employer cost is `cost`, with the same extras.
  ///
  /// The cost rises with the salary but not always smoothly (France's reduced rates stop at a
  /// threshold; its reductions are curves), so the salary is found by bisection on whole minor
  /// units (cents) to the largest whose cost is at most `cost`, then solved exactly on the straight
  /// piece within that cent where there is one. At most 96 steps of twelve pay periods each.
  public static func salary(
    forCost cost: Amount, input: EmployerCostInput, book: RateBook
  ) throws(CalculationError) -> Amount {
    let recruitingRate = try Exact.scale(input.recruitingFee, by: Amount(12), over: input.tenureMonths)
    let extras = try Exact.add(input.benefits, input.overhead)
    func costAt(_ salary: Amount) throws(CalculationError) -> Amount {
      var probe = input
      probe.salary = Money(salary, input.salary.currency)
      let payroll = try EmployerCost.run(probe, book: book).totalCost()
      return try Exact.add(try Exact.add(payroll, extras), try Exact.multiply(salary, recruitingRate))
    }
    let floorCost = try costAt(.zero)
    guard cost >= floorCost else {
      throw .invalidInput("the amount does not cover the fixed costs of \(floorCost) a year")
    }
    let cent = Amount.ratio(1, 100)
    var low = Amount.zero
    var high = try Exact.add(try Exact.multiply(cost, Amount(2)), Amount(1))
    var steps = 0
    while try Exact.subtract(high, low) > cent, steps < 96 {
      steps += 1
      let middle = try Exact.divide(try Exact.add(low, high), Amount(2)).rounded(places: 2, mode: .halfEven)
      guard middle > low, middle < high else { break }
      if try costAt(middle) <= cost { low = middle } else { high = middle }
    }
    // Within one cent the cost is straight unless a threshold falls there: solve exactly if so.
    let lowCost = try costAt(low)
    let next = try Exact.add(low, cent)
    let nextCost = try costAt(next)
    let rise = try Exact.subtract(nextCost, lowCost)
    guard rise > .zero else { return low }
    let solved = try Exact.add(low, try Exact.scale(try Exact.subtract(cost, lowCost), by: cent, over: rise))
    guard solved <= next, try costAt(solved) == cost else { return low }
    return solved
  }
}

/// A fraction as a percentage for formulas: 0.2 → `20%`.
func percentText(_ fraction: Amount) -> String {
  let percent = (try? fraction.multiplied(by: Amount(100))) ?? .zero
  return "\(percent.rounded(places: 4, mode: .halfUp))%"
}
