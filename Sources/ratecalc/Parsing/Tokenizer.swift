import RateCalc

/// Splits a command line into tokens: spaces separate, double quotes group, and a number
/// followed by groups of exactly three digits is joined (`55 000` is one amount).
enum Tokenizer {
  static func tokens(_ line: String) throws(SyntaxError) -> [Token] {
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
