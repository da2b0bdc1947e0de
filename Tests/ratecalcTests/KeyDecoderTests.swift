import Testing

@testable import ratecalc

/// The key decoder fed from a byte buffer: every sequence bounded, unknown ones ignored.
@Suite struct KeyDecoderTests {
  /// All the keys a byte string decodes to.
  static func keys(_ bytes: [UInt8]) -> [Key] {
    var index = 0
    var keys: [Key] = []
    let read: (Bool) -> UInt8? = { _ in
      guard index < bytes.count else { return nil }
      defer { index += 1 }
      return bytes[index]
    }
    while let key = KeyDecoder.next(read) { keys.append(key) }
    return keys
  }

  static func keys(_ text: String) -> [Key] { keys(Array(text.utf8)) }

  @Test func arrowsHomeEndDeleteAndWords() {
    #expect(
      KeyDecoderTests.keys(
        "\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D\u{1B}OH\u{1B}[4~\u{1B}[3~\u{1B}[1;5D\u{1B}[1;5C\u{1B}b\u{1B}f")
        == [.up, .down, .right, .left, .home, .end, .delete, .wordLeft, .wordRight, .wordLeft, .wordRight])
  }

  @Test func anOverlongParameterIsCappedNotTrapped() {
    #expect(KeyDecoderTests.keys("\u{1B}[9999999999999999999~x") == [.ignored, .text("x")])
    let long = KeyDecoderTests.keys("\u{1B}[" + String(repeating: "9", count: 100_000) + "~")
    #expect(long.count == 1 && long.first == .ignored)
  }

  /// A control byte inside a sequence ends it: the paste that ran `touch FILE` in the shell now
  /// gives an ignored sequence, then the rest as keys at ratecalc's own prompt.
  @Test func aControlByteEndsASequence() {
    let keys = KeyDecoderTests.keys("\u{1B}[9999999999999999999\rtouch")
    #expect(keys.first == .ignored)
    #expect(keys.dropFirst() == [.text("t"), .text("o"), .text("u"), .text("c"), .text("h")])
  }

  @Test func aBracketedPasteIsOnePieceWithLineBreaksAsSpaces() {
    #expect(
      KeyDecoderTests.keys("\u{1B}[200~a\rb\u{1B}[2x\u{1B}[201~c") == [
        .paste("a b\u{1B}[2x".replacingEscape()), .text("c"),
      ])
    let long = String(repeating: "x", count: 100_000)
    guard case .paste(let text)? = KeyDecoderTests.keys("\u{1B}[200~" + long + "\u{1B}[201~").first else {
      Issue.record("no paste")
      return
    }
    #expect(text.count == KeyDecoder.maximumPasteBytes)
  }

  @Test func malformedUTF8IsIgnoredAndCharactersAreWhole() {
    #expect(KeyDecoderTests.keys([0xC2, 0xA3, 0xFF, 0xE2, 0x82]) == [.text("£"), .ignored, .ignored])
  }

  /// Random bytes: every buffer decodes to at most one key per byte, without trapping.
  @Test func randomBytesAlwaysDecode() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<2_000 {
      var bytes: [UInt8] = []
      for _ in 0..<64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let byte = UInt8(truncatingIfNeeded: state >> 56)
        bytes.append(state & 3 == 0 ? 27 : byte)
      }
      #expect(KeyDecoderTests.keys(bytes).count <= bytes.count)
    }
  }
}

extension String {
  /// The text with ESC shown as a space, as a paste keeps it.
  fileprivate func replacingEscape() -> String { String(map { $0 == "\u{1B}" ? " " : $0 }) }
}
