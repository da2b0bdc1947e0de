/// What payroll charged an employer, pay period by pay period.
public struct PayrollRun: Sendable {
  /// One rule's charge in one pay period.
  public struct Charge: Sendable, Equatable {
    /// The rule.
    public let component: Contribution
    /// The part of the pay it was charged on.
    public let base: Amount
    /// The charge (negative for a reduction).
    public let amount: Amount
  }

  /// One pay period.
  public struct Period: Sendable, Equatable {
    /// 1 for the first period of the run.
    public let index: Int
    /// The calendar month.
    public let month: PayMonth
    /// The contribution year it falls in.
    public let contributionYear: Int
    /// The year whose rules were applied (an earlier one when the year has none).
    public let rulesYear: Int
    /// The share of the month paid (1 except for a part month at the end).
    public let fraction: Amount
    /// The gross pay.
    public let pay: Amount
    /// Each rule's charge, gratuity accruals included.
    public let charges: [Charge]

    /// Contributions in the period: all charges, with or without accruals that vest later.
    public func contributions(vested: Bool) throws(CalculationError) -> Amount {
      var sum = Amount.zero
      for charge in charges where vested || charge.component.accrual != .service {
        sum = try Exact.add(sum, charge.amount)
      }
      return sum
    }
  }

  /// A year-to-date or quarterly cap reached in a month.
  public struct CapReached: Sendable, Equatable {
    /// The rule's name.
    public let name: String
    /// The month the cap was reached.
    public let month: PayMonth
    /// The contribution year.
    public let contributionYear: Int
  }

  /// What was run.
  public let input: PayrollInput
  /// How the country's contribution years fall.
  public let years: ContributionYear
  /// The periods, in order.
  public let periods: [Period]
  /// Caps reached, in order.
  public let capsReached: [CapReached]
  /// What the run assumed or left out, in words.
  public let notes: [String]
  /// The data rows it used.
  public let rows: [Breakdown.DataRow]
  /// Where per-period thresholds are not whole cents, what that means against a payroll run on
  /// rounded tables; `nil` when they all are.
  public let perPeriodRounding: String?

  /// Months of service an accrual needs before it is owed (UAE gratuity: one year).
  public static let vestingMonths = 12

  /// The employer's cost of the first `count` periods, pay included, as if the employment ended
  /// then: accruals that vest after a year count only when those periods make a year.
  public func cost(through count: Int) throws(CalculationError) -> Amount {
    let used = periods.prefix(count)
    let vested = try isVested(through: count)
    var total = Amount.zero
    for period in used {
      total = try Exact.add(total, try Exact.add(period.pay, try period.contributions(vested: vested)))
    }
    return total
  }

  /// Whether the first `count` periods make the year of service that accruals need to be owed.
  public func isVested(through count: Int) throws(CalculationError) -> Bool {
    var served = Amount.zero
    for period in periods.prefix(count) { served = try Exact.add(served, period.fraction) }
    return served >= Amount(PayrollRun.vestingMonths)
  }

  /// The cost of the whole run.
  public func totalCost() throws(CalculationError) -> Amount { try cost(through: periods.count) }

  /// The rules' charges over the first `count` periods, summed by name in order of appearance,
  /// accruals that have not vested left out.
  public func chargesByName(through count: Int) throws(CalculationError) -> [(
    component: Contribution, base: Amount, amount: Amount
  )] {
    let used = periods.prefix(count)
    let vested = try isVested(through: count)
    var names: [String] = []
    var sums: [String: (component: Contribution, base: Amount, amount: Amount)] = [:]
    for period in used {
      for charge in period.charges where vested || charge.component.accrual != .service {
        let name = charge.component.name
        if let sum = sums[name] {
          sums[name] = (sum.component, try Exact.add(sum.base, charge.base), try Exact.add(sum.amount, charge.amount))
        } else {
          names.append(name)
          sums[name] = (charge.component, charge.base, charge.amount)
        }
      }
    }
    return names.compactMap { sums[$0] }
  }
}
