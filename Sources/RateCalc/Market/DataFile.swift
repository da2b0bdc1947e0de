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
  /// Reads only that line: comment lines are passed over a line at a time, not byte by byte
  /// (a built-in file opens with a paragraph of comments on its sources).
  public var kind: Kind? {
    var text = text
    let header = text.withUTF8 { DataFile.headerLine($0) }
    if header.first == UInt8(ascii: "<") { return .exchange }
    // The header's first columns are these names: the names joined by commas, then a comma or
    // the end (compared as bytes; splitting the line into strings cost more than the rest).
    return DataFile.headerPrefixes.first { prefix, _ in
      header.starts(with: prefix) && (header.count == prefix.count || header[prefix.count] == UInt8(ascii: ","))
    }?.kind
  }

  /// `headers` with each kind's column names joined by commas, as bytes, made once.
  private static let headerPrefixes: [(prefix: [UInt8], kind: Kind)] = headers.map { columns, kind in
    var prefix: [UInt8] = []
    for column in columns {
      if !prefix.isEmpty { prefix.append(UInt8(ascii: ",")) }
      prefix.append(contentsOf: column.utf8)
    }
    return (prefix, kind)
  }

  /// Each kind by the first columns of its header (an ECB XML file, starting `<`, is exchange).
  static let headers: [(columns: [String], kind: Kind)] = [
    (["date"], .exchange), (["code", "numeric"], .currencies), (["id", "title"], .sources), (["role"], .bands),
    (["country", "name"], .countries), (["country", "region", "year"], .holidays),
    (["country", "year", "name"], .contributions), (["country", "year", "ppp"], .ppp),
  ]

  /// The first line that is neither blank nor a comment (`#` after any spaces, tabs or byte-order
  /// mark), lower-cased, without spaces or carriage returns, cut after 200 bytes.
  static func headerLine(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    let newline = UInt8(ascii: "\n")
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != newline { end += 1 }
      var at = start
      while at < end, [UInt8(ascii: " "), UInt8(ascii: "\t"), 0xEF, 0xBB, 0xBF].contains(bytes[at]) { at += 1 }
      if at < end && bytes[at] != UInt8(ascii: "#") {
        var header: [UInt8] = []
        while at < end && header.count <= 200 {
          let byte = bytes[at]
          if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\r") {
            header.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
          }
          at += 1
        }
        if !header.isEmpty { return header }
      }
      start = end + 1
    }
    return []
  }
}
