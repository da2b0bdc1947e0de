import RateCalc

/// What a command line may not hold, checked before it is parsed: more than 64 KiB, bytes that
/// are not UTF-8, or control characters (a tab is a space; a carriage return before the newline
/// is dropped). Each is one clear error naming the column.
enum LineCheck {
  /// A line that cannot be read, and the text to show under the error.
  struct LineError: Error {
    let error: SyntaxError
    let shown: String
  }

  /// The control characters by their usual names, for messages.
  static let controlNames = [
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI", "DLE",
    "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
  ]

  /// A line read as bytes: its text, or the error to report with the text to show under it
  /// (invalid bytes shown as U+FFFD). `first` strips a byte-order mark. Control characters are
  /// left for ``problem(_:)``, which every line meets.
  static func decode(_ line: LineReader.Line, first: Bool) -> Result<String, LineError> {
    if line.isTooLong { return .failure(LineError(error: tooLong(line.length), shown: "")) }
    var bytes = line.bytes[...]
    if first && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if bytes.last == 13 { bytes = bytes.dropLast() }
    // ASCII needs no validation (the runtime's generic validation was a thirtieth of a piped
    // conversion); anything else is validated.
    let decoded = bytes.withUnsafeBufferPointer { buffer in
      buffer.allSatisfy { $0 < 0x80 }
        ? String(decoding: buffer, as: UTF8.self) : String(validating: buffer, as: UTF8.self)
    }
    guard let text = decoded else {
      let column = firstInvalidColumn(bytes)
      return .failure(
        LineError(
          error: SyntaxError("not UTF-8 at column \(column)", position: column, length: 1),
          shown: String(decoding: bytes, as: UTF8.self)))
    }
    return .success(text)
  }

  /// The column (counting Unicode scalars from 1) of the first byte that does not start a valid
  /// UTF-8 sequence.
  static func firstInvalidColumn(_ bytes: ArraySlice<UInt8>) -> Int {
    var index = bytes.startIndex
    var column = 1
    while index < bytes.endIndex {
      let lead = bytes[index]
      let count: Int
      switch lead {
      case 0..<0x80: count = 1
      case 0xC2...0xDF: count = 2
      case 0xE0...0xEF: count = 3
      case 0xF0...0xF4: count = 4
      default: return column
      }
      guard index + count <= bytes.endIndex, String(validating: bytes[index..<index + count], as: UTF8.self) != nil
      else { return column }
      index += count
      column += 1
    }
    return column
  }

  /// The error for a line already in memory as text (a prompt or the arguments), if any.
  static func problem(_ text: String) -> SyntaxError? {
    if text.utf8.count > LineReader.maximumBytes { return tooLong(text.utf8.count) }
    // Most lines hold no control byte at all: nothing to look at by characters.
    guard text.utf8.contains(where: { $0 < 32 && $0 != 9 || $0 == 127 }) else { return nil }
    var column = 0
    for character in text {
      column += 1
      guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { continue }
      if scalar.value < 32 && scalar != "\t" || scalar.value == 127 {
        let name = scalar.value == 127 ? "DEL" : controlNames[Int(scalar.value)]
        return SyntaxError("a control character (\(name)) at column \(column)", position: column, length: 1)
      }
    }
    return nil
  }

  static func tooLong(_ length: Int) -> SyntaxError {
    SyntaxError(
      "the line is \(length) bytes long; ratecalc reads lines of at most \(LineReader.maximumBytes) bytes (64 KiB)",
      position: 0, length: 0)
  }
}
