import RateCalc

/// Turns a command line into a ``ParsedCommand``. It knows the grammar, not money: currencies and
/// numbers are checked when the command runs, with the token positions kept for carets.
struct Parser {
  /// Words that start a command.
  static let commands = [
    "convert", "quote", "salary", "cost", "compare", "budget", "bands", "rates", "sources", "countries", "set",
    "unset", "settings", "let", "explain", "help", "quit", "exit",
  ]

  private var tokens: [Token]
  private let line: String
  private var index = 0

  /// Parses one line.
  static func parse(_ line: String) throws(SyntaxError) -> ParsedCommand {
    var parser = Parser(tokens: try Tokenizer.tokens(line), line: line)
    return try parser.parseLine()
  }

  private init(tokens: [Token], line: String) {
    self.tokens = tokens
    self.line = line
  }

  private var current: Token? { index < tokens.count ? tokens[index] : nil }

  private mutating func parseLine() throws(SyntaxError) -> ParsedCommand {
    // Options may stand anywhere: take them out first.
    var words: [Token] = []
    var options = ParsedOptions()
    var position = 0
    while position < tokens.count {
      let token = tokens[position]
      if token.isOption {
        var name = String(token.text.dropFirst(2))
        var inlineValue: Token? = nil
        if let equals = name.firstIndex(of: "=") {
          let valueText = String(name[name.index(after: equals)...])
          name = String(name[..<equals])
          inlineValue = Token(
            text: valueText, position: token.position + name.count + 3, length: max(valueText.count, 1), quoted: false)
        }
        guard let spec = Options.spec(name) else {
          let suggestions = EditDistance.suggestions(for: name, among: Options.all.map(\.name), maximum: 3, limit: 1)
          let hint = suggestions.first.map { " (did you mean --\($0)?)" } ?? " (see help options)"
          throw token.error("unknown option --\(name)\(hint)")
        }
        if spec.value != nil {
          if let inlineValue {
            options.entries.append((token, name, inlineValue))
          } else {
            // A value may be two tokens: `--vs 450 GBP/day`, `--at 600 EUR/day`, `--salary 60000 GBP`.
            guard position + 1 < tokens.count, !tokens[position + 1].isOption else {
              throw token.error("--\(name) needs a value: --\(name) \(spec.value ?? "VALUE")")
            }
            var value = tokens[position + 1]
            position += 1
            if ["vs", "at", "salary", "expenses", "benefits", "overhead"].contains(name), position + 1 < tokens.count,
              !tokens[position + 1].isOption, Parser.looksLikeCurrency(tokens[position + 1].text)
            {
              let next = tokens[position + 1]
              value = Token(
                text: value.text + " " + next.text, position: value.position,
                length: next.position + next.length - value.position, quoted: false)
              position += 1
            }
            options.entries.append((token, name, value))
          }
        } else {
          guard inlineValue == nil else { throw token.error("--\(name) takes no value") }
          options.entries.append((token, name, nil))
        }
      } else {
        words.append(token)
      }
      position += 1
    }
    tokens = words
    index = 0
    guard let first = current else {
      throw SyntaxError("type a command, such as: convert 55000 GBP to USD (or help)", position: 1)
    }
    let command: Command
    switch first.quoted ? "" : first.text.lowercased() {
    case "convert":
      index += 1
      command = try parseConversion(requireTarget: true)
    case "quote":
      index += 1
      if current?.text.lowercased() == "band" {
        index += 1
        guard let role = current else {
          throw SyntaxError(
            "quote band needs a role: quote band \"machine learning engineer\" GB average", position: line.count + 1)
        }
        index += 1
        let country = current
        if country != nil { index += 1 }
        let measure = current
        if measure != nil { index += 1 }
        command = .quoteBand(role: role, country: country, measure: measure)
      } else {
        command = .quote(try parseQuantity())
      }
    case "salary":
      index += 1
      command = .salary(try parseQuantity())
    case "cost":
      index += 1
      command = .cost(try parseQuantity())
    case "compare":
      index += 1
      command = .compare(try parseQuantity())
    case "budget":
      index += 1
      command = .budget(try parseQuantity())
    case "bands":
      index += 1
      let role = current
      if role != nil { index += 1 }
      command = .bands(role: role)
    case "rates":
      index += 1
      command = .rates
    case "sources":
      index += 1
      command = .sources
    case "countries":
      index += 1
      command = .countries
    case "settings":
      index += 1
      command = .settings
    case "explain":
      index += 1
      command = .explain
    case "quit", "exit":
      index += 1
      command = .quit
    case "help":
      index += 1
      let topic = current
      if topic != nil { index += 1 }
      command = .help(topic: topic)
    case "set":
      index += 1
      guard let name = current else {
        throw SyntaxError("set needs a name and a value: set country DE (see help set)", position: line.count + 1)
      }
      index += 1
      var value: [Token] = []
      while let token = current {
        value.append(token)
        index += 1
      }
      guard !value.isEmpty else { throw name.error("set \(name.text) needs a value") }
      command = .set(name: name, value: value)
    case "unset":
      index += 1
      guard let name = current else { throw SyntaxError("unset needs a name: unset country", position: line.count + 1) }
      index += 1
      command = .unset(name: name)
    case "let":
      index += 1
      guard let name = current, name.text.first?.isLetter == true,
        name.text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
      else {
        throw SyntaxError("let needs a name: let rate = quote 75000 GBP", position: current?.position ?? line.count + 1)
      }
      guard !Parser.commands.contains(name.text.lowercased()), name.text != "ans" else {
        throw name.error("'\(Quoted.text(name.text))' is a command word; choose another name")
      }
      index += 1
      guard let equals = current, equals.text == "=" else {
        throw SyntaxError(
          "expected '=' after the name: let \(name.text) = …", position: current?.position ?? line.count + 1)
      }
      if let next = tokens.dropFirst(index + 1).first, next.text.lowercased() == "let" {
        throw next.error("a let holds a command's result, not another let")
      }
      // The rest of the line, with its columns kept: spaces stand where `let name =` was, so
      // every caret of the inner command points into the whole line.
      let rest = String(repeating: " ", count: equals.position) + String(line.dropFirst(equals.position))
      let inner = try Parser.parse(rest)
      return ParsedCommand(command: .assign(name: name, command: inner), options: options, line: line)
    default:
      command = try parseConversion(requireTarget: false)
    }
    if let extra = current {
      throw extra.error("unexpected '\(Quoted.text(extra.text))'")
    }
    return ParsedCommand(command: command, options: options, line: line)
  }

  /// `AMOUNT [CURRENCY][/PERIOD] [to|in TARGET…]`.
  private mutating func parseConversion(requireTarget: Bool) throws(SyntaxError) -> Command {
    // A word that is not an amount, followed by more words that are not a conversion, is a
    // mistyped command rather than a variable: `convrt 55000 GBP to USD`.
    if let first = current, !requireTarget, !first.quoted, Parser.isVariableName(first.text),
      !AmountParserProbe.isAmount(first.text), index + 1 < tokens.count,
      !["to", "in", "as", "->", "per", "a"].contains(tokens[index + 1].text.lowercased()),
      !Parser.looksLikeCurrency(tokens[index + 1].text)
    {
      let suggestions = EditDistance.suggestions(
        for: first.text.lowercased(), among: Parser.commands, maximum: 2, limit: 1)
      let hint = suggestions.first.map { " (did you mean \($0)?)" } ?? " (see help)"
      throw first.error("unknown command '\(Quoted.text(first.text))'\(hint)")
    }
    let quantity = try parseQuantity()
    var targets: [TargetTerm] = []
    if let word = current, ["to", "in", "as", "->"].contains(word.text.lowercased()) {
      index += 1
      while let token = current {
        guard let target = Parser.target(token) else {
          throw token.error("expected a currency or period, such as USD or GBP/hour")
        }
        targets.append(target)
        index += 1
      }
      guard !targets.isEmpty else {
        throw word.error("'\(Quoted.text(word.text))' needs a currency or period after it")
      }
    } else if requireTarget {
      throw SyntaxError(
        "say what to convert to: convert 55000 GBP to USD", position: current?.position ?? line.count + 1,
        length: current?.length ?? 1)
    }
    return .convert(quantity, targets)
  }

  /// `55000`, `£55k`, `40k-90k`, `550 EUR/day`, `450 GBP per day`, `ans`.
  private mutating func parseQuantity() throws(SyntaxError) -> QuantityTerm {
    guard let first = current else {
      throw SyntaxError("expected an amount, such as 55000 GBP or £55k", position: line.count + 1)
    }
    var period: Period? = nil
    var written: WrittenQuantity? = nil
    var variable: String? = nil
    var amountText = first.text
    if let slash = amountText.firstIndex(of: "/") {
      let periodText = amountText[amountText.index(after: slash)...]
      guard let parsed = Period(word: periodText) else {
        throw SyntaxError(
          "unknown period '\(Quoted.text(periodText))' (hour, day, week, month, year)",
          position: first.position + amountText.distance(from: amountText.startIndex, to: slash) + 1,
          length: periodText.count)
      }
      period = parsed
      amountText = String(amountText[..<slash])
    }
    if Parser.isVariableName(amountText) && !(amountText.first?.isNumber ?? false) && amountText.count > 0
      && AmountParserProbe.isAmount(amountText) == false
    {
      variable = amountText
    } else {
      do {
        written = try AmountParser.parse(amountText)
      } catch {
        throw error.shifted(by: first.position - 1)
      }
    }
    index += 1
    var last = first
    var currency: String? = written?.amounts.first?.currencyText
    var currencyToken: Token? = currency == nil ? nil : first
    // A currency after the amount: `55000 GBP`, `550 EUR/day`.
    if let next = current, !next.quoted, Parser.looksLikeCurrency(next.text) {
      var text = next.text
      if let slash = text.firstIndex(of: "/") {
        let periodText = text[text.index(after: slash)...]
        guard let parsed = Period(word: periodText) else {
          throw SyntaxError(
            "unknown period '\(Quoted.text(periodText))' (hour, day, week, month, year)",
            position: next.position + text.distance(from: text.startIndex, to: slash) + 1, length: periodText.count)
        }
        period = parsed
        text = String(text[..<slash])
      }
      if let already = currency, already != text {
        throw next.error("two currencies for one amount: '\(Quoted.text(already))' and '\(Quoted.text(text))'")
      }
      currency = text
      currencyToken = next
      last = next
      index += 1
    }
    // `per day`, `a day`.
    if let word = current, ["per", "a"].contains(word.text.lowercased()), index + 1 < tokens.count,
      let parsed = Period(word: tokens[index + 1].text)
    {
      period = parsed
      last = tokens[index + 1]
      index += 2
    }
    return QuantityTerm(
      written: written, variable: variable, currency: currency, currencyToken: currencyToken, period: period,
      first: first, last: last)
  }

  /// `USD`, `GBP/hour`, `/day`, `hour`.
  static func target(_ token: Token) -> TargetTerm? {
    var text = token.text
    var period: Period? = nil
    if let slash = text.firstIndex(of: "/") {
      guard let parsed = Period(word: text[text.index(after: slash)...]) else { return nil }
      period = parsed
      text = String(text[..<slash])
    } else if let parsed = Period(word: text), text.count > 2 {
      return TargetTerm(currency: nil, period: parsed, token: token)
    }
    if text.isEmpty { return period == nil ? nil : TargetTerm(currency: nil, period: period, token: token) }
    return TargetTerm(currency: text, period: period, token: token)
  }

  /// Whether a word reads as a currency code or symbol (checked against the table later).
  static func looksLikeCurrency(_ text: String) -> Bool {
    let head = text.split(separator: "/", maxSplits: 1).first.map(String.init) ?? text
    if head.count == 3 && head.allSatisfy({ $0.isLetter && $0.isASCII }) { return true }
    return !head.isEmpty && head.count <= 4 && head.contains { $0.isCurrencySymbol }
  }

  /// A name `let` can define.
  static func isVariableName(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter || first == "_" else { return false }
    return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
  }
}

/// Tells an amount with a symbol (`R450k`) from a variable name.
enum AmountParserProbe {
  static func isAmount(_ text: String) -> Bool {
    (try? AmountParser.parse(text)) != nil
  }
}
