/// Reads the ECB's CSV files as users download them.
///
/// Both layouts work: the history file (`Date,USD,JPY,…,` newest first, trailing comma, `N/A` for
/// no quote, columns for currencies that no longer exist) and the daily file (`Date, USD, …, `
/// with `", "` separators and a date like `13 April 2026`). Columns are found by header name, a
/// missing trailing comma is fine, and every rate must be plain decimal text: `1,1476` is an
/// error naming its line and column, never read as 1.
enum ECBCSVReader {
  /// The ECB as a source.
  static func source(file: String) throws(DataFileError) -> TableSource {
    try TableSource.forReading(
      name: "ECB", detail: "European Central Bank euro foreign exchange reference rates", file: file)
  }

  static func read(
    _ text: String, file: String, newestOnly: Bool = false, newestFirst: Bool = false,
    rules: ExchangeReadRules = ExchangeReadRules()
  ) throws(DataFileError) -> ExchangeTable {
    var collector = ProblemCollector.strict
    return try read(
      text, file: file, newestOnly: newestOnly, newestFirst: newestFirst, rules: rules, collector: &collector)
  }

  /// Reads with a collector: a collecting one notes every bad row before the read fails.
  static func read(
    _ text: String, file: String, newestOnly: Bool = false, newestFirst: Bool = false, rules: ExchangeReadRules,
    collector: inout ProblemCollector
  ) throws(DataFileError) -> ExchangeTable {
    let headerLine = text.prefix { $0 != "\n" }
    let headerRecords = try CSV.records(in: String(headerLine), file: file)
    guard let header = headerRecords.first else {
      throw DataFileError(file: file, line: 1, column: 1, text: "", reason: "the file is empty")
    }
    guard header.fields.first?.text.lowercased() == "date" else {
      throw DataFileError(
        file: file, line: header.line, column: 1, text: header.fields.first?.text ?? "",
        reason: "an ECB CSV file starts with a 'Date' column")
    }
    var codes: [CurrencyCode] = []
    for field in header.fields.dropFirst() {
      if field.text.isEmpty && field.column == header.fields.last?.column { break }  // trailing comma
      guard let code = CurrencyCode(field.text) else {
        throw DataFileError(
          file: file, line: header.line, column: field.column, text: field.text,
          reason: "a column header is a three-letter currency code")
      }
      if let problem = rules.problem(with: code) {
        throw DataFileError(file: file, line: header.line, column: field.column, text: field.text, reason: problem)
      }
      guard !codes.contains(code) else {
        throw DataFileError(
          file: file, line: header.line, column: field.column, text: field.text,
          reason: "the currency appears twice in the header")
      }
      codes.append(code)
    }
    let source = try source(file: file)
    if newestOnly, let table = ECBCSVFastReader.readNewest(text, codes: codes, source: source, atTop: newestFirst),
      rules.problem(with: table.newest ?? Day(ordinal: 0)) == nil
    {
      return table
    }
    switch ECBCSVFastReader.read(text, codes: codes, source: source) {
    case .table(let table) where rules.problem(with: table.newest ?? Day(ordinal: 0)) == nil:
      return table
    case .stopped(let line, let number, let rest):
      // The fast reader stopped on one line; every line before it read well. Read that line
      // carefully: if it is bad, so is the file, and only the lines after it need reading for
      // more problems. A valid file with a bad last row costs one pass, not two.
      if let record = try CSV.records(in: line, file: file).first {
        do {
          _ = try row(CSVRecord(line: number, fields: record.fields), codes: codes, file: file, rules: rules)
        } catch {
          try collector.add(error)
          let after = String(decoding: text.utf8.dropFirst(rest), as: UTF8.self)
          for record in try CSV.records(in: after, file: file) {
            do {
              _ = try row(
                CSVRecord(line: record.line + number, fields: record.fields), codes: codes, file: file, rules: rules)
            } catch {
              try collector.add(error)
            }
          }
          try collector.finish()
        }
      }
    default:
      break
    }
    let records = try CSV.records(in: text, file: file)
    if records.count < 2 {
      throw DataFileError(
        file: file, line: header.line, column: 1, text: "", reason: "the file has a header and no rates")
    }
    var rows: [(day: Day, rates: [Amount], line: Int)] = []
    rows.reserveCapacity(records.count)
    for record in records.dropFirst() {
      do {
        let (day, rates) = try row(record, codes: codes, file: file, rules: rules)
        rows.append((day, rates, record.line))
      } catch {
        try collector.add(error)
      }
    }
    try collector.finish()
    return try ExchangeRateText.table(
      base: .eur, source: source, codes: codes, rows: rows, file: file, rules: rules)
  }

  /// One data row: its date and a rate (or zero for no quote) per currency of the header.
  static func row(_ record: CSVRecord, codes: [CurrencyCode], file: String, rules: ExchangeReadRules)
    throws(DataFileError) -> (Day, [Amount])
  {
    let fields = record.fields
    guard let dateField = fields.first, let day = Day(parsing: dateField.text) else {
      let field = fields.first ?? CSVField(text: "", column: 1)
      throw DataFileError(
        file: file, line: record.line, column: field.column, text: field.text,
        reason: "a date is written YYYY-MM-DD or like '13 April 2026'")
    }
    if let problem = rules.problem(with: day) {
      throw DataFileError(
        file: file, line: record.line, column: dateField.column, text: dateField.text, reason: problem)
    }
    var rates: [Amount] = []
    rates.reserveCapacity(codes.count)
    for (offset, _) in codes.enumerated() {
      let index = offset + 1
      guard index < fields.count else {
        throw DataFileError(
          file: file, line: record.line, column: (fields.last?.column ?? 1), text: fields.last?.text ?? "",
          reason: "the row has \(fields.count - 1) rates; the header names \(codes.count) currencies")
      }
      rates.append(try ExchangeRateText.rate(fields[index], file: file, line: record.line))
    }
    if let extra = fields.dropFirst(codes.count + 1).first(where: { !$0.text.isEmpty }) {
      if let comma = DataColumns.decimalComma(in: Array(fields.dropFirst())) {
        throw DataFileError(
          file: file, line: record.line, column: comma.column, text: comma.text,
          reason: "a rate is written with a decimal point (a decimal comma splits it in two: write it as 1.1476)")
      }
      throw DataFileError(
        file: file, line: record.line, column: extra.column, text: extra.text,
        reason: "the row has more values than the header has currencies")
    }
    return (day, rates)
  }
}

/// Helpers shared by the exchange-table readers.
enum ExchangeRateText {
  /// A rate field: plain positive decimal text, or `N/A`/empty for no quote (zero).
  static func rate(_ field: CSVField, file: String, line: Int) throws(DataFileError) -> Amount {
    let text = field.text
    if text.isEmpty || text == "N/A" { return .zero }
    return try positiveRate(text, column: field.column, file: file, line: line)
  }

  /// Parses a rate that must be a positive plain decimal number.
  static func positiveRate(_ text: String, column: Int, file: String, line: Int) throws(DataFileError)
    -> Amount
  {
    let rate: Amount
    do {
      rate = try Amount(parsing: text)
    } catch {
      throw DataFileError(
        file: file, line: line, column: column + error.position - 1, text: text,
        reason: "a rate is plain decimal text such as 1.1684 (\(error.message))")
    }
    guard rate > .zero else {
      throw DataFileError(file: file, line: line, column: column, text: text, reason: "a rate must be above zero")
    }
    return rate
  }

  /// Builds a table from dense rows in any order, rejecting a date that appears twice or breaks
  /// the rules.
  static func table(
    base: CurrencyCode, source: TableSource, kind: ExchangeTable.Kind = .observed, codes: [CurrencyCode],
    rows: [(day: Day, rates: [Amount], line: Int)], file: String, unknown: [CurrencyCode: String] = [:],
    rules: ExchangeReadRules = ExchangeReadRules()
  ) throws(DataFileError) -> ExchangeTable {
    let sorted = rows.sorted { $0.day < $1.day }
    var previous: Day? = nil
    for row in sorted {
      if row.day == previous {
        throw DataFileError(
          file: file, line: row.line, column: 1, text: row.day.description,
          reason: "the date appears twice")
      }
      if let problem = rules.problem(with: row.day) {
        throw DataFileError(file: file, line: row.line, column: 1, text: row.day.description, reason: problem)
      }
      previous = row.day
    }
    var rates: [Amount] = []
    rates.reserveCapacity(sorted.count * codes.count)
    for row in sorted { rates += row.rates }
    return ExchangeTable(
      base: base, source: source, kind: kind, days: sorted.map(\.day), codes: codes, rates: rates, unknown: unknown)
  }

  /// Builds a table from days in file order (each once) and the rates read on them, sparse
  /// where few cells hold a rate.
  static func sparseTable(
    base: CurrencyCode, source: TableSource, kind: ExchangeTable.Kind, days: [Day], codes: [CurrencyCode],
    observations: [(row: Int, column: Int32, rate: Amount)], unknown: [CurrencyCode: String] = [:]
  ) -> ExchangeTable {
    let order = days.indices.sorted { days[$0] < days[$1] }
    var rank = [Int32](repeating: 0, count: days.count)
    for (sortedIndex, row) in order.enumerated() { rank[row] = Int32(sortedIndex) }
    let cells = observations.map {
      ExchangeTable.Observation(day: rank[$0.row], column: $0.column, origin: 0, rate: $0.rate)
    }
    return ExchangeTable.build(
      base: base, sources: [source], kind: kind, days: order.map { days[$0] }, codes: codes, observations: cells,
      unknown: unknown)
  }
}
