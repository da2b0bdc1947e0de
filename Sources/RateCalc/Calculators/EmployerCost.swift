/// What an employee costs the employer in a year.
///
/// `salary + Σ contributions + benefits + overhead + recruiting fee ÷ tenure`, where each
/// contribution is `rate × clamp(salary − floor, 0, cap − floor) + fixed` by the country's rules
/// for the year. From the total: the multiplier over salary, and the cost per day and per hour
/// actually worked (the days an employee really works: weekdays less holidays, leave, sickness
/// and training).
public struct EmployerCostInput: Sendable {
  /// The annual gross salary, in the country's currency.
  public var salary: Money
  /// ISO country code.
  public var country: String
  /// The year whose rules apply.
  public var year: Int
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

/// An employer's yearly cost of an employee, with its breakdown.
public struct EmployerCost: Sendable {
  /// The input.
  public let input: EmployerCostInput
  /// The year whose contribution rules were used.
  public let rulesYear: Int
  /// Each contribution's charge.
  public let charges: [ContributionCharge]
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

/// The contribution rules of a country for a year, as a function of salary.
public struct ContributionModel: Sendable {
  /// The components in force (included ones only).
  public let components: [Contribution]
  /// Components left out, with why.
  public let leftOut: [(Contribution, String)]
  /// The year of the rules.
  public let year: Int
  /// Notes on assumptions (unknown caps, bases applied to the whole salary).
  public let notes: [String]

  /// Picks a country's components for a year: included-by-default ones plus `include`, minus
  /// `exclude`; unknown rates are left out, with a note.
  public init(book: RateBook, country: String, year: Int, include: [String] = [], exclude: [String] = []) {
    func matches(_ component: Contribution, _ names: [String]) -> Bool {
      names.contains { component.name.lowercased().hasPrefix($0.lowercased()) }
    }
    let chosen = book.contributions(country, year: year)
    var components: [Contribution] = []
    var leftOut: [(Contribution, String)] = []
    var notes: [String] = []
    for component in chosen?.value ?? [] {
      let wanted = (component.includedByDefault || matches(component, include)) && !matches(component, exclude)
      guard wanted else {
        leftOut.append((component, component.note.isEmpty ? "not included by default" : component.note))
        continue
      }
      if component.ratePercent == .unknown {
        leftOut.append((component, "rate unknown"))
        notes.append("\(component.name): its rate is not known for \(component.year), so it is not included")
        continue
      }
      if component.cap == .unknown {
        notes.append("\(component.name): its cap is not known for \(component.year); applied to the whole salary")
      }
      if component.floor == .unknown {
        notes.append("\(component.name): its threshold is not known for \(component.year); applied from zero")
      }
      if component.base == .basic || component.base == .emoluments {
        notes.append("\(component.name): charged on \(component.base.rawValue) pay; applied to the whole salary")
      }
      components.append(component)
    }
    self.components = components
    self.leftOut = leftOut
    self.year = chosen?.used ?? year
    self.notes = notes
  }

  /// A yearly figure of a component (monthly ones count 12 times).
  static func yearly(_ value: Amount, _ component: Contribution) throws(CalculationError) -> Amount {
    component.perMonth ? try Exact.multiply(value, Amount(12)) : value
  }

  /// The slice of salary a component is charged on, and its charge.
  static func charge(_ component: Contribution, salary: Amount) throws(CalculationError) -> (on: Amount, charge: Amount)
  {
    var charge = Amount.zero
    var on = Amount.zero
    if let rate = component.ratePercent?.value {
      let floor = try component.floor?.value.map { (v) throws(CalculationError) in try yearly(v, component) } ?? .zero
      var top = salary
      if let cap = component.cap?.value {
        top = min(salary, try yearly(cap, component))
      }
      on = try Exact.subtract(top, floor)
      if on.isNegative { on = .zero }
      charge = try Exact.scale(on, by: rate, over: Amount(100))
    }
    if let fixed = component.fixed {
      charge = try Exact.add(charge, try yearly(fixed, component))
    }
    return (on, charge)
  }

  /// Salary points where a component starts or stops (floors and caps), ascending.
  func breakpoints() throws(CalculationError) -> [Amount] {
    var points: Set<Amount> = [.zero]
    for component in components where component.ratePercent?.value != nil {
      if let floor = component.floor?.value { points.insert(try ContributionModel.yearly(floor, component)) }
      if let cap = component.cap?.value { points.insert(try ContributionModel.yearly(cap, component)) }
    }
    return points.sorted()
  }

  /// The contributions on a salary.
  func total(salary: Amount) throws(CalculationError) -> Amount {
    var sum = Amount.zero
    for component in components {
      sum = try Exact.add(sum, try ContributionModel.charge(component, salary: salary).charge)
    }
    return sum
  }
}

extension EmployerCost {
  /// Computes an employer's yearly cost.
  public static func calculate(_ input: EmployerCostInput, book: RateBook) throws(CalculationError) -> EmployerCost {
    let profile: CountryProfile
    do { profile = try book.profile(input.country, year: input.year).value } catch { throw .market(error) }
    guard input.salary.currency == profile.currency else {
      throw .currencyMismatch(
        expected: profile.currency.code, got: input.salary.currency.code,
        hint: "\(profile.name)'s contributions are in")
    }
    guard !input.salary.amount.isNegative else { throw .invalidInput("a salary cannot be negative") }
    guard input.tenureMonths > .zero else { throw .invalidInput("the expected tenure must be more than 0 months") }
    let model = ContributionModel(
      book: book, country: input.country, year: input.year, include: input.include, exclude: input.exclude)
    let currency = input.salary.currency
    let salary = input.salary.amount
    var breakdown = Breakdown()
    breakdown.add("salary", "annual gross salary", .money(input.salary))
    if model.year != input.year {
      breakdown.note("no \(input.country) contribution rules for \(input.year); those of \(model.year) are used")
    }
    var charges: [ContributionCharge] = []
    var total = salary
    for component in model.components {
      let (on, charge) = try ContributionModel.charge(component, salary: salary)
      charges.append(ContributionCharge(component: component, chargedOn: on, charge: Money(charge, currency)))
      total = try Exact.add(total, charge)
      breakdown.add(component.name, EmployerCost.formula(component), .money(Money(charge, currency)))
      breakdown.use(
        .init(
          description: "\(component.country) \(component.year) \(component.name)", origin: component.origin,
          source: component.sourceID, date: String(component.year), confidence: component.confidence))
    }
    for (component, reason) in model.leftOut where component.includedByDefault || component.ratePercent == .unknown {
      breakdown.note("not included: \(component.name) (\(reason))")
    }
    for note in model.notes { breakdown.note(note) }
    if input.benefits > .zero {
      total = try Exact.add(total, input.benefits)
      breakdown.add("benefits", "per year", .money(Money(input.benefits, currency)))
    }
    if input.overhead > .zero {
      total = try Exact.add(total, input.overhead)
      breakdown.add("overhead", "equipment, space and the like, per year", .money(Money(input.overhead, currency)))
    }
    if input.recruitingFee > .zero {
      let fee = try Exact.scale(
        try Exact.multiply(salary, input.recruitingFee), by: Amount(12), over: input.tenureMonths)
      total = try Exact.add(total, fee)
      breakdown.add(
        "recruiting fee", "\(percentText(input.recruitingFee)) of salary spread over \(input.tenureMonths) months",
        .money(Money(fee, currency)))
    }
    breakdown.add(
      "total cost", "salary + contributions + benefits + overhead + recruiting", .money(Money(total, currency)))
    let multiplier = salary.isZero ? Amount.zero : try Exact.divide(total, salary)
    breakdown.add("multiplier", "total ÷ salary", .number(multiplier))
    for step in input.calendar.steps(freelancer: false) { breakdown.steps.append(step) }
    let worked = input.calendar.workedDays
    guard worked > .zero else { throw .invalidInput("the calendar leaves no days worked") }
    let perDay = try Exact.divide(total, worked)
    let perHour = try Exact.divide(perDay, input.calendar.hoursPerDay)
    breakdown.add("cost per day worked", "total ÷ days actually worked", .money(Money(perDay, currency)))
    breakdown.add(
      "cost per hour worked", "cost per day ÷ \(input.calendar.hoursPerDay) hours", .money(Money(perHour, currency)))
    return EmployerCost(
      input: input, rulesYear: model.year, charges: charges, total: Money(total, currency), multiplier: multiplier,
      perWorkedDay: Money(perDay, currency), perWorkedHour: Money(perHour, currency), breakdown: breakdown)
  }

  /// The formula of a component in words: `15% of salary above 5000`.
  public static func formula(_ component: Contribution) -> String {
    var parts: [String] = []
    if let rate = component.ratePercent?.value {
      var text = "\(rate)% of salary"
      let per = component.perMonth ? "/month" : ""
      switch (component.floor?.value, component.cap?.value) {
      case (let floor?, let cap?): text += " between \(floor) and \(cap)\(per)"
      case (let floor?, nil): text += " above \(floor)\(per)"
      case (nil, let cap?): text += " up to \(cap)\(per)"
      case (nil, nil): break
      }
      parts.append(text)
    }
    if let fixed = component.fixed { parts.append("\(fixed) fixed per \(component.perMonth ? "month" : "year")") }
    return parts.joined(separator: " + ")
  }

  /// The salary whose total employer cost is `cost`, with the same extras: solved exactly on the
  /// straight piece of the cost curve where it falls (contributions start and stop at floors and
  /// caps, so the curve is piecewise linear).
  public static func salary(
    forCost cost: Amount, input: EmployerCostInput, book: RateBook
  ) throws(CalculationError) -> Amount {
    let model = ContributionModel(
      book: book, country: input.country, year: input.year, include: input.include, exclude: input.exclude)
    let recruitingRate = try Exact.scale(input.recruitingFee, by: Amount(12), over: input.tenureMonths)
    let extras = try Exact.add(input.benefits, input.overhead)
    func costAt(_ salary: Amount) throws(CalculationError) -> Amount {
      let base = try Exact.add(try Exact.add(salary, try model.total(salary: salary)), extras)
      return try Exact.add(base, try Exact.multiply(salary, recruitingRate))
    }
    let floorCost = try costAt(.zero)
    guard cost >= floorCost else {
      throw .invalidInput("the amount does not cover the fixed costs of \(floorCost) a year")
    }
    var points = try model.breakpoints()
    // Beyond the last breakpoint the curve is straight: add a far point to bound the search.
    let far = try Exact.add(try Exact.multiply(cost, Amount(2)), Amount(1))
    points.append(max(far, (points.last ?? .zero)))
    var low = Amount.zero
    var lowCost = floorCost
    for point in points.dropFirst() {
      let pointCost = try costAt(point)
      if pointCost >= cost {
        // Straight between low and point: salary = low + (cost − lowCost) × (point − low) ÷ (pointCost − lowCost).
        let rise = try Exact.subtract(pointCost, lowCost)
        if rise.isZero { return low }
        let offset = try Exact.scale(try Exact.subtract(cost, lowCost), by: try Exact.subtract(point, low), over: rise)
        return try Exact.add(low, offset)
      }
      low = point
      lowCost = pointCost
    }
    return low
  }
}

/// A fraction as a percentage for formulas: 0.2 → `20%`.
func percentText(_ fraction: Amount) -> String {
  let percent = (try? fraction.multiplied(by: Amount(100))) ?? .zero
  return "\(percent.rounded(places: 4, mode: .halfUp))%"
}
