import TestSupport
import Testing

@testable import ratecalc

/// A line's bytes become its text exactly when they are UTF-8, whether or not they are ASCII.
@Suite struct LineDecodeTests {
  @Test func aLineDecodesAsTheStandardValidationSays() {
    var random = SeededGenerator(seed: 99)
    let pieces: [[UInt8]] = [
      Array("convert 500 GBP to USD".utf8), Array("£".utf8), Array("€".utf8), Array("–".utf8), [0xFF], [0xC3],
      [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x7F], [0x00], [13], Array(" 55k ".utf8),
    ]
    for _ in 0..<10_000 {
      var bytes: [UInt8] = []
      for _ in 0..<random.int(in: 0...5) { bytes += random.element(of: pieces) }
      let expected = String(validating: bytes.last == 13 ? Array(bytes.dropLast()) : bytes, as: UTF8.self)
      switch LineCheck.decode(LineReader.Line(bytes: bytes, length: bytes.count), first: false) {
      case .success(let text): #expect(text == expected, "\(bytes)")
      case .failure: #expect(expected == nil, "\(bytes)")
      }
    }
  }
}
