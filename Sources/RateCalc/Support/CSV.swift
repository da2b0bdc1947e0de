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
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let fields = try split(line, file: file, line: lineNumber)
      records.append(CSVRecord(line: lineNumber, fields: fields))
    }
    return records
  }

  /// Splits one line into fields.
  static func split(_ line: Substring, file: String, line lineNumber: Int) throws(DataFileError)
    -> [CSVField]
  {
    var fields: [CSVField] = []
    var current = ""
    var column = 1
    var fieldStart = 1
    var inQuotes = false
    var wasQuoted = false
    var iterator = line.makeIterator()
    var pending: Character? = nil
    func finish() {
      let text = wasQuoted ? current : current.trimmingSpaces()
      fields.append(CSVField(text: text, column: fieldStart))
      current = ""
      wasQuoted = false
    }
    while let character = pending ?? iterator.next() {
      pending = nil
      if inQuotes {
        if character == "\"" {
          let next = iterator.next()
          if next == "\"" {
            current.append("\"")
            column += 1
          } else {
            inQuotes = false
            pending = next
          }
        } else {
          current.append(character)
        }
      } else if character == "\"" && current.trimmingSpaces().isEmpty {
        inQuotes = true
        wasQuoted = true
        current = ""
      } else if character == "," {
        finish()
        fieldStart = column + 1
      } else {
        if current.isEmpty && character == " " && !wasQuoted {
          fieldStart = column + 1
        } else if !wasQuoted {
          current.append(character)
        }
      }
      column += 1
    }
    if inQuotes {
      throw DataFileError(
        file: file, line: lineNumber, column: fieldStart, text: String(line),
        reason: "a quoted field is not closed")
    }
    finish()
    return fields
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
    "\(file):\(line):\(column): \(reason): '\(text)'"
  }
}
