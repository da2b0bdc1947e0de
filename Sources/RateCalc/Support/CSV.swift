/// One field of a comma-separated line, with the column where it starts.
struct CSVField {
  /// The field's text, unquoted and with surrounding spaces removed.
  let text: String
  /// The 1-based character column where the field starts in its line.
  let column: Int
}

/// A line of a data file split into fields, and where it came from.
struct CSVRecord {
  /// The 1-based line number in the file.
  let line: Int
  /// The fields in order.
  let fields: [CSVField]
}

/// Splits ratecalc's comma-separated data files into records.
///
/// Lines starting with `#` and blank lines are skipped. A field may be quoted with `"` to hold
/// commas (`""` is a quote inside it). Spaces around fields are dropped, so the ECB's `", "`
/// separators read like `","`.
enum CSV {
  /// The records of a text, or an error naming the line and column of an unclosed quote.
  static func records(in text: String, file: String) throws(DataFileError) -> [CSVRecord] {
    var records: [CSVRecord] = []
    var lineNumber = 0
    var failure: DataFileError? = nil
    var text = text
    text.withUTF8 { bytes in
      var lineStart = 0
      while lineStart < bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        lineNumber += 1
        let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
        lineStart = lineEnd + 1
        var first = 0
        while first < line.count && (line[first] == space || line[first] == tab || line[first] == cr) { first += 1 }
        if first == line.count || line[first] == UInt8(ascii: "#") { continue }
        switch split(line) {
        case .success(let fields): records.append(CSVRecord(line: lineNumber, fields: fields))
        case .failure(let column):
          failure = DataFileError(
            file: file, line: lineNumber, column: column, text: String(decoding: line, as: UTF8.self),
            reason: "a quoted field is not closed")
          return
        }
      }
    }
    ReadWork.add(text.utf8.count)
    if let failure { throw failure }
    return records
  }

  private static let space = UInt8(ascii: " ")
  private static let tab = UInt8(ascii: "\t")
  private static let cr = UInt8(ascii: "\r")
  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")

  enum SplitResult {
    case success([CSVField])
    /// An unclosed quote starting at this column.
    case failure(Int)
  }

  /// Splits one line (without its newline) into fields. Columns count Unicode scalars from 1.
  static func split(_ line: UnsafeBufferPointer<UInt8>) -> SplitResult {
    var fields: [CSVField] = []
    var index = 0
    var column = 1
    let end = line.count
    /// Advances past one character's bytes, counting a column at each scalar's first byte.
    func advance() {
      index += 1
      while index < end && line[index] & 0xC0 == 0x80 { index += 1 }
      column += 1
    }
    fields.reserveCapacity(12)
    while true {
      while index < end && (line[index] == space || line[index] == tab) { advance() }
      let fieldColumn = column
      if index < end && line[index] == quote {
        var bytes: [UInt8] = []
        advance()
        var closed = false
        while index < end {
          if line[index] == quote {
            if index + 1 < end && line[index + 1] == quote {
              bytes.append(quote)
              advance()
              advance()
              continue
            }
            advance()
            closed = true
            break
          }
          let start = index
          advance()
          bytes += line[start..<index]
        }
        guard closed else { return .failure(fieldColumn) }
        while index < end && line[index] != comma { advance() }
        fields.append(CSVField(text: String(decoding: bytes, as: UTF8.self), column: fieldColumn))
      } else {
        let start = index
        // A column is counted at each scalar's first byte (not a continuation byte 10xxxxxx).
        while index < end && line[index] != comma {
          if line[index] & 0xC0 != 0x80 { column += 1 }
          index += 1
        }
        var stop = index
        while stop > start && (line[stop - 1] == space || line[stop - 1] == tab || line[stop - 1] == cr) { stop -= 1 }
        // Straight from the line's bytes: no copy for the common unquoted field.
        fields.append(
          CSVField(
            text: String(decoding: UnsafeBufferPointer(rebasing: line[start..<stop]), as: UTF8.self),
            column: fieldColumn))
      }
      guard index < end else { break }
      advance()  // the comma
    }
    return .success(fields)
  }
}

extension String {
  /// The text without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
    return String(slice)
  }
}

/// A problem in a data file, named by file, line and column, with the offending text.
public struct DataFileError: Error, Equatable, Sendable {
  /// The file's name as the user gave it (or its path inside `Rates/`).
  public let file: String
  /// The 1-based line number.
  public let line: Int
  /// The 1-based column where the offending text starts.
  public let column: Int
  /// The offending text itself.
  public let text: String
  /// What is wrong with it.
  public let reason: String

  /// Creates an error about a place in a data file.
  public init(file: String, line: Int, column: Int, text: String, reason: String) {
    self.file = file
    self.line = line
    self.column = column
    self.text = text
    self.reason = reason
  }

  /// `file:line:column: reason: 'text'`, as compilers write it.
  public var message: String {
    // A file that is not ratecalc's is never quoted (it could be anyone's private file).
    text.isEmpty
      ? "\(file):\(line):\(column): \(reason)" : "\(file):\(line):\(column): \(reason): '\(Quoted.text(text))'"
  }
}
