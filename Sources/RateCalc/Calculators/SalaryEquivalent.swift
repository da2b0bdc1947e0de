/// The salaries a freelance rate is worth, seen from each side.
///
/// - **Client's view:** the salary whose total employer cost equals the freelancer's fees for
///   the days an employee would actually work: `employerCost(salary) = rate × days worked`.
/// - **Freelancer's view:** the salary that leaves the freelancer the same before tax:
///   `rate × billable days − expenses − self-funded benefits`.
public struct SalaryEquivalent: Sendable {
  /// The rate, per day.
  public let dayRate: Money
  /// The employee salary that costs the client the same.
  public let clientEquivalent: Money
  /// The salary that leaves the freelancer the same before tax.
  public let freelancerEquivalent: Money
  /// The steps and data rows.
  public let breakdown: Breakdown

  /// Computes both equivalents from a rate per hour or day.
  /// - Parameters:
  ///   - rate: the freelancer's rate.
  ///   - period: `.day` or `.hour` (an hourly rate is turned into a day with the calendar's hours).
  ///   - employee: the calendar of the employee the client would hire.
  ///   - freelancer: the freelancer's own calendar (billable days).
  ///   - country, year: whose employer contributions apply to the client's view.
  ///   - expenses, benefits: what the freelancer pays a year that an employee would not.
  ///   - situation: the client as an employer (staff, payroll, state), for levies with thresholds.
  public static func calculate(
    rate: Money, period: Period, employee: WorkingCalendar, freelancer: WorkingCalendar, country: String, year: Int,
    expenses: Amount = .zero, benefits: Amount = .zero, situation: EmployerSituation = EmployerSituation(),
    book: RateBook
  ) throws(CalculationError) -> SalaryEquivalent {
    let currency = rate.currency
    var breakdown = Breakdown()
    let daily: Amount
    switch period {
    case .day: daily = rate.amount
    case .hour: daily = try Exact.multiply(rate.amount, freelancer.hoursPerDay)
    default: throw .invalidInput("give the rate per day or per hour")
    }
    breakdown.add(
      "day rate", period == .day ? "as given" : "hourly × \(freelancer.hoursPerDay) hours",
      .rate(Money(daily, currency), .day))
    // The client's view.
    breakdown.steps += try employee.steps(freelancer: false)
    let clientSpend = try Exact.multiply(daily, employee.workedDays)
    breakdown.add("client's spend a year", "day rate × days an employee works", .money(Money(clientSpend, currency)))
    var probe = EmployerCostInput(
      salary: Money(clientSpend, currency), country: country, year: year, calendar: employee)
    probe.situation = situation
    let reference = try EmployerCost.calculate(probe, book: book)
    breakdown.merge(reference.breakdown)
    let clientSalary = try EmployerCost.salary(forCost: clientSpend, input: probe, book: book)
    breakdown.add(
      "client-equivalent salary",
      "the salary whose employer cost (\(country) \(reference.rulesYear)) equals that spend",
      .money(Money(clientSalary, currency)))
    // The freelancer's view.
    let revenue = try Exact.multiply(daily, freelancer.billableDays)
    breakdown.add(
      "freelancer's revenue", "day rate × \(try freelancer.billableDays) billable days",
      .money(Money(revenue, currency)))
    var kept = try Exact.subtract(revenue, try Exact.add(expenses, benefits))
    if kept.isNegative { kept = .zero }
    breakdown.add(
      "freelancer-equivalent salary", "revenue − expenses − self-funded benefits (before tax)",
      .money(Money(kept, currency)))
    return SalaryEquivalent(
      dayRate: Money(daily, currency), clientEquivalent: Money(clientSalary, currency),
      freelancerEquivalent: Money(kept, currency), breakdown: breakdown)
  }
}
