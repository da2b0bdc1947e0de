import RateCalc

/// A piece of an expression line: an operator, a parenthesis, a number (with its currency text
/// if written on it, `£55k`), or a word (a currency code, a period, `to`, a variable).
struct ExpressionToken {
  enum Kind: Equatable {
    case number(WrittenAmount)
    case word(String)
    case percent
    case plus, minus, times, divide
    case open, close
  }

  let kind: Kind
  /// Where it is in the line, for carets.
  let position: Int
  let length: Int
  /// The token of the line it came from (a command in parentheses is read from these).
  let source: Token

  /// An error under it.
  func error(_ message: String) -> SyntaxError { SyntaxError(message, position: position, length: length) }
}

/// An expression, parsed: what each part is and where it stands in the line.
indirect enum ExpressionNode {
  /// A number, possibly with a currency (`55k GBP`, `£55k`); the currency is checked when the
  /// expression is evaluated.
  case amount(Amount, currency: String?, at: Span)
  /// A number of periods: `220 days`, `day` (one).
  case duration(Amount, Period, at: Span)
  /// `15%`.
  case percent(ExpressionNode, at: Span)
  /// `ans`, `_`, or a `let` name.
  case variable(String, at: Span)
  /// A command in parentheses, whose figure is the value: `(quote 75k GBP --country GB)`.
  case command(String, at: Span)
  /// `-x`.
  case negate(ExpressionNode, at: Span)
  /// `a + b`, with the operator's place.
  case binary(ExpressionValue.Operation, ExpressionNode, ExpressionNode, at: Span)
  /// `x to USD`, `x in GBP/hour`, `x in days`.
  case convert(ExpressionNode, [TargetTerm], at: Span)

  /// Where a node stands: 1-based position and length.
  struct Span {
    let position: Int
    let length: Int

    /// The span from this one to another.
    func through(_ other: Span) -> Span {
      Span(position: position, length: max(length, other.position + other.length - position))
    }
  }

  /// The node's span.
  var span: Span {
    switch self {
    case .amount(_, _, let span), .duration(_, _, let span), .percent(_, let span), .variable(_, let span),
      .command(_, let span), .negate(_, let span), .convert(_, _, let span):
      span
    case .binary(_, let left, let right, _): left.span.through(right.span)
    }
  }
}

/// Splits a line's words into expression tokens, keeping each one's column.
enum ExpressionLexer {
  /// The characters that are operators wherever they stand.
  static let operators: Set<Character> = ["+", "*", "/", "(", ")", "%", "-"]

  /// Whether the words are an expression rather than a conversion: an operator or a parenthesis
  /// standing as a word, or `*`, `+`, `(` or `)` inside one (`r*1.1`, `(quote`).
  static func isExpression(_ words: [Token]) -> Bool {
    let operators = words.contains { word in
      guard !word.quoted else { return false }
      if ["+", "-", "*", "/", "×", "÷"].contains(word.text) { return true }
      return word.text.contains { "*+()".contains($0) }
    }
    // A duration: a number, then a period in full (`10 days in hours`).
    let duration = zip(words, words.dropFirst()).contains { number, unit in
      number.text.first?.isNumber == true && ExpressionParser.period(unit.text) != nil && unit.text.count > 2
    }
    return operators || duration
  }

  /// Whether the line is an expression whose first word is a name followed by an operator
  /// (`budget / (600 EUR/day)` after `let budget = 120k EUR`), though the name is a command's.
  static func startsWithVariable(_ words: [Token]) -> Bool {
    guard words.count > 1, !words[0].quoted, Words.isVariableName(words[0].text) else {
      return words.first.map {
        !$0.quoted && Words.isVariableName(String($0.text.prefix { $0 != "*" && $0 != "+" }))
          && $0.text.contains { "*+".contains($0) }
      } ?? false
    }
    return ["+", "-", "*", "/", "×", "÷"].contains(words[1].text)
  }

  /// The tokens of the words.
  static func tokens(_ words: [Token]) throws(SyntaxError) -> [ExpressionToken] {
    var tokens: [ExpressionToken] = []
    for word in words {
      if word.quoted {
        tokens.append(
          ExpressionToken(kind: .word(word.text), position: word.position, length: word.length, source: word))
        continue
      }
      // `40k-90k` is a range, which has no place in arithmetic: say so rather than subtract.
      if word.text.contains(where: { $0 == "-" || $0 == "–" }), word.text.first?.isNumber == true,
        case .range? = try? AmountParser.parse(word.text)
      {
        throw word.error("a range is not a value in an expression: write one amount, or convert the range alone")
      }
      let characters = Array(word.text)
      var index = 0
      while index < characters.count {
        let position = word.position + index
        let character = characters[index]
        if let kind = operatorKind(character) {
          tokens.append(ExpressionToken(kind: kind, position: position, length: 1, source: word))
          index += 1
          continue
        }
        var end = index
        while end < characters.count && operatorKind(characters[end]) == nil { end += 1 }
        let chunk = String(characters[index..<end])
        tokens.append(try token(chunk, position: position, source: word))
        index = end
      }
    }
    return tokens
  }

  private static func operatorKind(_ character: Character) -> ExpressionToken.Kind? {
    switch character {
    case "+": .plus
    case "-", "−": .minus
    case "*", "×": .times
    case "/", "÷": .divide
    case "(": .open
    case ")": .close
    case "%": .percent
    default: nil
    }
  }

  /// A number (with its currency text, if any) or a word.
  private static func token(_ chunk: String, position: Int, source: Token) throws(SyntaxError) -> ExpressionToken {
    let startsLikeNumber = chunk.first.map { $0.isNumber || $0 == "." || $0.isCurrencySymbol } ?? false
    let hasDigit = chunk.contains { $0.isASCII && $0.isNumber }
    if hasDigit && (startsLikeNumber || !Words.isVariableName(chunk)) {
      let parsed: WrittenQuantity
      do { parsed = try AmountParser.parse(chunk) } catch { throw error.shifted(by: position - 1) }
      guard case .single(let amount) = parsed else {
        throw SyntaxError("a range is not a value in an expression", position: position, length: chunk.count)
      }
      return ExpressionToken(kind: .number(amount), position: position, length: chunk.count, source: source)
    }
    return ExpressionToken(kind: .word(chunk), position: position, length: chunk.count, source: source)
  }
}
