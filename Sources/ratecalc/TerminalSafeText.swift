/// Text made safe for a terminal: control characters that came from a user's line or a data file
/// are shown as visible symbols (ESC as `␛`, a C0 byte as its Control Pictures symbol, DEL as `␡`)
/// instead of being sent raw, so nothing echoed can clear the screen or retitle the window. The
/// only escape sequences kept are ratecalc's own colours: `ESC [ digits ; … m`.
enum TerminalSafeText {
  /// The visible form of one control scalar, or `nil` when it is not a control character.
  static func picture(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0..<32: Unicode.Scalar(0x2400 + scalar.value)
    case 127: Unicode.Scalar(0x2421)
    case 0x80..<0xA0: Unicode.Scalar(0xFFFD)
    default: nil
    }
  }

  /// `text` with every control character but newline and tab made visible, colour codes kept.
  static func make(_ text: String) -> String {
    if isSafe(text) { return text }
    let scalars = Array(text.unicodeScalars)
    guard
      scalars.contains(where: {
        $0.value < 32 && $0 != "\n" && $0 != "\t" || $0.value == 127 || (0x80..<0xA0).contains($0.value)
      })
    else { return text }
    var result = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\u{1B}", let end = colourCodeEnd(scalars, from: index) {
        result.append(contentsOf: scalars[index...end])
        index = end + 1
        continue
      }
      if scalar != "\n" && scalar != "\t", let picture = picture(of: scalar) {
        result.append(picture)
      } else {
        result.append(scalar)
      }
      index += 1
    }
    return String(result)
  }

  /// Whether text has nothing to make visible, read as bytes: no byte below 0x20 but newline and
  /// tab, no DEL, and no C1 control (U+0080–U+009F, whose UTF-8 is C2 80 to C2 9F). Most text
  /// is returned as it is after this one pass.
  static func isSafe(_ text: String) -> Bool {
    func check(_ bytes: some Sequence<UInt8>) -> Bool {
      var previous: UInt8 = 0
      for byte in bytes {
        if byte < 32 && byte != 10 && byte != 9 || byte == 127 { return false }
        if previous == 0xC2 && byte >= 0x80 && byte < 0xA0 { return false }
        previous = byte
      }
      return true
    }
    // Native strings (all of ratecalc's) are read straight from their storage.
    return text.utf8.withContiguousStorageIfAvailable { check($0) } ?? check(text.utf8)
  }

  /// The index of the `m` that ends a colour code starting at `start` (`ESC [ 1 ; 31 m`), if it is one.
  static func colourCodeEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
    var index = start + 2
    while index < scalars.count && index - start < 16 {
      let scalar = scalars[index]
      if scalar == "m" { return index }
      guard ("0"..."9").contains(scalar) || scalar == ";" else { return nil }
      index += 1
    }
    return nil
  }
}
