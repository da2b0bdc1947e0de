/// Reads one row of `contributions.csv` into a ``Contribution``, checking every field.
struct ContributionRow {
  let row: DataRow

  /// The rule the row describes.
  func contribution(origin: Origin) throws(DataFileError) -> Contribution {
    let baseField = row.field("base")
    guard let base = Contribution.Base(rawValue: baseField.text.lowercased()) else {
      throw row.error(baseField, "a base is gross, basic, emoluments or payroll")
    }
    let periodField = row.field("period")
    guard let period = Contribution.FigurePeriod(rawValue: periodField.text) else {
      throw row.error(periodField, "a period is year, quarter or month")
    }
    let accrualField = row.field("accrual")
    let accrual: Contribution.Accrual
    if accrualField.text.isEmpty {
      accrual = .period
    } else if let parsed = Contribution.Accrual(rawValue: accrualField.text) {
      accrual = parsed
    } else {
      throw row.error(
        accrualField, "an accrual is \(Contribution.Accrual.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    let (rate, divisor) = try self.rate()
    let fixed = try row.knownAmount("fixed")
    let reduction = try self.reduction(accrual: accrual)
    guard rate != nil || fixed != nil || reduction != nil else {
      throw row.error(row.field("rate_percent"), "a contribution has a rate, a fixed amount, or both")
    }
    let floor = try nonNegative("floor")
    let cap = try nonNegative("cap")
    if let low = floor?.value, let high = cap?.value, low >= high {
      throw row.error(row.field("floor"), "the floor must be below the cap (\(high))")
    }
    if let amount = fixed?.value, amount.isNegative {
      throw row.error(row.field("fixed"), "a fixed amount cannot be negative")
    }
    return Contribution(
      country: try row.country(), year: try row.year(), name: try row.text("name"), ratePercent: rate,
      rateDivisor: divisor, base: base, floor: floor, cap: cap, fixed: fixed?.value, figurePeriod: period,
      accrual: accrual, months: try months(), conditions: try conditions(), minimum: try nonNegative("minimum"),
      trigger: try nonNegative("trigger"), reduction: reduction, includedByDefault: try row.flag("included"),
      confidence: try row.confidence(), sourceID: try row.text("source"), note: row.field("note").text,
      origin: origin)
  }

  /// `15` (15%), `2100/360` (2100 ÷ 360 %), `unknown`, or empty.
  private func rate() throws(DataFileError) -> (Known<Amount>?, Amount) {
    let field = row.field("rate_percent")
    guard let slash = field.text.firstIndex(of: "/") else {
      let rate = try nonNegative("rate_percent")
      return (rate, Amount(100))
    }
    let top = String(field.text[..<slash])
    let bottom = String(field.text[field.text.index(after: slash)...])
    guard let numerator = try? Amount(parsing: top), let denominator = try? Amount(parsing: bottom),
      !numerator.isNegative, denominator > .zero, let divisor = try? denominator.multiplied(by: Amount(100))
    else {
      throw row.error(field, "a rate is a percentage such as 15, or a fraction of percentages such as 2100/360")
    }
    return (.known(numerator), divisor)
  }

  /// A number that may not be negative, `unknown`, or empty.
  private func nonNegative(_ name: String) throws(DataFileError) -> Known<Amount>? {
    let value = try row.knownAmount(name)
    if let number = value?.value, number.isNegative {
      throw row.error(row.field(name), "the \(name) cannot be negative")
    }
    return value
  }

  /// `1-4`, `7-12` or empty.
  private func months() throws(DataFileError) -> ClosedRange<Int>? {
    let field = row.field("months")
    guard !field.text.isEmpty else { return nil }
    let parts = field.text.split(separator: "-").map { Int($0) }
    guard parts.count == 2, let first = parts[0], let last = parts[1], 1 <= first, first <= last, last <= 12 else {
      throw row.error(field, "months are written like 1-4 (the first and last month of the contribution year)")
    }
    return first...last
  }

  private func conditions() throws(DataFileError) -> [Condition] {
    let field = row.field("condition")
    do { return try Condition.parse(field.text) } catch {
      throw row.error(field, "\(error.reason) ('\(Quoted.text(error.text))')")
    }
  }

  private func reduction(accrual: Contribution.Accrual) throws(DataFileError) -> ReductionFormula? {
    let field = row.field("params")
    guard accrual == .reduction else {
      if !field.text.isEmpty { throw row.error(field, "params are only for accrual 'reduction'") }
      return nil
    }
    do { return try ReductionFormula(parameters: field.text) } catch {
      throw row.error(field, "\(error.reason) ('\(Quoted.text(error.text))')")
    }
  }
}
