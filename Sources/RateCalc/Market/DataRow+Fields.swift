extension DataRow {
  /// A required text field.
  func text(_ name: String) throws(DataFileError) -> String {
    let field = self.field(name)
    guard !field.text.isEmpty else { throw error(field, "the \(name) is missing") }
    return field.text
  }

  /// An optional text field: `nil` when empty.
  func optionalText(_ name: String) -> String? {
    let text = field(name).text
    return text.isEmpty ? nil : text
  }

  /// A plain decimal number.
  func amount(_ name: String) throws(DataFileError) -> Amount {
    let field = self.field(name)
    do {
      return try Amount(parsing: field.text)
    } catch {
      throw DataFileError(
        file: file, line: record.line, column: field.column + error.position - 1, text: field.text,
        reason: "the \(name) must be a plain number such as 37.5 (\(error.message))")
    }
  }

  /// A number, `unknown`, or nothing (`nil`).
  func knownAmount(_ name: String) throws(DataFileError) -> Known<Amount>? {
    let text = field(name).text
    if text.isEmpty { return nil }
    if text.lowercased() == "unknown" { return .unknown }
    return .known(try amount(name))
  }

  /// A whole year such as 2025.
  func year(_ name: String = "year") throws(DataFileError) -> Int {
    let field = self.field(name)
    guard field.text.count == 4, let year = Int(field.text), year > 1900 else {
      throw error(field, "a year is written like 2025")
    }
    return year
  }

  /// A year, or `nil` for `unknown`.
  func optionalYear(_ name: String = "year") throws(DataFileError) -> Int? {
    field(name).text.lowercased() == "unknown" ? nil : try year(name)
  }

  /// A whole number.
  func integer(_ name: String) throws(DataFileError) -> Int {
    let field = self.field(name)
    guard let value = Int(field.text), value >= 0 else { throw error(field, "the \(name) is a whole number") }
    return value
  }

  /// `yes` or `no`.
  func flag(_ name: String) throws(DataFileError) -> Bool {
    let field = self.field(name)
    switch field.text.lowercased() {
    case "yes", "true": return true
    case "no", "false": return false
    default: throw error(field, "the \(name) is 'yes' or 'no'")
    }
  }

  /// `H`, `M` or `L`.
  func confidence() throws(DataFileError) -> Confidence {
    let field = self.field("confidence")
    guard let confidence = Confidence(rawValue: field.text.uppercased()) else {
      throw error(field, "confidence is H, M or L")
    }
    return confidence
  }

  /// A two-letter country code.
  func country(_ name: String = "country") throws(DataFileError) -> String {
    let field = self.field(name)
    guard field.text.count == 2, field.text.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
      throw error(field, "a country is a two-letter ISO 3166 code such as GB")
    }
    return field.text
  }

  /// A currency code known to the table.
  func currency(_ name: String, in currencies: CurrencyTable) throws(DataFileError) -> Currency {
    let field = self.field(name)
    do {
      return try currencies.currency(code: field.text)
    } catch {
      throw self.error(field, error.message)
    }
  }

  /// Where this row came from.
  func origin(isUserFile: Bool) -> Origin { Origin(file: file, line: record.line, isUserFile: isUserFile) }
}
