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

  static func read(_ text: String, file: String) throws(DataFileError) -> [ExchangeTable] {
    let records = try CSV.records(in: text, file: file)
    guard let header = records.first else {
      throw DataFileError(file: file, line: 1, column: 1, text: "", reason: "the file is empty")
    }
    let columns = try DataColumns(header: header, file: file, required: requiredColumns)
    struct Group {
      var rows: [(day: Day, quote: CurrencyCode, rate: Amount, line: Int)] = []
      var unknown: [CurrencyCode: String] = [:]
    }
    struct Key: Hashable {
      let base: CurrencyCode
      let source: String
      let kind: ExchangeTable.Kind
    }
    var groups: [Key: Group] = [:]
    var order: [Key] = []
    for record in records.dropFirst() {
      let row = try columns.row(record)
      let dateField = row.field("date")
      guard let day = Day(parsing: dateField.text) else {
        throw row.error(dateField, "a date is written YYYY-MM-DD")
      }
      let baseField = row.field("base")
      guard let base = CurrencyCode(baseField.text) else {
        throw row.error(baseField, "a base is a three-letter currency code")
      }
      let quoteField = row.field("quote")
      guard let quote = CurrencyCode(quoteField.text), quote != base else {
        throw row.error(quoteField, "a quote is a three-letter currency code other than the base")
      }
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
      let key = Key(base: base, source: sourceField.text, kind: kind)
      if groups[key] == nil { order.append(key) }
      let rateField = row.field("rate")
      if rateField.text.lowercased() == "unknown" {
        groups[key, default: Group()].unknown[quote] = sourceField.text
        continue
      }
      let rate = try ExchangeRateText.positiveRate(
        rateField.text, column: rateField.column, file: file, line: record.line)
      if groups[key, default: Group()].rows.contains(where: { $0.day == day && $0.quote == quote }) {
        throw row.error(dateField, "\(base)→\(quote) on \(day) appears twice")
      }
      groups[key, default: Group()].rows.append((day, quote, rate, record.line))
    }
    var tables: [ExchangeTable] = []
    for key in order {
      guard let group = groups[key] else { continue }
      var codes: [CurrencyCode] = []
      for row in group.rows where !codes.contains(row.quote) { codes.append(row.quote) }
      var byDay: [Day: (rates: [Amount], line: Int)] = [:]
      for row in group.rows {
        var entry = byDay[row.day] ?? ([Amount](repeating: .zero, count: codes.count), row.line)
        if let index = codes.firstIndex(of: row.quote) { entry.rates[index] = row.rate }
        byDay[row.day] = entry
      }
      let rows = byDay.map { (day: $0.key, rates: $0.value.rates, line: $0.value.line) }
      let source = TableSource(name: key.source, detail: key.source, file: file)
      tables.append(
        try ExchangeRateText.table(
          base: key.base, source: source, kind: key.kind, codes: codes, rows: rows, file: file,
          unknown: group.unknown))
    }
    return tables
  }
}
