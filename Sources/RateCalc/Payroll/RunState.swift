/// The state of a payroll run between periods: which rules apply, their running totals, and what
/// the run has noted.
struct RunState {
  let input: PayrollInput
  let years: ContributionYear
  /// The country's rules by contribution year.
  let rulesByYear: [Int: [Contribution]]
  /// What each rule has accrued so far in the run.
  var states: [RuleKey: RuleState] = [:]
  var capsReached: [PayrollRun.CapReached] = []
  var notes: [String] = []
  var rows: [Breakdown.DataRow] = []
  /// Where per-period thresholds do not divide into whole cents (said in the breakdown, not as a warning).
  var tableNote: String?
  /// The years whose rules have been checked and noted.
  private var checkedYears: Set<Int> = []
  /// An amount in the salary's currency as a note writes it (`£3,000,000`).
  let money: (Amount) -> String

  init(input: PayrollInput, book: RateBook, years: ContributionYear) {
    self.input = input
    self.years = years
    money = EmployerCost.amounts(in: input.salary.currency, currencies: book.currencies)
    var byYear: [Int: [Contribution]] = [:]
    for rule in book.contributions where rule.country == input.country { byYear[rule.year, default: []].append(rule) }
    self.rulesByYear = byYear
  }

  mutating func note(_ text: String) { if !notes.contains(text) { notes.append(text) } }

  /// The rules found for each contribution year met so far (a run looks a year up each period).
  private var rulesFound: [Int: (used: Int, rules: [Contribution])] = [:]

  /// The rules for a contribution year: its own, else the latest earlier year's (with a note).
  mutating func rules(for year: Int) throws(CalculationError) -> (used: Int, rules: [Contribution]) {
    if let found = rulesFound[year] { return found }
    let found = try findRules(for: year)
    rulesFound[year] = found
    return found
  }

  private mutating func findRules(for year: Int) throws(CalculationError) -> (used: Int, rules: [Contribution]) {
    if let own = rulesByYear[year] { return (year, own) }
    let known = rulesByYear.keys.sorted()
    guard let earlier = known.last(where: { $0 < year }), let rules = rulesByYear[earlier] else {
      let list = known.map { years.name($0) }.joined(separator: ", ")
      throw .invalidInput(
        "no \(input.country) contribution rules for \(years.name(year)): ratecalc has them for \(list)")
    }
    note(
      "no \(input.country) contribution rules for \(years.name(year)) yet: those of \(years.name(earlier)) are used")
    return (earlier, rules)
  }

  /// Computes one pay period.
  mutating func period(offset: Int, fraction: Amount) throws(CalculationError) -> PayrollRun.Period {
    let month = input.start.adding(months: offset)
    let year = years.year(of: month)
    let index = years.index(of: month)
    let (used, rules) = try self.rules(for: year)
    if !checkedYears.contains(year) {
      checkedYears.insert(year)
      describe(rules, year: used)
    }
    let pay = try Exact.multiply(try PayrollEngine.share(input.salary.amount, index: index), fraction)
    var charges: [PayrollRun.Charge] = []
    for (number, rule) in rules.enumerated() where applies(rule, service: offset, index: index) {
      let key = RuleKey(year: year, number: number)
      var ruleState = states[key] ?? RuleState()
      let (base, amount) = try RuleCharge(rule: rule, index: index, fraction: fraction, pay: pay).apply(
        to: &ruleState)
      if ruleState.capReported == false, try RuleCharge.reachedCap(rule, ruleState) {
        ruleState.capReported = true
        capsReached.append(.init(name: rule.name, month: month, contributionYear: year))
      }
      if ruleState.quarterReported != ruleState.quarter, try RuleCharge.quarterCapReached(rule, ruleState) {
        ruleState.quarterReported = ruleState.quarter
        capsReached.append(.init(name: rule.name, month: month, contributionYear: year))
      }
      states[key] = ruleState
      charges.append(.init(component: rule, base: base, amount: amount))
    }
    return .init(
      index: offset + 1, month: month, contributionYear: year, rulesYear: used, fraction: fraction, pay: pay,
      charges: charges)
  }

  /// Whether the user wants a rule (by default or by `--include`), leaving out `--exclude`.
  func wanted(_ rule: Contribution) -> Bool {
    (rule.includedByDefault || matches(rule, input.include)) && !matches(rule, input.exclude)
  }

  func matches(_ rule: Contribution, _ names: [String]) -> Bool {
    names.contains { !$0.isEmpty && rule.name.lowercased().hasPrefix($0.lowercased()) }
  }

  /// Whether a rule is charged in a period.
  func applies(_ rule: Contribution, service: Int, index: Int) -> Bool {
    guard wanted(rule), rule.months?.contains(index) ?? true else { return false }
    guard rule.conditions.allSatisfy({ holds($0, rule: rule, service: service) }) else { return false }
    if rule.accrual == .reduction { return rule.reduction != nil }
    return rule.ratePercent?.value != nil || rule.fixed != nil
  }

  /// Whether a condition holds for this employment.
  func holds(_ condition: Condition, rule: Contribution, service: Int) -> Bool {
    let situation = input.situation
    switch condition.subject {
    case .staff: return condition.compare(Amount(situation.staff), condition.number ?? .zero)
    case .payroll: return condition.compare(situation.payroll ?? input.salary.amount, condition.number ?? .zero)
    case .state: return condition.compare(situation.state)
    case .nationality: return condition.compare(situation.nationality.rawValue)
    case .service: return condition.compare(Amount(service), condition.number ?? .zero)
    case .pay:
      // Pay per the rule's period, compared without dividing: salary against bound × periods a year.
      let bound = (try? (condition.number ?? .zero).multiplied(by: Amount(rule.figurePeriod.perYear))) ?? .maximum
      return condition.compare(input.salary.amount, bound)
    }
  }
}

/// A rule of a contribution year: the year and the rule's place in that year's list, the key of
/// what the rule has accrued so far.
struct RuleKey: Hashable {
  let year: Int
  let number: Int
}
