extension CurrencyTable {
  /// Reads `currencies.csv`: `code,numeric,minor_units,name,symbol,display_symbol,
  /// alternate_symbols,withdrawn,successor,source` (alternate symbols separated by spaces).
  /// - Throws: ``DataFileError`` naming the file, line and column of a malformed row.
  public init(csv text: String, file: String) throws(DataFileError) {
    self.init(try CurrencyTable.records(csv: text, file: file))
  }

  /// The currency records of a `currencies.csv` text, without building a table.
  static func records(csv text: String, file: String) throws(DataFileError) -> [Currency] {
    let records = try CSV.records(in: text, file: file)
    guard let header = records.first else {
      throw DataFileError(file: file, line: 1, column: 1, text: "", reason: "the file has no header")
    }
    let columns = try DataColumns(
      header: header, file: file,
      required: [
        "code", "numeric", "minor_units", "name", "symbol", "display_symbol",
        "alternate_symbols", "withdrawn", "successor", "source",
      ])
    var currencies: [Currency] = []
    currencies.reserveCapacity(records.count)
    // Column numbers once, not a name lookup per field.
    func at(_ name: String) -> Int { columns.index(of: name) ?? 0 }
    let code = at("code")
    let numeric = at("numeric")
    let minor = at("minor_units")
    let name = at("name")
    let symbol = at("symbol")
    let display = at("display_symbol")
    let alternates = at("alternate_symbols")
    let withdrawnColumn = at("withdrawn")
    let successorColumn = at("successor")
    for record in records.dropFirst() {
      let row = try columns.row(record)
      let codeField = row.field(at: code)
      guard let currencyCode = CurrencyCode(codeField.text) else {
        throw row.error(codeField, "a currency code is three letters")
      }
      let minorField = row.field(at: minor)
      var minorUnits: Int? = nil
      if !minorField.text.isEmpty {
        guard let value = Int(minorField.text), (0...4).contains(value) else {
          throw row.error(minorField, "minor units are a whole number from 0 to 4")
        }
        minorUnits = value
      }
      let withdrawnField = row.field(at: withdrawnColumn)
      var withdrawn: YearMonth? = nil
      if !withdrawnField.text.isEmpty {
        guard let month = YearMonth(withdrawnField.text) else {
          throw row.error(withdrawnField, "a withdrawal date is written YYYY-MM or YYYY")
        }
        withdrawn = month
      }
      let successorField = row.field(at: successorColumn)
      var successor: CurrencyCode? = nil
      if !successorField.text.isEmpty {
        guard let next = CurrencyCode(successorField.text) else {
          throw row.error(successorField, "a successor is a three-letter code")
        }
        successor = next
      }
      guard
        let currency = Currency(
          keeping: currencyCode, numericCode: row.field(at: numeric).text, minorUnits: minorUnits,
          name: row.field(at: name).text, symbol: row.field(at: symbol).text,
          distinctSymbol: row.field(at: display).text,
          alternateSymbols: CurrencyTable.words(row.field(at: alternates).text),
          withdrawn: withdrawn, successor: successor)
      else {
        throw row.error(
          codeField,
          "this run already holds \(Currency.recordLimit) different currency records, the most it keeps: "
            + "restart ratecalc to load this file")
      }
      currencies.append(currency)
    }
    return currencies
  }

  /// The words of a field separated by spaces, split as bytes (splitting the `String` itself
  /// compares `Character`s, a tenth of reading the table).
  static func words(_ text: String) -> [String] {
    guard !text.isEmpty else { return [] }
    return text.utf8.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
  }
}
