import RateCalc

/// Reads an expression from its tokens, by precedence: `to`/`in` last, then `+ -`, then
/// `* /` (and `per`), then unary minus, then `%` after a value; all left-associative.
/// Parentheses group, or hold a command whose figure is the value.
struct ExpressionParser {
  /// The deepest nesting of parentheses and unary minus read.
  static let maximumDepth = 64
  /// The most tokens an expression may have.
  static let maximumTokens = 2_000

  private let tokens: [ExpressionToken]
  private let line: String
  private var index = 0
  private var depth = 0

  /// Parses the words of a line as one expression.
  static func parse(_ words: [Token], line: String) throws(SyntaxError) -> ExpressionNode {
    let tokens = try ExpressionLexer.tokens(words)
    guard tokens.count <= maximumTokens, let first = tokens.first else {
      throw SyntaxError(
        "an expression is at most \(maximumTokens) pieces long", position: tokens.first?.position ?? 1,
        length: 1)
    }
    var parser = ExpressionParser(tokens: tokens, line: line)
    let node = try parser.expression()
    if let extra = parser.current {
      if extra.kind == .close { throw extra.error("this ')' has no '(' before it") }
      throw extra.error("expected an operator (+ - * /) or 'to' before this")
    }
    _ = first.position
    return node
  }

  private init(tokens: [ExpressionToken], line: String) {
    self.tokens = tokens
    self.line = line
  }

  private var current: ExpressionToken? { index < tokens.count ? tokens[index] : nil }

  private func word(_ token: ExpressionToken?) -> String? {
    guard let token, case .word(let text) = token.kind else { return nil }
    return text.lowercased()
  }

  private func endError(_ message: String) -> SyntaxError { SyntaxError(message, position: line.count + 1) }

  /// `sum (to|in TARGET…)?`
  private mutating func expression() throws(SyntaxError) -> ExpressionNode {
    var node = try sum()
    if let word = word(current), ["to", "in", "as"].contains(word), let conversion = current {
      index += 1
      var targets: [TargetTerm] = []
      while let token = current, case .word(let text) = token.kind {
        let combined = try targetText(text, token)
        guard let target = Words.target(combined) else {
          throw token.error("expected a currency or period, such as USD or GBP/hour")
        }
        targets.append(target)
      }
      guard !targets.isEmpty else { throw conversion.error("'\(word)' needs a currency or period after it") }
      let span = ExpressionNode.Span(position: conversion.position, length: conversion.length)
      node = .convert(node, targets, at: node.span.through(span))
    }
    return node
  }

  /// A target word, with a `/period` written after it (`GBP/hour` is three tokens here).
  private mutating func targetText(_ text: String, _ token: ExpressionToken) throws(SyntaxError) -> Token {
    index += 1
    guard let slash = current, slash.kind == .divide, let period = word(tokens.dropFirst(index + 1).first),
      ExpressionParser.period(period) != nil
    else {
      return Token(text: text, position: token.position, length: token.length, quoted: false)
    }
    index += 2
    return Token(
      text: text + "/" + period, position: token.position, length: token.length + 1 + period.count, quoted: false)
  }

  /// `product ((+|-) product)*`
  private mutating func sum() throws(SyntaxError) -> ExpressionNode {
    var node = try product()
    while let token = current, token.kind == .plus || token.kind == .minus {
      index += 1
      let right = try product()
      node = .binary(token.kind == .plus ? .add : .subtract, node, right, at: span(token))
    }
    return node
  }

  /// `unary ((*|/|per) unary)*`
  private mutating func product() throws(SyntaxError) -> ExpressionNode {
    var node = try unary()
    while let token = current, token.kind == .times || token.kind == .divide || word(token) == "per" {
      index += 1
      let right = try unary()
      node = .binary(token.kind == .times ? .multiply : .divide, node, right, at: span(token))
    }
    return node
  }

  /// `-unary | postfix`
  private mutating func unary() throws(SyntaxError) -> ExpressionNode {
    guard let token = current, token.kind == .minus else { return try postfix() }
    index += 1
    try deeper(token)
    defer { depth -= 1 }
    let operand = try unary()
    return .negate(operand, at: span(token).through(operand.span))
  }

  /// `primary %?`
  private mutating func postfix() throws(SyntaxError) -> ExpressionNode {
    let node = try primary()
    guard let token = current, token.kind == .percent else { return node }
    index += 1
    return .percent(node, at: node.span.through(span(token)))
  }

  private mutating func deeper(_ token: ExpressionToken) throws(SyntaxError) {
    depth += 1
    guard depth <= ExpressionParser.maximumDepth else {
      throw token.error("an expression nests at most \(ExpressionParser.maximumDepth) deep")
    }
  }

  private func span(_ token: ExpressionToken) -> ExpressionNode.Span {
    ExpressionNode.Span(position: token.position, length: token.length)
  }
}

extension ExpressionParser {
  /// A number with its currency or period, a variable, a period, or a parenthesis.
  fileprivate mutating func primary() throws(SyntaxError) -> ExpressionNode {
    guard let token = current else { throw endError("expected a value, such as 450 GBP/day, 220 days or ans") }
    switch token.kind {
    case .open: return try parenthesis(token)
    case .number(let written):
      index += 1
      return try quantity(written, token)
    case .word(let text):
      index += 1
      if let period = ExpressionParser.period(text) { return .duration(.one, period, at: span(token)) }
      guard Words.isVariableName(text) else { throw token.error("expected a value here, not '\(Quoted.text(text))'") }
      return .variable(text, at: span(token))
    default:
      throw token.error("expected a value here")
    }
  }

  /// A period written out in full (`day`, `days`): the short forms (`d`, `h`) stay free for
  /// variable names.
  static func period(_ text: String) -> Period? {
    let lowered = text.lowercased()
    let singular = lowered.hasSuffix("s") ? String(lowered.dropLast()) : lowered
    return Period(rawValue: singular)
  }

  /// `55k`, `55k GBP`, `£55k`, `220 days`.
  private mutating func quantity(_ written: WrittenAmount, _ token: ExpressionToken) throws(SyntaxError)
    -> ExpressionNode
  {
    var here = span(token)
    if let next = current, case .word(let text) = next.kind {
      if let period = ExpressionParser.period(text) {
        index += 1
        guard written.currencyText == nil else {
          throw next.error("a duration has no currency: write \(written.value) \(period.rawValue)s")
        }
        return .duration(written.value, period, at: here.through(span(next)))
      }
      if written.currencyText == nil, Words.looksLikeCurrency(text), text.lowercased() != "per" {
        index += 1
        here = here.through(span(next))
        return .amount(written.value, currency: text, at: here)
      }
    }
    return .amount(written.value, currency: written.currencyText, at: here)
  }

  /// `( expression )`, or `( command … )` whose figure is the value.
  private mutating func parenthesis(_ open: ExpressionToken) throws(SyntaxError) -> ExpressionNode {
    index += 1
    try deeper(open)
    defer { depth -= 1 }
    if let word = word(current), Commands.isCommandWord(word) {
      return try command(open)
    }
    let inner = try expression()
    guard let close = current, close.kind == .close else {
      throw open.error("this '(' is not closed")
    }
    index += 1
    switch inner {
    case .binary(let operation, let left, let right, _):
      return .binary(operation, left, right, at: inner.span)
    default:
      return inner
    }
  }

  /// The words up to the matching `)`, read as a command line with their columns kept.
  private mutating func command(_ open: ExpressionToken) throws(SyntaxError) -> ExpressionNode {
    var level = 1
    var end = index
    while end < tokens.count {
      if tokens[end].kind == .open { level += 1 }
      if tokens[end].kind == .close {
        level -= 1
        if level == 0 { break }
      }
      end += 1
    }
    guard end < tokens.count else { throw open.error("this '(' is not closed") }
    let inner = tokens[index..<end]
    index = end + 1
    guard let first = inner.first, let last = inner.last else { throw open.error("empty parentheses") }
    // Spaces stand where the rest of the line is, so carets in the command point into the line.
    var characters = Array(repeating: Character(" "), count: line.count)
    let from = first.position - 1
    let to = min(line.count, last.position - 1 + last.length)
    let lineCharacters = Array(line)
    for column in from..<to where column < lineCharacters.count { characters[column] = lineCharacters[column] }
    return .command(String(characters), at: span(open).through(span(tokens[end])))
  }
}
