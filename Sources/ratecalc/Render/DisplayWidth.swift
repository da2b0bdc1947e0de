/// How many terminal columns text takes: colour codes take none, combining marks none, East
/// Asian wide and fullwidth characters two, everything else one.
enum DisplayWidth {
  /// The columns `text` takes on a terminal.
  static func of(_ text: String) -> Int {
    asciiWidth(text) ?? scalarWidth(text)
  }

  /// Whether text takes at most `width` columns. Text of no more bytes than that fits without
  /// being measured: a scalar never takes more columns than its UTF-8 bytes (ASCII one byte and
  /// at most one column; any other scalar at least two bytes and at most two columns).
  static func fits(_ text: String, in width: Int) -> Bool {
    text.utf8.count <= width || of(text) <= width
  }

  /// The columns of text that is all ASCII, read as bytes; `nil` at the first byte beyond ASCII.
  /// Gives what ``scalarWidth(_:)`` gives for such text (a test compares the two).
  static func asciiWidth(_ text: String) -> Int? {
    var width = 0
    var inEscape = false
    for byte in text.utf8 {
      guard byte < 0x80 else { return nil }
      if inEscape {
        if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") { inEscape = false }
      } else if byte == 0x1B {
        inEscape = true
      } else if byte >= 0x20 && byte != 0x7F {
        width += 1
      }
    }
    return width
  }

  /// The columns of any text, scalar by scalar.
  static func scalarWidth(_ text: String) -> Int {
    var width = 0
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        // A colour code ends at its final letter: `ESC [ 1 m`.
        let letter =
          scalar.isASCII
          ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic
        if letter { inEscape = false }
        continue
      }
      if scalar == "\u{1B}" {
        inEscape = true
        continue
      }
      width += columns(scalar)
    }
    return width
  }

  /// The text without its colour codes (an escape up to its final letter, as ``scalarWidth(_:)``
  /// passes over them).
  static func plain(_ text: String) -> String {
    guard text.utf8.contains(0x1B) else { return text }
    var result = String.UnicodeScalarView()
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if scalar.properties.isAlphabetic { inEscape = false }
      } else if scalar == "\u{1B}" {
        inEscape = true
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// The columns one scalar takes.
  static func columns(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    // ASCII without a look-up: a control or DEL takes none, anything else one.
    if value < 0x80 { return value < 0x20 || value == 0x7F ? 0 : 1 }
    if value < 0xA0 { return 0 }
    if isNarrowWithoutLookUp(value) { return 1 }
    return columnsByProperties(scalar)
  }

  /// The blocks ratecalc writes most beyond ASCII, each scalar one column and none a mark or a
  /// format character: Latin-1 (`£`, `·`, but not the soft hyphen), dashes and quotes, currency
  /// signs, box drawing and block elements (a chart line is mostly `█`). A test checks every
  /// scalar in them against ``columnsByProperties(_:)``.
  static func isNarrowWithoutLookUp(_ value: UInt32) -> Bool {
    switch value {
    case 0xA0...0xAC, 0xAE...0xFF, 0x2010...0x2027, 0x20A0...0x20C0, 0x2500...0x259F: true
    default: false
    }
  }

  /// The columns of a scalar beyond ASCII, from its Unicode properties.
  static func columnsByProperties(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0xA0 { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B { return 0 }
    return isWide(value) ? 2 : 1
  }

  /// East Asian Wide and Fullwidth ranges (Unicode 15, UAX #11), and emoji presentation.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE,
      0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE,
      0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705,
      0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF,
      0x2B1B...0x2B1C, 0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
      0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      true
    default:
      false
    }
  }
}
