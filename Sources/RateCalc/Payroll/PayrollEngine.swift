/// Runs an employment through a country's contribution rules one monthly pay period at a time,
/// the way payroll does: per-period floors and caps, year-to-date and quarterly caps per employer,
/// restarting with each contribution year and applying each year's own rules.
///
/// Every per-period figure is the annual figure divided exactly over the twelve periods of the
/// contribution year (`annual × k ÷ 12 − annual × (k − 1) ÷ 12` for the k-th), so twelve periods
/// add up to the annual figure exactly. A rule's charge is its rate times the cumulative base,
/// taken as a difference from one period to the next, so a year's charges are rounded once.
public enum PayrollEngine {
  /// Runs the employment.
  public static func run(_ input: PayrollInput, book: RateBook) throws(CalculationError) -> PayrollRun {
    let profile: CountryProfile
    do { profile = try book.profile(input.country, year: input.start.year).value } catch { throw .market(error) }
    guard input.salary.currency == profile.currency else {
      throw .currencyMismatch(
        expected: profile.currency.code, got: input.salary.currency.code,
        hint: "\(profile.name)'s contributions are in")
    }
    guard !input.salary.amount.isNegative else { throw .invalidInput("a salary cannot be negative") }
    guard input.months > .zero else { throw .invalidInput("the employment must last more than 0 months") }
    guard input.months <= Amount(PayrollInput.maximumRunMonths) else {
      throw .invalidInput(
        "ratecalc runs payroll for at most \(PayrollInput.maximumRunMonths) months (50 years, notice and a month)")
    }
    var state = RunState(input: input, book: book, years: ContributionYear(startMonth: profile.contributionYearStart))
    guard !state.rulesByYear.isEmpty else {
      throw .invalidInput("ratecalc has no contribution rules for \(input.country); add them with --rates")
    }
    let whole = Int(input.months.integerPart)
    let part = try Exact.subtract(input.months, Amount(whole))
    let count = whole + (part.isZero ? 0 : 1)
    var periods: [PayrollRun.Period] = []
    for offset in 0..<count {
      let fraction = offset < whole ? Amount.one : part
      periods.append(try state.period(offset: offset, fraction: fraction))
    }
    return PayrollRun(
      input: input, years: state.years, periods: periods, capsReached: state.capsReached, notes: state.notes,
      rows: state.rows, perPeriodRounding: state.tableNote)
  }

  /// The k-th of twelve exact shares of an annual figure (k from 1 to 12).
  static func share(_ annual: Amount, index: Int) throws(CalculationError) -> Amount {
    try Exact.subtract(
      try Exact.scale(annual, by: Amount(index), over: Amount(12)),
      try Exact.scale(annual, by: Amount(index - 1), over: Amount(12)))
  }
}

/// The running totals of one rule within one contribution year.
struct RuleState {
  /// Pay while the rule applied.
  var pay = Amount.zero
  /// The cumulative base charged.
  var base = Amount.zero
  /// Pay left after a per-period exemption (Canada CPP).
  var net = Amount.zero
  /// The quarter being summed, and its pay.
  var quarter = -1
  var quarterPay = Amount.zero
  /// The sums of per-period floors and caps (France's PMSS regularisation); `nil` cap for none.
  var floors = Amount.zero
  var caps: Amount? = .zero
  /// The cumulative SMIC and reduction (France).
  var minimumWage = Amount.zero
  var reduction = Amount.zero
  /// Whether its cap has been reported as reached (the year's, and the last quarter's).
  var capReported = false
  var quarterReported = -1
}
