import RateCalc

/// Turns a command line into a ``ParsedCommand``: options come out first (they may stand
/// anywhere), the first words choose a command from ``Commands/all``, and that command reads the
/// rest. Option values are read by their kind, and an option the command does not take is an
/// error naming the commands that do. Currencies and countries are checked when the command runs,
/// against the data, with the token positions kept for carets.
enum Parser {
  /// An option as written, before its value is read.
  private struct WrittenOption {
    let token: Token
    let spec: OptionSpec
    let values: [Token]
    let span: Token?
  }

  /// Parses one line.
  static func parse(_ line: String) throws(SyntaxError) -> ParsedCommand {
    let (words, written) = try separate(try Tokenizer.tokens(line))
    guard !words.isEmpty else {
      throw SyntaxError("type a command, such as: convert 55000 GBP to USD (or help)", position: 1)
    }
    let command: any CommandSpec
    var rest: Words
    if let (type, length) = match(words), !ExpressionLexer.startsWithVariable(words) {
      rest = Words(Array(words.dropFirst(length)), line: line)
      command = try type.parse(&rest)
    } else if ExpressionLexer.isExpression(words) {
      rest = Words(words, line: line)
      command = try ExpressionCommand.parse(&rest)
    } else {
      rest = Words(words, line: line)
      command = try ConvertCommand.parseBare(&rest)
    }
    try requireEnd(rest, of: type(of: command).info)
    try checkScope(written, of: command.scope)
    var options = ParsedOptions()
    for option in written {
      let value = try option.spec.kind.read(
        option.values, spanning: option.span ?? option.token, line: line, invalid: option.spec.invalid)
      options.entries.append(
        ParsedOption(token: option.token, spec: option.spec, valueToken: option.span, value: value))
    }
    return ParsedCommand(command: command, options: options, line: line, notes: rest.notes)
  }

  /// The options of a line that holds nothing else (`ratecalc --country GB --explain < file`),
  /// read by kind; `nil` when the line has a command.
  static func optionsOnly(_ line: String) throws(SyntaxError) -> ParsedOptions? {
    let (words, written) = try separate(try Tokenizer.tokens(line))
    guard words.isEmpty, !written.isEmpty else { return nil }
    return try read(written, line: line)
  }

  /// Reads each option's value by its kind.
  private static func read(_ written: [WrittenOption], line: String) throws(SyntaxError) -> ParsedOptions {
    var options = ParsedOptions()
    for option in written {
      let value = try option.spec.kind.read(
        option.values, spanning: option.span ?? option.token, line: line, invalid: option.spec.invalid)
      options.entries.append(
        ParsedOption(token: option.token, spec: option.spec, valueToken: option.span, value: value))
    }
    return options
  }

  /// Refuses a word the command did not read; a word that is one of its options without the
  /// dashes (`compare 60k GBP vs 450 GBP/day`) is named as that option, and a currency after a
  /// conversion's amount without `to` (`500 GBP USD`) is shown with it.
  private static func requireEnd(_ words: Words, of info: CommandInfo) throws(SyntaxError) {
    guard let extra = words.current else { return }
    let name = extra.text.lowercased()
    let option = extra.quoted ? nil : info.allOptions.first { $0.name == name }
    var hint = option.map { " (did you mean --\($0.name)?)" } ?? ""
    if hint.isEmpty, info.words == ["convert"], !extra.quoted, Words.looksLikeCurrency(extra.text) {
      hint = " (did you mean 'to \(Quoted.text(extra.text))'?)"
    }
    // A second amount where the command takes it as an option (`compare 60k GBP 450 GBP/day`).
    if hint.isEmpty, !extra.quoted, let name = info.words.first.flatMap({ Parser.secondAmountOption[$0] }),
      let amount = extra.text.split(separator: "/", maxSplits: 1).first, Words.isAmount(String(amount))
    {
      // The word after it is its currency or period, unless the amount has its period already.
      let whole = extra.text.contains("/")
      let unit = whole ? "" : words.following.flatMap { $0.quoted || $0.isOption ? nil : " " + $0.text } ?? ""
      hint = " (did you mean --\(name) \(Quoted.text(extra.text + unit))?)"
    }
    throw extra.error("unexpected '\(Quoted.text(extra.text))'" + hint)
  }

  /// The option a command's second amount is written with, by command.
  static let secondAmountOption: [String: String] = ["compare": "vs", "budget": "at"]

  /// The command the words start with, and how many words name it (the longest name wins).
  private static func match(_ words: [Token]) -> (any CommandSpec.Type, Int)? {
    guard let first = words.first, !first.quoted, Commands.isCommandWord(first.text) else { return nil }
    let lowered = words.prefix(2).map { $0.quoted ? "" : $0.text.lowercased() }
    for (name, command) in Commands.names where lowered.starts(with: name) { return (command, name.count) }
    return nil
  }

  /// Splits the tokens into the command's words and its options with their value tokens.
  private static func separate(_ tokens: [Token]) throws(SyntaxError) -> ([Token], [WrittenOption]) {
    var words: [Token] = []
    var options: [WrittenOption] = []
    var position = 0
    // Inside parentheses (a command in an expression) options are that command's words.
    var depth = 0
    while position < tokens.count {
      let token = tokens[position]
      position += 1
      if !token.quoted {
        depth = max(0, depth + token.text.utf8.count { $0 == 0x28 } - token.text.utf8.count { $0 == 0x29 })
      }
      guard token.isOption, depth == 0 else {
        words.append(token)
        continue
      }
      var name = String(token.text.dropFirst(2))
      var inline: Token? = nil
      if let equals = name.firstIndex(of: "=") {
        let text = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
        inline = Token(text: text, position: token.position + name.count + 3, length: max(text.count, 1), quoted: false)
      }
      guard let spec = Commands.option(name) else {
        let hint = Suggestion.hint(
          for: name, among: Commands.options.map(\.name), maximum: 3, prefix: "--", otherwise: " (see help options)")
        throw token.error("unknown option --\(name)\(hint)")
      }
      if case .optionalPath(let suffix) = spec.kind, inline == nil {
        let next = position < tokens.count ? tokens[position] : nil
        guard let next, !next.isOption, next.text == "-" || next.text.lowercased().hasSuffix(suffix) else {
          options.append(WrittenOption(token: token, spec: spec, values: [], span: nil))
          continue
        }
      }
      guard spec.takesValue else {
        guard inline == nil else { throw token.error("--\(name) takes no value") }
        options.append(WrittenOption(token: token, spec: spec, values: [], span: nil))
        continue
      }
      if let inline {
        options.append(WrittenOption(token: token, spec: spec, values: [inline], span: inline))
        continue
      }
      guard position < tokens.count, !tokens[position].isOption else {
        throw token.error("--\(name) needs a value: --\(name) \(spec.placeholder)")
      }
      var values = [tokens[position]]
      position += 1
      // Countries side by side: `--country DE ES GB` (codes of two capitals).
      if case .country = spec.kind {
        while position < tokens.count, !tokens[position].quoted, tokens[position].text.count == 2,
          tokens[position].text.allSatisfy({ $0.isASCII && $0.isUppercase })
        {
          values.append(tokens[position])
          position += 1
        }
      }
      // An amount's currency is part of it: `--vs 450 GBP/day`.
      if case .money = spec.kind, position < tokens.count, !tokens[position].isOption,
        Words.looksLikeCurrency(tokens[position].text)
      {
        values.append(tokens[position])
        position += 1
      }
      options.append(WrittenOption(token: token, spec: spec, values: values, span: span(values)))
    }
    return (words, options)
  }

  /// One token spanning several, for carets under the whole value.
  private static func span(_ tokens: [Token]) -> Token? {
    guard let first = tokens.first, let last = tokens.last else { return nil }
    return Token(
      text: tokens.map(\.text).joined(separator: " "), position: first.position,
      length: last.position + last.length - first.position, quoted: tokens.count == 1 && first.quoted)
  }

  /// The first option the command does not take, as an error naming the commands that do.
  private static func checkScope(_ options: [WrittenOption], of command: CommandInfo) throws(SyntaxError) {
    for option in options where !command.accepts(option.spec) {
      let takers = Commands.infos.filter { $0.accepts(option.spec) }.map(\.name)
      let list =
        takers.count == 1 ? takers[0] : takers.dropLast().joined(separator: ", ") + " and " + (takers.last ?? "")
      throw option.token.error("--\(option.spec.name) applies to \(list), not \(command.name)")
    }
  }
}
