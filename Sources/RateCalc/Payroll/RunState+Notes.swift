/// What a run tells the user about a year's rules: the rules it left out and why, the figures its
/// sources do not give, and the employer situation it assumed.
extension RunState {
  mutating func describe(_ rules: [Contribution], year: Int) {
    let name = years.name(year)
    var situationMatters = false
    var stateRules: [String] = []
    var pending: [(name: String, text: String)] = []
    var usedNames: Set<String> = []
    var roundedTables: [String] = []
    for rule in rules {
      let situational = rule.conditions.filter { $0.subject == .staff || $0.subject == .payroll }
      if !situational.isEmpty { situationMatters = true }
      if matches(rule, input.exclude) {
        note("left out as asked: \(rule.name)")
        continue
      }
      // Alternatives chosen by pay, service or nationality are not "left out".
      let fixedFacts = rule.conditions.filter { [.staff, .payroll, .state].contains($0.subject) }
      let otherFacts = rule.conditions.filter { ![.staff, .payroll, .state].contains($0.subject) }
      guard otherFacts.allSatisfy({ holds($0, rule: rule, service: 0) }) else { continue }
      if let failing = fixedFacts.first(where: { !holds($0, rule: rule, service: 0) }) {
        guard wanted(rule) else { continue }
        if failing.subject == .state {
          if input.situation.state == nil { stateRules.append(rule.name) }
        } else {
          pending.append(
            (rule.name, "not included: \(rule.name): only when \(words(failing)) (\(assumed(failing.subject)))"))
        }
        continue
      }
      guard wanted(rule) else {
        note("not included: \(rule.name)\(rule.note.isEmpty ? "" : " (\(rule.note))")")
        continue
      }
      if rule.accrual != .reduction && rule.ratePercent == .unknown {
        note(
          "not included: \(rule.name): its rate is not known for \(name)\(rule.note.isEmpty ? "" : " (\(rule.note))")")
        continue
      }
      use(rule)
      usedNames.insert(rule.name)
      if rule.accrual == .period || rule.accrual == .yearToDateAfterExemption, let floor = rule.floor?.value,
        rule.figurePeriod == .year, !isWholeCents(floor)
      {
        roundedTables.append(rule.name)
      }
      if rule.cap == .unknown { note("\(rule.name): its cap is not known for \(name); applied to all pay") }
      if rule.floor == .unknown { note("\(rule.name): its threshold is not known for \(name); applied from zero") }
      if rule.minimum == .unknown { note("\(rule.name): its minimum base is not known for \(name)") }
      if rule.trigger == .unknown { note("\(rule.name): its earnings trigger is not known for \(name)") }
      if rule.base == .basic || rule.base == .emoluments {
        note("\(rule.name): charged on \(rule.base.rawValue) pay; applied to the whole salary")
      }
    }
    if !roundedTables.isEmpty {
      tableNote =
        "\(roundedTables.joined(separator: ", ")): per-period thresholds are the annual figure ÷ 12 exactly; a payroll run on published per-period tables rounded to the cent (HMRC's £417 a month, CRA's CPP tables) can differ by a few cents"
    }
    // A rule with an alternative for other employers (France's FNAL by staff) is not "left out".
    for (name, text) in pending where !usedNames.contains(name) { note(text) }
    if !stateRules.isEmpty {
      note("no state given: \(stateRules.joined(separator: ", ")) not applied (set state, such as state CA)")
    }
    if situationMatters {
      let payroll = input.situation.payroll.map(money) ?? "this hire's salary alone"
      note("employer assumed: \(input.situation.staff) staff, annual payroll \(payroll) (set staff, payroll)")
    }
  }

  /// Whether a yearly figure divides into twelve whole-cent periods.
  func isWholeCents(_ annual: Amount) -> Bool {
    let monthly = (try? annual.divided(by: Amount(12))) ?? .zero
    return monthly.rounded(places: 2, mode: .halfUp) == monthly
  }

  /// The assumed value of a situation fact, for a note.
  func assumed(_ subject: Condition.Subject) -> String {
    switch subject {
    case .staff: "the employer has \(input.situation.staff): set staff"
    case .payroll:
      input.situation.payroll.map { "the payroll is \(money($0)): set payroll" }
        ?? "the payroll is taken as this hire's \(money(input.salary.amount)): set payroll"
    default: "set \(subject.rawValue)"
    }
  }

  /// A condition as a note writes it: a payroll as money (`payroll > £3,000,000`), any other
  /// as written (`staff ≥ 5`).
  func words(_ condition: Condition) -> String {
    guard condition.subject == .payroll, let number = condition.number else { return condition.description }
    let relation = condition.description.split(separator: " ").dropFirst().first.map(String.init) ?? ""
    return "payroll \(relation) \(money(number))"
  }

  /// Records a rule's data row.
  mutating func use(_ rule: Contribution) {
    let row = Breakdown.DataRow(
      description: "\(rule.country) \(years.name(rule.year)) \(rule.name)", origin: rule.origin, source: rule.sourceID,
      date: String(rule.year), confidence: rule.confidence)
    if !rows.contains(row) { rows.append(row) }
  }
}
