extension CurrencyTable {
  /// Reads `currencies.csv`: `code,numeric,minor_units,name,symbol,display_symbol,
  /// alternate_symbols,withdrawn,successor,source` (alternate symbols separated by spaces).
  /// - Throws: ``DataFileError`` naming the file, line and column of a malformed row.
  public init(csv text: String, file: String) throws(DataFileError) {
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
    for record in records.dropFirst() {
      let row = try columns.row(record)
      let codeField = row.field("code")
      guard let code = CurrencyCode(codeField.text) else {
        throw row.error(codeField, "a currency code is three letters")
      }
      let minorField = row.field("minor_units")
      var minorUnits: Int? = nil
      if !minorField.text.isEmpty {
        guard let value = Int(minorField.text), (0...4).contains(value) else {
          throw row.error(minorField, "minor units are a whole number from 0 to 4")
        }
        minorUnits = value
      }
      let withdrawnField = row.field("withdrawn")
      var withdrawn: YearMonth? = nil
      if !withdrawnField.text.isEmpty {
        guard let month = YearMonth(withdrawnField.text) else {
          throw row.error(withdrawnField, "a withdrawal date is written YYYY-MM or YYYY")
        }
        withdrawn = month
      }
      let successorField = row.field("successor")
      var successor: CurrencyCode? = nil
      if !successorField.text.isEmpty {
        guard let next = CurrencyCode(successorField.text) else {
          throw row.error(successorField, "a successor is a three-letter code")
        }
        successor = next
      }
      currencies.append(
        Currency(
          code: code, numericCode: row.field("numeric").text, minorUnits: minorUnits,
          name: row.field("name").text, symbol: row.field("symbol").text,
          distinctSymbol: row.field("display_symbol").text,
          alternateSymbols: row.field("alternate_symbols").text.split(separator: " ").map(String.init),
          withdrawn: withdrawn, successor: successor))
    }
    self.init(currencies)
  }
}
