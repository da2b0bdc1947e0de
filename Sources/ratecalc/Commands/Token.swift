import RateCalc

/// A word of a command line and where it is, for carets under mistakes.
struct Token: Equatable {
  /// The text, unquoted.
  let text: String
  /// 1-based character position in the line.
  let position: Int
  /// Characters it spans in the line (quotes included).
  let length: Int
  /// Whether it was quoted (`"machine learning engineer"`).
  let quoted: Bool

  /// Whether it is an option such as `--json`.
  var isOption: Bool { !quoted && text.hasPrefix("--") && text.count > 2 }

  /// An error pointing at this token.
  func error(_ message: String) -> SyntaxError { SyntaxError(message, position: position, length: length) }
}

/// Splits a command line into tokens: spaces separate, double quotes group, and a number
/// followed by groups of exactly three digits is joined (`55 000` is one amount).
enum Tokenizer {
  static func tokens(_ line: String) throws(SyntaxError) -> [Token] {
    let characters = Array(line)
    var tokens: [Token] = []
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == " " || character == "\t" {
        index += 1
        continue
      }
      let start = index
      if character == "\"" || character == "“" {
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
        continue
      }
      var text = ""
      while index < characters.count && characters[index] != " " && characters[index] != "\t" {
        text.append(characters[index])
        index += 1
      }
      // `55 000` and `1 234 567`: join groups of three digits onto a number.
      if let last = tokens.last, !last.quoted, isGroupable(last.text), text.count == 3,
        text.allSatisfy({ $0.isASCII && $0.isNumber }), last.position + last.length == start
      {
        tokens[tokens.count - 1] = Token(
          text: last.text + " " + text, position: last.position, length: index - last.position + 1, quoted: false)
        continue
      }
      tokens.append(Token(text: text, position: start + 1, length: index - start, quoted: false))
    }
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
