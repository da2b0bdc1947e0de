import RateCalc

/// Splits a command line into tokens: spaces separate, double quotes group, and a number
/// followed by groups of exactly three digits is joined (`55 000` is one amount).
///
/// A line of printable ASCII (almost every line typed or piped) is read as bytes, where a byte is
/// a character; any other line is read by characters, so `£`, `“…”` and combining marks count as
/// one column each. Both give the same tokens for the same line.
enum Tokenizer {
  /// The tokens of a line, with their 1-based character positions.
  static func tokens(_ line: String) throws(SyntaxError) -> [Token] {
    var line = line
    if let tokens = line.withUTF8({ asciiTokens($0) }) { return tokens }
    return try characterTokens(line)
  }

  /// The tokens of a line of printable ASCII, or `nil` for any other line (a byte outside
  /// 0x20–0x7E other than a tab) or an unclosed quote, which the character path reports.
  static func asciiTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token]? {
    let space = UInt8(ascii: " ")
    let tab = UInt8(ascii: "\t")
    let quote = UInt8(ascii: "\"")
    func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    func text(_ start: Int, _ end: Int) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
    var tokens: [Token] = []
    tokens.reserveCapacity(8)
    // The token that can still take `000` groups: where it starts and its text so far.
    var grouping: (start: Int, text: String)? = nil
    func flush(end: Int) {
      if let open = grouping {
        tokens[tokens.count - 1] = Token(
          text: open.text, position: open.start + 1, length: end - open.start, quoted: false)
      }
      grouping = nil
    }
    var lastEnd = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard byte >= space && byte < 0x7F || byte == tab else { return nil }
      if byte == space || byte == tab {
        index += 1
        continue
      }
      let start = index
      if byte == quote {
        flush(end: lastEnd)
        index += 1
        while index < bytes.count && bytes[index] != quote {
          guard bytes[index] >= space && bytes[index] < 0x7F || bytes[index] == tab else { return nil }
          index += 1
        }
        guard index < bytes.count else { return nil }
        index += 1
        tokens.append(Token(text: text(start + 1, index - 1), position: start + 1, length: index - start, quoted: true))
        lastEnd = index
        continue
      }
      while index < bytes.count && bytes[index] != space && bytes[index] != tab {
        guard bytes[index] > space && bytes[index] < 0x7F else { return nil }
        index += 1
      }
      // `55 000` and `1 234 567`: join groups of three digits onto a number, one space apart.
      if var open = grouping, index - start == 3, isDigit(bytes[start]), isDigit(bytes[start + 1]),
        isDigit(bytes[start + 2]), lastEnd + 1 == start
      {
        open.text += " " + text(start, index)
        grouping = open
        lastEnd = index
        continue
      }
      flush(end: lastEnd)
      let word = text(start, index)
      tokens.append(Token(text: word, position: start + 1, length: index - start, quoted: false))
      // Groupable: ends in a digit, and is digits after any leading non-digits (`£55`, `55`).
      if isDigit(bytes[index - 1]) {
        var first = start
        while !isDigit(bytes[first]) { first += 1 }
        if (first..<index).allSatisfy({ isDigit(bytes[$0]) }) { grouping = (start, word) }
      }
      lastEnd = index
    }
    flush(end: lastEnd)
    return tokens
  }

  /// The tokens of any line, read by characters.
  static func characterTokens(_ line: String) throws(SyntaxError) -> [Token] {
    let characters = Array(line)
    var tokens: [Token] = []
    // The last token while it can still take `000` groups: its text grows in place (linear).
    var grouping: (text: String, position: Int)? = nil
    func flush(end: Int) {
      if let open = grouping {
        tokens[tokens.count - 1] = Token(
          text: open.text, position: open.position, length: end - open.position + 1, quoted: false)
      }
      grouping = nil
    }
    var lastEnd = 0
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == " " || character == "\t" {
        index += 1
        continue
      }
      let start = index
      if character == "\"" || character == "“" {
        flush(end: lastEnd)
        index += 1
        var text = ""
        while index < characters.count && characters[index] != "\"" && characters[index] != "”" {
          text.append(characters[index])
          index += 1
        }
        guard index < characters.count else {
          throw SyntaxError("this quote is not closed", position: start + 1, length: characters.count - start)
        }
        index += 1
        tokens.append(Token(text: text, position: start + 1, length: index - start, quoted: true))
        lastEnd = index
        continue
      }
      while index < characters.count && characters[index] != " " && characters[index] != "\t" { index += 1 }
      let word = characters[start..<index]
      // `55 000` and `1 234 567`: join groups of three digits onto a number, one space apart.
      if var open = grouping, word.count == 3, word.allSatisfy({ $0.isASCII && $0.isNumber }), lastEnd + 1 == start {
        open.text += " " + String(word)
        grouping = open
        lastEnd = index
        continue
      }
      flush(end: lastEnd)
      let text = String(word)
      tokens.append(Token(text: text, position: start + 1, length: index - start, quoted: false))
      if isGroupable(text) { grouping = (text, start + 1) }
      lastEnd = index
    }
    flush(end: lastEnd)
    return tokens
  }

  /// Whether a token can take a following 3-digit group: digits, optionally after a currency
  /// symbol, with no decimal point or multiplier yet.
  private static func isGroupable(_ text: String) -> Bool {
    guard let last = text.last, last.isASCII, last.isNumber else { return false }
    let digits = text.drop { !($0.isASCII && $0.isNumber) }
    return !digits.isEmpty && digits.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == " " }
  }
}
