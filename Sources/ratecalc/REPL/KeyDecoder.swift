/// A key, or a paste, read from the terminal.
enum Key: Equatable {
  /// A printable character.
  case text(Character)
  /// A control byte: Enter (13), Tab (9), Backspace (127 or 8), Ctrl-A (1)…
  case control(UInt8)
  /// Esc on its own.
  case escape
  case up, down, left, right, home, end, delete
  /// Ctrl-← / Alt-b and Ctrl-→ / Alt-f.
  case wordLeft, wordRight
  /// Text pasted while bracketed paste is on, with line breaks and control characters made spaces.
  case paste(String)
  /// A sequence ratecalc does not use: it does nothing.
  case ignored
}

/// Turns terminal bytes into keys. Every sequence is bounded: a control sequence is read to at
/// most ``maximumSequenceBytes`` bytes and its numbers are capped, so no input can overflow or
/// run away; a sequence ratecalc does not know is read whole and ignored.
enum KeyDecoder {
  /// The longest control sequence read; longer ones are read on to their end and ignored.
  static let maximumSequenceBytes = 32
  /// The most bytes of one paste kept; the rest is read and dropped.
  static let maximumPasteBytes = 65_536
  /// The largest number a sequence parameter keeps (`ESC [ 99999999999999999999 ~` reads as this).
  static let maximumParameter = 9_999

  /// The next key. `read(true)` may give up (`nil`) after a short wait: it reads a byte that
  /// would continue a sequence, so a lone Esc is not held waiting. `read(false)` waits for a key.
  static func next(_ read: (_ continuing: Bool) -> UInt8?) -> Key? {
    guard let byte = read(false) else { return nil }
    switch byte {
    case 27: return escape(read)
    case 0..<32, 127: return .control(byte)
    default: return character(startingWith: byte, read)
    }
  }

  /// A UTF-8 character from its first byte; a malformed one is ignored.
  static func character(startingWith first: UInt8, _ read: (Bool) -> UInt8?) -> Key {
    let extra: Int
    switch first {
    case 0xC2...0xDF: extra = 1
    case 0xE0...0xEF: extra = 2
    case 0xF0...0xF4: extra = 3
    case 0x20..<0x7F: return .text(Character(Unicode.Scalar(first)))
    default: return .ignored
    }
    var bytes = [first]
    for _ in 0..<extra {
      guard let next = read(true), next & 0xC0 == 0x80 else { return .ignored }
      bytes.append(next)
    }
    guard let text = String(validating: bytes, as: UTF8.self), let character = text.first else { return .ignored }
    return .text(character)
  }

  static func escape(_ read: (Bool) -> UInt8?) -> Key {
    guard let introducer = read(true) else { return .escape }
    switch introducer {
    case UInt8(ascii: "["): return controlSequence(read)
    case UInt8(ascii: "O"):
      guard let final = read(true) else { return .ignored }
      return cursorKey(final, modifier: 1)
    case UInt8(ascii: "b"): return .wordLeft
    case UInt8(ascii: "f"): return .wordRight
    default: return .ignored
    }
  }

  /// `ESC [ params final`: parameters are digits and `;`, the final byte is `@`…`~`. A sequence
  /// longer than ``maximumSequenceBytes`` is read to its end in constant memory and ignored.
  static func controlSequence(_ read: (Bool) -> UInt8?) -> Key {
    var parameters: [Int] = [0]
    var count = 0
    while let byte = read(true) {
      count += 1
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let digit = Int(byte - UInt8(ascii: "0"))
        parameters[parameters.count - 1] = min(parameters[parameters.count - 1] * 10 + digit, maximumParameter + 1)
      case UInt8(ascii: ";"):
        if parameters.count < 8 { parameters.append(0) }
      case 0x20...0x3F:
        break  // other parameter and intermediate bytes: allowed, not used
      case 0x40...0x7E:
        guard count <= maximumSequenceBytes else { return .ignored }
        return final(byte, parameters: parameters, read)
      default:
        return .ignored  // a control byte inside a sequence ends it
      }
    }
    return .ignored
  }

  static func final(_ byte: UInt8, parameters: [Int], _ read: (Bool) -> UInt8?) -> Key {
    if byte == UInt8(ascii: "~") {
      switch parameters[0] {
      case 1, 7: return .home
      case 4, 8: return .end
      case 3: return .delete
      case 200: return paste(read)
      default: return .ignored
      }
    }
    return cursorKey(byte, modifier: parameters.count > 1 ? parameters[1] : 1)
  }

  /// Arrows, Home and End; with Ctrl (5) or Alt (3), ← and → move by words.
  static func cursorKey(_ byte: UInt8, modifier: Int) -> Key {
    let byWord = modifier == 5 || modifier == 3
    switch byte {
    case UInt8(ascii: "A"): return .up
    case UInt8(ascii: "B"): return .down
    case UInt8(ascii: "C"): return byWord ? .wordRight : .right
    case UInt8(ascii: "D"): return byWord ? .wordLeft : .left
    case UInt8(ascii: "H"): return .home
    case UInt8(ascii: "F"): return .end
    default: return .ignored
    }
  }

  /// The text between `ESC [ 200 ~` and `ESC [ 201 ~`, at most ``maximumPasteBytes`` of it.
  static func paste(_ read: (Bool) -> UInt8?) -> Key {
    let end: [UInt8] = [27, 91, 50, 48, 49, 126]  // ESC [ 2 0 1 ~
    var bytes: [UInt8] = []
    var matched = 0
    while let byte = read(false) {
      if byte == end[matched] {
        matched += 1
        if matched == end.count { break }
        continue
      }
      // Not the terminator after all: keep what was held back, then this byte.
      if matched > 0 && bytes.count < maximumPasteBytes { bytes += end[..<matched] }
      matched = byte == end[0] ? 1 : 0
      if matched == 0 && bytes.count < maximumPasteBytes { bytes.append(byte) }
    }
    let text = String(decoding: bytes.prefix(maximumPasteBytes), as: UTF8.self)
    return .paste(String(text.map { ($0.asciiValue ?? 32) < 32 || $0.asciiValue == 127 ? " " : $0 }))
  }
}
