/// Reads ratecalc's own long format, for rates the ECB does not publish.
///
/// ```
/// date,base,quote,rate,source,kind
/// 2024-01-02,USD,AED,3.6725,"AED peg to USD (Central Bank of the UAE)",peg
/// 2026-04-13,USD,NGN,unknown,"no named, dated naira rate is shipped",
/// ```
/// `kind` is optional: `observed` (the default) or `peg`, a fixed rate that holds from its date
/// on and is never stale. A rate written `unknown` declares that no rate is known; converting
/// that currency then says so, with the row's source text as the reason. Rows with the same base,
/// source and kind form one table.
enum LongRatesReader {
  static let requiredColumns = ["date", "base", "quote", "rate", "source"]

  static func read(_ text: String, file: String, rules: ExchangeReadRules = ExchangeReadRules())
    throws(DataFileError) -> [ExchangeTable]
  {
    var collector = ProblemCollector.strict
    return try read(text, file: file, rules: rules, collector: &collector)
  }

  /// Reads with a collector: a collecting one notes every bad row before the read fails.
  static func read(_ text: String, file: String, rules: ExchangeReadRules, collector: inout ProblemCollector)
    throws(DataFileError) -> [ExchangeTable]
  {
    let records = try CSV.records(in: text, file: file)
    guard let header = records.first else {
      throw DataFileError(file: file, line: 1, column: 1, text: "", reason: "the file is empty")
    }
    guard records.count > 1 else {
      throw DataFileError(
        file: file, line: header.line, column: 1, text: "", reason: "the file has a header and no rates")
    }
    let columns = try DataColumns(header: header, file: file, required: requiredColumns)
    var groups = OrderedGroups<GroupKey, Group>()
    // Each row costs a fixed number of probes (its group, day, currency and pair).
    ReadWork.add(records.count * 4)
    for record in records.dropFirst() {
      do throws(DataFileError) {
        let row = try columns.row(record)
        let dateField = row.field("date")
        guard let day = Day(parsing: dateField.text) else {
          throw row.error(dateField, "a date is written YYYY-MM-DD")
        }
        if let problem = rules.problem(with: day) { throw row.error(dateField, problem) }
        let base = try code(row, "base", "a base is a three-letter currency code", rules: rules)
        let quoteField = row.field("quote")
        let quote = try code(row, "quote", "a quote is a three-letter currency code", rules: rules)
        guard quote != base else { throw row.error(quoteField, "a quote is a currency other than the base") }
        let sourceField = row.field("source")
        guard !sourceField.text.isEmpty else {
          throw row.error(sourceField, "every rate names its source")
        }
        let kindField = row.field("kind")
        let kind: ExchangeTable.Kind
        switch kindField.text.lowercased() {
        case "", "observed": kind = .observed
        case "peg": kind = .peg
        default: throw row.error(kindField, "a kind is 'observed' or 'peg'")
        }
        let key = GroupKey(base: base, source: sourceField.text, kind: kind)
        let rateField = row.field("rate")
        if rateField.text.lowercased() == "unknown" {
          groups.values[groups.position(of: key, orAdd: Group.init)].unknown[quote] = sourceField.text
          continue
        }
        let rate = try ExchangeRateText.positiveRate(
          rateField.text, column: rateField.column, file: file, line: record.line)
        guard groups.values[groups.position(of: key, orAdd: Group.init)].add(rate, on: day, for: quote) else {
          throw row.error(dateField, "\(base)→\(quote) on \(day) appears twice")
        }
      } catch {
        try collector.add(error)
      }
    }
    try collector.finish()
    var tables: [ExchangeTable] = []
    for (key, group) in zip(groups.keys, groups.values) {
      let source = try TableSource.forReading(name: key.source, detail: key.source, file: file)
      tables.append(
        ExchangeRateText.sparseTable(
          base: key.base, source: source, kind: key.kind, days: group.days, codes: group.columns.codes,
          observations: group.observations, unknown: group.unknown))
    }
    return tables
  }

  /// What makes rows one table: the same base, source and kind.
  private struct GroupKey: Hashable {
    let base: CurrencyCode
    let source: String
    let kind: ExchangeTable.Kind
  }

  /// The rows of one table, kept sparse: each day once, each (day, currency) once.
  private struct Group {
    var days: [Day] = []
    /// The row of each day, by its ordinal (an `Int` key: see ``OrderedGroups``).
    var rowOfDay: [Int: Int] = [:]
    var columns = CodeColumns()
    var observations: [(row: Int, column: Int32, rate: Amount)] = []
    var seen: Set<Int> = []
    var unknown: [CurrencyCode: String] = [:]

    /// Adds a rate; `false` when the table already has one for that currency on that day.
    mutating func add(_ rate: Amount, on day: Day, for quote: CurrencyCode) -> Bool {
      let dayRow: Int
      if let known = rowOfDay[day.ordinal] {
        dayRow = known
      } else {
        dayRow = days.count
        rowOfDay[day.ordinal] = dayRow
        days.append(day)
      }
      let column = columns.column(for: quote)
      guard seen.insert(dayRow << 16 | Int(column)).inserted else { return false }
      observations.append((dayRow, column, rate))
      return true
    }
  }

  /// A currency code field that the rules accept.
  private static func code(_ row: DataRow, _ name: String, _ reason: String, rules: ExchangeReadRules)
    throws(DataFileError) -> CurrencyCode
  {
    let field = row.field(name)
    guard let code = CurrencyCode(field.text) else { throw row.error(field, reason) }
    if let problem = rules.problem(with: code) { throw row.error(field, problem) }
    return code
  }
}
