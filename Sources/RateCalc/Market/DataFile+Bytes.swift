extension DataFile {
  /// The largest data file read: 64 MiB (the ECB's whole history as XML is about 8 MiB).
  public static let maximumBytes = 64 << 20

  /// Why a file of this many bytes is not read.
  public static func tooLarge(_ size: Int) -> String {
    "the file is \(size >> 20) MiB; data files are read up to \(maximumBytes >> 20) MiB"
  }

  /// A data file from its bytes, checked before any of it is read as data: at most
  /// ``maximumBytes``, UTF-8 throughout (the first byte that is not is named by line and column),
  /// and old Mac line ends (a carriage return alone) read as line ends.
  /// - Throws: ``DataFileError`` naming the file, and the line and column of a bad byte.
  public init(name: String, bytes: [UInt8], isUserFile: Bool) throws(DataFileError) {
    guard bytes.count <= DataFile.maximumBytes else {
      throw DataFileError(file: name, line: 1, column: 1, text: "", reason: DataFile.tooLarge(bytes.count))
    }
    if let bad = DataFile.firstInvalidUTF8(bytes) {
      throw DataFileError(
        file: name, line: bad.line, column: bad.column, text: "",
        reason: "not UTF-8 text (byte 0x\(String(bytes[bad.offset], radix: 16, uppercase: true)))")
    }
    var bytes = bytes
    if !bytes.contains(UInt8(ascii: "\n")) && bytes.contains(UInt8(ascii: "\r")) {
      for index in bytes.indices where bytes[index] == UInt8(ascii: "\r") { bytes[index] = UInt8(ascii: "\n") }
    }
    self.init(name: name, text: String(decoding: bytes, as: UTF8.self), isUserFile: isUserFile)
  }

  /// The first byte that does not belong to well-formed UTF-8 (overlong forms, surrogates and
  /// values past U+10FFFF included), with its 1-based line and column; `nil` when all is well.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> (offset: Int, line: Int, column: Int)? {
    var index = 0
    var line = 1
    var column = 1
    while index < bytes.count {
      let lead = bytes[index]
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return (index, line, column)
      }
      for offset in 1..<length {
        guard index + offset < bytes.count else { return (index, line, column) }
        let byte = bytes[index + offset]
        let (min, max) = offset == 1 ? (low, high) : (0x80, 0xBF)
        guard byte >= min && byte <= max else { return (index, line, column) }
      }
      if lead == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index += length
    }
    return nil
  }
}
