import Testing

@testable import ratecalc

/// Columns on a terminal: the fast paths for ASCII give what Unicode's properties give, and a table
/// cell wraps at spaces as it did when each candidate line was measured whole.
@Suite struct DisplayWidthTests {
  /// A seeded generator of text: words of ASCII letters and digits, colour codes, controls, spaces
  /// and, for the scalar path, a few characters beyond ASCII (wide, combining, zero-width).
  struct Generator {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }

    mutating func text(ascii: Bool) -> String {
      let pieces =
        ["a", "Z", "7", " ", "  ", "\u{1B}[1m", "\u{1B}[0m", "\u{1B}[2m", "\t", "\u{7F}", "£", "·", "—"]
        + (ascii ? [] : ["€", "中", "e\u{301}", "\u{200B}", "🎉", "\u{1B}[3\u{301}m"])
      let usable = ascii ? pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : pieces
      return (0..<next(40)).map { _ in usable[next(usable.count)] }.joined()
    }
  }

  /// The width as it was first written: every scalar through its Unicode properties.
  func propertiesWidth(_ text: String) -> Int {
    var width = 0
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if scalar.properties.isAlphabetic { inEscape = false }
        continue
      }
      if scalar == "\u{1B}" {
        inEscape = true
        continue
      }
      let value = scalar.value
      if value < 32 || (0x7F..<0xA0).contains(value) { continue }
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .format: continue
      default: break
      }
      if value == 0x200B { continue }
      width += ["€", "£", "·", "—", "e"].contains(Character(scalar)) || value < 0x80 ? 1 : 2
    }
    return width
  }

  @Test func theFastPathsGiveThePropertiesWidth() {
    var generator = Generator(state: 17)
    for _ in 0..<20_000 {
      let text = generator.text(ascii: true)
      #expect(DisplayWidth.asciiWidth(text) == propertiesWidth(text), "\(text.debugDescription)")
      #expect(DisplayWidth.scalarWidth(text) == propertiesWidth(text), "\(text.debugDescription)")
    }
    var mixed = Generator(state: 29)
    for _ in 0..<5_000 {
      let text = mixed.text(ascii: false)
      #expect(DisplayWidth.of(text) == propertiesWidth(text), "\(text.debugDescription)")
    }
    #expect(DisplayWidth.of("\u{1B}[1m£55,000.00\u{1B}[0m") == 10)
    #expect(DisplayWidth.of("中文 ok") == 7)
  }

  @Test func theBlocksReadWithoutALookUpAreOneColumnEach() {
    var checked = 0
    for value in UInt32(0xA0)...0x25FF where DisplayWidth.isNarrowWithoutLookUp(value) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(DisplayWidth.columnsByProperties(scalar) == 1, "U+\(String(value, radix: 16))")
      checked += 1
    }
    #expect(checked > 300)
    // The soft hyphen, a format character, is left to the properties and takes no column.
    #expect(!DisplayWidth.isNarrowWithoutLookUp(0xAD) && DisplayWidth.columns("\u{AD}") == 0)
    #expect(DisplayWidth.of("£1 · █▌ ─ €2") == 12)
  }

  @Test func textNoLongerInBytesThanTheWidthFitsWithoutMeasuring() {
    var generator = Generator(state: 41)
    for index in 0..<10_000 {
      let text = generator.text(ascii: index % 2 == 0)
      #expect(DisplayWidth.of(text) <= text.utf8.count, "\(text.debugDescription)")
      for width in [0, 5, 20, 40, 80] {
        #expect(DisplayWidth.fits(text, in: width) == (DisplayWidth.of(text) <= width), "\(text.debugDescription)")
      }
    }
  }

  /// The wrapping a cell had when every candidate line was measured whole.
  func measuredWhole(_ cell: String, width: Int) -> [String] {
    guard DisplayWidth.of(cell) > width else { return [cell] }
    var text = cell
    var prefix = ""
    var suffix = ""
    if text.hasPrefix("\u{1B}["), let end = text.firstIndex(of: "m"), text.hasSuffix("\u{1B}[0m") {
      prefix = String(text[...end])
      text = String(text[text.index(after: end)..<text.index(text.endIndex, offsetBy: -4)])
      suffix = "\u{1B}[0m"
    }
    var pieces: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if DisplayWidth.of(candidate) <= width || current.isEmpty {
        current = candidate
      } else {
        pieces.append(current)
        current = String(word)
      }
    }
    pieces.append(current)
    return pieces.map { prefix + $0 + suffix }
  }

  @Test func aCellWrapsAsWhenEachLineWasMeasuredWhole() {
    var generator = Generator(state: 41)
    for index in 0..<10_000 {
      let text = generator.text(ascii: index % 2 == 0)
      let width = 1 + generator.next(30)
      #expect(TextTable.wrap(text, width: width) == measuredWhole(text, width: width), "\(text.debugDescription)")
    }
  }

  /// A cell of 100,000 words wraps into lines of whole words.
  @Test func aLongCellWrapsInOnePass() {
    let cell = Array(repeating: "word", count: 100_000).joined(separator: " ")
    let lines = TextTable.wrap(cell, width: 24)
    #expect(lines.count == 20_000)
    #expect(lines.allSatisfy { $0 == "word word word word word" })
  }
}
