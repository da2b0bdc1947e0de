/// Tables as RFC 4180 CSV: fields separated by commas, a field with a comma, quote or line break
/// in double quotes (a quote doubled), lines ended by CRLF.
enum CSVWriter {
  /// The rows as CSV text.
  static func text(_ rows: [[String]]) -> String {
    rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  private static func field(_ raw: String) -> String {
    // Text from a data file could hold control characters: shown, never sent raw.
    let text = TerminalSafeText.make(raw)
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }
}
