/// A data file's text and where it came from: built into the binary, or one of the user's.
public struct DataFile: Sendable {
  /// The name shown in messages: `Rates/bands.csv`, or the path the user gave.
  public let name: String
  /// The whole text.
  public let text: String
  /// Whether it is the user's (from `--rates` or the config folder) rather than built in.
  public let isUserFile: Bool

  /// Creates a data file.
  public init(name: String, text: String, isUserFile: Bool) {
    self.name = name
    self.text = text
    self.isUserFile = isUserFile
  }

  /// What a data file holds, told from its header line.
  public enum Kind: String, Sendable, CaseIterable {
    /// ISO 4217 currencies (`code,numeric,minor_units,…`).
    case currencies
    /// Exchange rates: ECB CSV or XML, or ratecalc's `date,base,quote,rate,source`.
    case exchange
    /// Sources cited by id (`id,title,publisher,…`).
    case sources
    /// Salary and rate figures (`role,country,…`).
    case bands
    /// Country profiles (`country,name,aliases,…`).
    case countries
    /// Public holidays on weekdays (`country,region,year,weekday_holidays,…`).
    case holidays
    /// Employer contributions (`country,year,name,rate_percent,…`).
    case contributions
    /// PPP conversion factors (`country,year,ppp,…`).
    case ppp
  }

  /// The kind of data, from the first line that is not a comment; `nil` when unrecognised.
  /// Reads only that line, byte by byte.
  public var kind: Kind? {
    var header: [UInt8] = []
    var atLineStart = true
    var skipping = false
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\n") {
        if !header.isEmpty { break }
        atLineStart = true
        skipping = false
        continue
      }
      if skipping { continue }
      if atLineStart
        && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0xEF || byte == 0xBB || byte == 0xBF)
      {
        continue
      }
      if atLineStart && byte == UInt8(ascii: "#") {
        skipping = true
        continue
      }
      atLineStart = false
      if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\r") {
        header.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
      }
      if header.count > 200 { break }
    }
    let line = String(decoding: header, as: UTF8.self)
    let columns = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    func starts(_ names: [String]) -> Bool { columns.starts(with: names) }
    if line.hasPrefix("<") || starts(["date"]) || starts(["date", "base", "quote"]) { return .exchange }
    if starts(["code", "numeric"]) { return .currencies }
    if starts(["id", "title"]) { return .sources }
    if starts(["role"]) { return .bands }
    if starts(["country", "name"]) { return .countries }
    if starts(["country", "region", "year"]) { return .holidays }
    if starts(["country", "year", "name"]) { return .contributions }
    if starts(["country", "year", "ppp"]) { return .ppp }
    return nil
  }
}
