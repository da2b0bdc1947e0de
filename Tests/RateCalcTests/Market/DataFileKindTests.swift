import TestSupport
import Testing

@testable import RateCalc

/// A data file's kind, read from its first line that is not a comment.
@Suite struct DataFileKindTests {
  /// The header as it was first read, character by character over the whole text: the oracle.
  func referenceHeader(_ text: String) -> [UInt8] {
    var header: [UInt8] = []
    var atLineStart = true
    var skipping = false
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\n") {
        if !header.isEmpty { break }
        atLineStart = true
        skipping = false
        continue
      }
      if skipping { continue }
      if atLineStart
        && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0xEF || byte == 0xBB || byte == 0xBF)
      {
        continue
      }
      if atLineStart && byte == UInt8(ascii: "#") {
        skipping = true
        continue
      }
      atLineStart = false
      if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\r") {
        header.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
      }
      if header.count > 200 { break }
    }
    return header
  }

  @Test func theHeaderLineIsTheOneTheCharacterReadingFound() {
    var random = SeededGenerator(seed: 31)
    let pieces = [
      "# a comment, with Date,USD\n", "  # indented comment\n", "\n", "\r\n", " \t\n", "\u{FEFF}", "Date,USD,JPY\n",
      "code,numeric,minor_units\n", "Country, Year, PPP\n", "role,country\r\n", "#\n", "x", " ", "\t", "\r",
      String(repeating: "abc,", count: 60) + "\n", "<?xml version='1.0'?>\n", "£,€\n",
    ]
    for _ in 0..<5_000 {
      var text = ""
      for _ in 0..<random.int(in: 0...6) { text += random.element(of: pieces) }
      var copy = text
      let fast = copy.withUTF8 { DataFile.headerLine($0) }
      #expect(fast == referenceHeader(text), "\(text.debugDescription)")
    }
  }

  /// The kind as it was first told: the header split into columns, compared name by name.
  func referenceKind(_ text: String) -> DataFile.Kind? {
    let line = String(decoding: referenceHeader(text), as: UTF8.self)
    let columns = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    if line.hasPrefix("<") { return .exchange }
    return DataFile.headers.first { columns.starts(with: $0.columns) }?.kind
  }

  @Test func theKindIsTheOneTheColumnReadingFound() {
    var random = SeededGenerator(seed: 8)
    let words = [
      "date", "Date", "base", "quote", "code", "numeric", "id", "title", "role", "country", "name", "region",
      "year", "ppp", "dates", "<cube", "x", "",
    ]
    for _ in 0..<5_000 {
      let columns = (0..<random.int(in: 1...4)).map { _ in random.element(of: words) }
      let text = (random.below(2) == 0 ? "# comment\n" : "") + columns.joined(separator: ",") + "\n1,2\n"
      #expect(
        DataFile(name: "t.csv", text: text, isUserFile: true).kind == referenceKind(text), "\(text.debugDescription)")
    }
  }

  @Test func everyShippedFileHasTheKindItsHeaderSays() {
    for file in RateBook.builtInFiles() {
      #expect(file.kind != nil && file.kind == referenceKind(file.text), "\(file.name)")
      var text = file.text
      #expect(text.withUTF8 { DataFile.headerLine($0) } == referenceHeader(file.text), "\(file.name)")
    }
  }
}
