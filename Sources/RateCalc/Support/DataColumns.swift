/// The header of one of ratecalc's CSV files: which column holds which field.
struct DataColumns {
  let file: String
  private let indexByName: [String: Int]

  /// Reads a header and checks that every required column is there.
  init(header: CSVRecord, file: String, required: [String]) throws(DataFileError) {
    self.file = file
    var indexByName: [String: Int] = [:]
    for (index, field) in header.fields.enumerated() where !field.text.isEmpty {
      indexByName[field.text.lowercased()] = index
    }
    for name in required where indexByName[name] == nil {
      throw DataFileError(
        file: file, line: header.line, column: 1,
        text: header.fields.map(\.text).joined(separator: ","),
        reason: "the header lacks the column '\(name)'")
    }
    self.indexByName = indexByName
  }

  /// The column number of a name, if the header has it.
  func index(of name: String) -> Int? { indexByName[name] }

  /// A data row read against this header.
  func row(_ record: CSVRecord) throws(DataFileError) -> DataRow {
    let needed = (indexByName.values.max() ?? 0) + 1
    // A missing trailing empty column is tolerated; a short row is not.
    if record.fields.count < needed {
      let last = record.fields.last
      throw DataFileError(
        file: file, line: record.line, column: last.map { $0.column + $0.text.count } ?? 1,
        text: record.fields.map(\.text).joined(separator: ","),
        reason: "the row has \(record.fields.count) fields; the header has \(needed)")
    }
    if record.fields.count > needed, let comma = DataColumns.decimalComma(in: record.fields) {
      throw DataFileError(
        file: file, line: record.line, column: comma.column, text: comma.text,
        reason:
          "a number is written with a decimal point (a decimal comma splits it into two fields: write it as 3.6725)")
    }
    return DataRow(record: record, indexByName: indexByName, file: file)
  }

  /// In a row with more fields than its header, the first field that looks like the whole part
  /// of a number split by a decimal comma (digits followed by a field of digits), with the text
  /// the two made.
  static func decimalComma(in fields: [CSVField]) -> (column: Int, text: String)? {
    func digits(_ text: String) -> Bool { !text.isEmpty && text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
    for index in fields.indices.dropLast() where digits(fields[index].text) && digits(fields[index + 1].text) {
      return (fields[index].column, fields[index].text + "," + fields[index + 1].text)
    }
    return nil
  }
}

/// One data row of a CSV file, with its fields by column name.
struct DataRow {
  let record: CSVRecord
  let indexByName: [String: Int]
  let file: String

  /// The field in the named column (empty when the column is absent).
  func field(_ name: String) -> CSVField {
    guard let index = indexByName[name] else { return CSVField(text: "", column: 1) }
    return field(at: index)
  }

  /// The field at a column number (empty when the row is shorter).
  func field(at index: Int) -> CSVField {
    index < record.fields.count ? record.fields[index] : CSVField(text: "", column: 1)
  }

  /// An error about one field of this row.
  func error(_ field: CSVField, _ reason: String) -> DataFileError {
    DataFileError(file: file, line: record.line, column: field.column, text: field.text, reason: reason)
  }
}
