/// Profit added to a freelancer's costs, as a margin or as a markup.
public enum Profit: Sendable, Equatable {
  /// A share of the price: `revenue ÷ (1 − margin)`. 20% margin on 100 is 125.
  case margin(Amount)
  /// A share of the costs: `revenue × (1 + markup)`. 20% markup on 100 is 120.
  case markup(Amount)
}

/// What a freelancer wants to earn and spend, to turn into a rate.
public struct QuoteInput: Sendable {
  /// The target annual income: a gross salary equivalent unless stated otherwise.
  public var income: Money
  /// The working calendar (billable days and hours).
  public var calendar: WorkingCalendar
  /// Add the contributions an employer would have paid on that salary (country rules).
  public var employerCosts: (country: String, year: Int)?
  /// The employer those costs are for (staff, payroll, state), for levies with thresholds.
  public var situation = EmployerSituation()
  /// Benefits the freelancer funds: pension, insurance, a year.
  public var benefits: Amount = .zero
  /// Business expenses a year: equipment, software, accountant, insurance.
  public var expenses: Amount = .zero
  /// Profit on top, as margin or markup.
  public var profit: Profit?
  /// A platform or agency fee taken from the rate, grossed up: `rate ÷ (1 − fee)`.
  public var platformFee: Amount = .zero
  /// Round the day rate up to a multiple (5, 10, 50), so the quote never falls short of the
  /// income; `nil` for none.
  public var roundTo: Amount?

  /// Creates a quote input with no extras.
  public init(income: Money, calendar: WorkingCalendar) {
    self.income = income
    self.calendar = calendar
  }
}

/// A freelancer's rate, per hour, day, week, month and year, with its breakdown.
public struct Quote: Sendable {
  /// The input.
  public let input: QuoteInput
  /// The day rate.
  public let daily: Money
  /// Day rate ÷ hours per day.
  public let hourly: Money
  /// Day rate × 5.
  public let weekly: Money
  /// Annual ÷ 12.
  public let monthly: Money
  /// Day rate × billable days.
  public let annual: Money
  /// Billable days used.
  public let billableDays: Amount
  /// What rounding the day rate up adds in a year, when `roundTo` was given.
  public let roundingSurplus: Money?
  /// The steps and data rows.
  public let breakdown: Breakdown

  /// Computes the rate that earns the target income over the billable days.
  ///
  /// `required = income (+ employer costs) + benefits + expenses`; profit as markup
  /// `× (1 + m)` or margin `÷ (1 − m)`; `day = required ÷ billable days`; a platform fee is
  /// grossed up `÷ (1 − fee)`; then optional rounding to a nice figure. Every other period is
  /// derived from the final day rate.
  public static func calculate(_ input: QuoteInput, book: RateBook) throws(CalculationError) -> Quote {
    let currency = input.income.currency
    var breakdown = Breakdown()
    guard input.income.amount > .zero else { throw .invalidInput("the target income must be above zero") }
    breakdown.add("target income", "gross salary equivalent a year", .money(input.income))
    var required = input.income.amount
    if let (country, year) = input.employerCosts {
      var costInput = EmployerCostInput(salary: input.income, country: country, year: year, calendar: input.calendar)
      costInput.benefits = .zero
      costInput.situation = input.situation
      let cost = try EmployerCost.calculate(costInput, book: book)
      let contributions = try Exact.subtract(cost.total.amount, input.income.amount)
      required = try Exact.add(required, contributions)
      breakdown.add(
        "employer costs", "contributions an employer would pay on that salary (\(country) \(cost.rulesYear))",
        .money(Money(contributions, currency)))
      breakdown.merge(cost.breakdown)
    }
    if input.benefits > .zero {
      required = try Exact.add(required, input.benefits)
      breakdown.add("benefits", "self-funded benefits a year", .money(Money(input.benefits, currency)))
    }
    if input.expenses > .zero {
      required = try Exact.add(required, input.expenses)
      breakdown.add("expenses", "business expenses a year", .money(Money(input.expenses, currency)))
    }
    breakdown.add("required revenue", "income + costs", .money(Money(required, currency)))
    switch input.profit {
    case .markup(let markup)?:
      required = try Exact.multiply(required, try Exact.add(.one, markup))
      breakdown.add("with profit", "required × (1 + \(percentText(markup)) markup)", .money(Money(required, currency)))
    case .margin(let margin)?:
      guard margin < .one, !margin.isNegative else {
        throw .invalidInput("a margin must be at least 0% and below 100%")
      }
      required = try Exact.divide(required, try Exact.subtract(.one, margin))
      breakdown.add("with profit", "required ÷ (1 − \(percentText(margin)) margin)", .money(Money(required, currency)))
    case nil:
      break
    }
    breakdown.steps += try input.calendar.steps(freelancer: true)
    let days = try input.calendar.billableDays
    guard days > .zero else { throw .invalidInput("the calendar leaves no billable days") }
    var daily = try Exact.divide(required, days)
    breakdown.add("day rate", "revenue ÷ billable days", .rate(Money(daily, currency), .day))
    if input.platformFee > .zero {
      guard input.platformFee < .one else { throw .invalidInput("a platform fee must be below 100%") }
      daily = try Exact.divide(daily, try Exact.subtract(.one, input.platformFee))
      breakdown.add(
        "with platform fee", "day rate ÷ (1 − \(percentText(input.platformFee)) fee)",
        .rate(Money(daily, currency), .day))
    }
    var surplus: Money? = nil
    if let step = input.roundTo {
      guard step > .zero else { throw .invalidInput("round to a positive step such as 5, 10 or 50") }
      let exact = daily
      do { daily = try daily.rounded(upToMultipleOf: step) } catch { throw .arithmetic(error) }
      breakdown.add("rounded day rate", "up to the next \(step)", .rate(Money(daily, currency), .day))
      let extra = try Exact.multiply(try Exact.subtract(daily, exact), days)
      surplus = Money(extra, currency)
      breakdown.add(
        "surplus from rounding", "(rounded − exact day rate) × billable days", .money(Money(extra, currency)))
    }
    let hourly = try Exact.divide(daily, input.calendar.hoursPerDay)
    let weekly = try Exact.multiply(daily, Amount(5))
    let annual = try Exact.multiply(daily, days)
    let monthly = try Exact.divide(annual, Amount(12))
    breakdown.add(
      "hourly rate", "day rate ÷ \(input.calendar.hoursPerDay) hours", .rate(Money(hourly, currency), .hour))
    breakdown.add("weekly rate", "day rate × 5", .rate(Money(weekly, currency), .week))
    breakdown.add("annual revenue", "day rate × billable days", .money(Money(annual, currency)))
    breakdown.add("monthly revenue", "annual ÷ 12", .money(Money(monthly, currency)))
    return Quote(
      input: input, daily: Money(daily, currency), hourly: Money(hourly, currency), weekly: Money(weekly, currency),
      monthly: Money(monthly, currency), annual: Money(annual, currency), billableDays: days,
      roundingSurplus: surplus, breakdown: breakdown)
  }
}
