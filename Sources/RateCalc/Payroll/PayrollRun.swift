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

  /// Running totals over the periods, so that a cost through any period is one look-up: a series
  /// month by month is linear in its length, not quadratic.
  private let totals: RunningTotals

  /// Months of service an accrual needs before it is owed (UAE gratuity: one year).
  public static let vestingMonths = 12

  /// Creates a run from its periods and what it noted; the running totals are summed here.
  init(
    input: PayrollInput, years: ContributionYear, periods: [Period], capsReached: [CapReached], notes: [String],
    rows: [Breakdown.DataRow], perPeriodRounding: String?
  ) {
    self.input = input
    self.years = years
    self.periods = periods
    self.capsReached = capsReached
    self.notes = notes
    self.rows = rows
    self.perPeriodRounding = perPeriodRounding
    self.totals = RunningTotals(periods)
  }

  /// The employer's cost of the first `count` periods, pay included, as if the employment ended
  /// then: accruals that vest after a year count only when those periods make a year.
  public func cost(through count: Int) throws(CalculationError) -> Amount {
    let used = min(max(count, 0), periods.count)
    return try totals.cost(through: used, vested: try isVested(through: used))
  }

  /// Whether the first `count` periods make the year of service that accruals need to be owed.
  public func isVested(through count: Int) throws(CalculationError) -> Bool {
    try totals.served(through: min(max(count, 0), periods.count)) >= Amount(PayrollRun.vestingMonths)
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

/// The sums of a run's first 0, 1, 2, … periods: its cost with and without accruals that vest
/// later, and the months served. Each sum adds the periods in order, as summing them one by one
/// would, so each is exactly that sum; where a sum overflows, it and every later one are that error.
struct RunningTotals: Sendable {
  /// Cost with every accrual, without accruals that vest later, and months served.
  private var vestedCosts = PrefixSums()
  private var unvestedCosts = PrefixSums()
  private var servedMonths = PrefixSums()

  init(_ periods: [PayrollRun.Period]) {
    for period in periods {
      vestedCosts.add { () throws(CalculationError) in
        try Exact.add(period.pay, try period.contributions(vested: true))
      }
      unvestedCosts.add { () throws(CalculationError) in
        try Exact.add(period.pay, try period.contributions(vested: false))
      }
      servedMonths.add { () throws(CalculationError) in period.fraction }
    }
  }

  /// The cost of the first `count` periods (0 through the run's length).
  func cost(through count: Int, vested: Bool) throws(CalculationError) -> Amount {
    try (vested ? vestedCosts : unvestedCosts).sum(through: count)
  }

  /// The months served in the first `count` periods.
  func served(through count: Int) throws(CalculationError) -> Amount {
    try servedMonths.sum(through: count)
  }
}

/// Running sums of a sequence of terms, the k-th sum at index k; once a term or a sum fails, that
/// sum and every later one are the error.
struct PrefixSums: Sendable {
  private var sums: [Amount] = [.zero]
  private var failure: CalculationError?

  /// Adds the next term, made by `term`.
  mutating func add(_ term: () throws(CalculationError) -> Amount) {
    guard failure == nil else { return }
    do throws(CalculationError) {
      sums.append(try Exact.add(sums[sums.count - 1], try term()))
    } catch {
      failure = error
    }
  }

  /// The sum of the first `count` terms.
  func sum(through count: Int) throws(CalculationError) -> Amount {
    if count < sums.count { return sums[count] }
    throw failure ?? .invalidInput("a run has no period \(count)")
  }
}
