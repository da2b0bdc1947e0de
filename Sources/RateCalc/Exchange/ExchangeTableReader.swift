/// Reads any exchange-rate file ratecalc understands, telling the format from its first line.
public enum ExchangeTableReader {
  /// The tables in a file's text: ECB history or daily CSV, ECB XML, or ratecalc's long format.
  /// - Parameters:
  ///   - text: the file's contents.
  ///   - file: the name to use in errors and sources.
  /// - Throws: ``DataFileError`` naming the file, line, column and offending text.
  /// - Parameter newestOnly: keep only each table's newest observation where that can be read
  ///   without parsing the rest (ECB CSV files); what conversions at the latest rates need.
  ///   - rules: what the file's currencies and dates must satisfy (a user's file: see
  ///     ``ExchangeReadRules/userFile(currencies:today:)``).
  ///   - newestFirst: with `newestOnly`, the caller vouches that the rows are newest first, so the
  ///     first row is the newest and the rest is not even looked at (ratecalc's own ECB history,
  ///     checked by `ShippedDataTests`; a file of 1.9 MB is then not paged in for one row).
  public static func read(
    _ text: String, file: String, newestOnly: Bool = false, newestFirst: Bool = false,
    rules: ExchangeReadRules = ExchangeReadRules()
  ) throws(DataFileError) -> [ExchangeTable] {
    let start = firstDataLine(of: text)
    if start.hasPrefix("<") {
      return [try ECBXMLReader.read(text, file: file, rules: rules)]
    }
    if start.lowercased().hasPrefix("date,base,") {
      return try LongRatesReader.read(text, file: file, rules: rules)
    }
    if start.lowercased().hasPrefix("date") {
      return [try ECBCSVReader.read(text, file: file, newestOnly: newestOnly, newestFirst: newestFirst, rules: rules)]
    }
    throw DataFileError(
      file: file, line: 1, column: 1, text: "",
      reason: "not an exchange-rate file: expected an ECB CSV ('Date,USD,…'), an ECB XML file, "
        + "or 'date,base,quote,rate,source'")
  }

  /// A user's file read whole with every problem reported: the tables when there are none, else
  /// every bad row of a CSV file (up to ``MarketReaders/maximumProblems``; an XML file stops at its
  /// first problem, since what follows a broken element cannot be read reliably).
  public static func readReportingAll(_ text: String, file: String, rules: ExchangeReadRules) -> (
    tables: [ExchangeTable], problems: [DataFileError]
  ) {
    var collector = ProblemCollector(collecting: true)
    do throws(DataFileError) {
      let start = firstDataLine(of: text)
      let tables: [ExchangeTable]
      if start.lowercased().hasPrefix("date,base,") {
        tables = try LongRatesReader.read(text, file: file, rules: rules, collector: &collector)
      } else if !start.hasPrefix("<") && start.lowercased().hasPrefix("date") {
        tables = [try ECBCSVReader.read(text, file: file, rules: rules, collector: &collector)]
      } else {
        tables = try read(text, file: file, rules: rules)
      }
      return (tables, [])
    } catch {
      var problems = collector.problems
      if !problems.contains(error) { problems.append(error) }
      return ([], problems)
    }
  }

  /// The first line that is not blank or a `#` comment, without leading spaces or a byte-order
  /// mark. Reads only as far as that line.
  static func firstDataLine(of text: String) -> Substring {
    var lineStart = text.startIndex
    while lineStart < text.endIndex {
      let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
      let line = text[lineStart..<lineEnd].drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" || $0 == "\r" }
      if !line.isEmpty && !line.hasPrefix("#") { return line }
      lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
    }
    return ""
  }
}
