/// Reads the ECB's XML files (`eurofxref-daily.xml`, `eurofxref-hist-90d.xml`,
/// `eurofxref-hist.xml`): a `gesmes:Envelope` with `<Cube time='…'>` elements holding
/// `<Cube currency='USD' rate='1.1252'/>`. Single or double quotes, any layout.
///
/// A small scanner rather than an XML library: FoundationEssentials has none, and the ECB format
/// is fixed. Errors name the line and column of the offending attribute.
enum ECBXMLReader {
  static func read(_ text: String, file: String) throws(DataFileError) -> ExchangeTable {
    var codes: [CurrencyCode] = []
    var columnOf: [CurrencyCode: Int] = [:]
    var rows: [(day: Day, rates: [Amount], line: Int)] = []
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      var rest = line[...]
      while let open = rest.firstRange(of: "<Cube") {
        guard let close = rest[open.upperBound...].firstIndex(of: ">") else {
          throw error(file, lineNumber, line, open.lowerBound, "a <Cube> element is not closed on its line")
        }
        let element = rest[open.upperBound..<close]
        let attributes = try attributesOf(element, file: file, line: lineNumber, in: line)
        if let time = attributes["time"] {
          guard let day = Day(parsing: time.value) else {
            throw error(file, lineNumber, line, time.at, "a Cube time is a date written YYYY-MM-DD", time.value)
          }
          rows.append((day, [Amount](repeating: .zero, count: codes.count), lineNumber))
        } else if let currency = attributes["currency"] {
          guard let code = CurrencyCode(currency.value) else {
            throw error(file, lineNumber, line, currency.at, "a currency is a three-letter code", currency.value)
          }
          guard let rateText = attributes["rate"] else {
            throw error(file, lineNumber, line, currency.at, "the Cube for \(code) has no rate", currency.value)
          }
          guard !rows.isEmpty else {
            throw error(file, lineNumber, line, currency.at, "a rate appears before any <Cube time=…>", currency.value)
          }
          let column = line.distance(from: line.startIndex, to: rateText.at) + 1
          let rate = try ExchangeRateText.positiveRate(
            String(rateText.value), column: column, file: file, line: lineNumber)
          if columnOf[code] == nil {
            columnOf[code] = codes.count
            codes.append(code)
            for index in rows.indices { rows[index].rates.append(.zero) }
          }
          if let index = columnOf[code] {
            rows[rows.count - 1].rates[index] = rate
          }
        }
        rest = rest[close...]
      }
    }
    guard !rows.isEmpty else {
      throw DataFileError(
        file: file, line: 1, column: 1, text: String(text.prefix(40)),
        reason: "no <Cube time='…'> element: this is not an ECB XML rates file")
    }
    return try ExchangeRateText.table(
      base: .eur, source: ECBCSVReader.source(file: file), codes: codes, rows: rows, file: file)
  }

  private static func error(
    _ file: String, _ line: Int, _ text: Substring, _ at: Substring.Index, _ reason: String,
    _ offending: Substring? = nil
  ) -> DataFileError {
    DataFileError(
      file: file, line: line, column: text.distance(from: text.startIndex, to: at) + 1,
      text: String(offending ?? text[at...].prefix(30)), reason: reason)
  }

  /// `name='value'` pairs of an element, with where each value starts.
  private static func attributesOf(
    _ element: Substring, file: String, line: Int, in text: Substring
  ) throws(DataFileError) -> [String: (value: Substring, at: Substring.Index)] {
    var result: [String: (value: Substring, at: Substring.Index)] = [:]
    var rest = element
    while let equals = rest.firstIndex(of: "=") {
      let name = rest[..<equals].split(separator: " ").last.map(String.init) ?? ""
      let afterEquals = rest.index(after: equals)
      guard afterEquals < rest.endIndex, rest[afterEquals] == "'" || rest[afterEquals] == "\"" else {
        throw error(file, line, text, equals, "an attribute value is quoted")
      }
      let quote = rest[afterEquals]
      let valueStart = rest.index(after: afterEquals)
      guard let valueEnd = rest[valueStart...].firstIndex(of: quote) else {
        throw error(file, line, text, afterEquals, "an attribute value is not closed")
      }
      result[name] = (rest[valueStart..<valueEnd], valueStart)
      rest = rest[rest.index(after: valueEnd)...]
    }
    return result
  }
}
