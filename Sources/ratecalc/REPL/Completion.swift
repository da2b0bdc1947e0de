import RateCalc

/// What Tab offers at the cursor: commands first, then the command's options, setting names after `set`, help
/// topics after `help`, an option's or a setting's values by their kind, and currencies,
/// countries and variables elsewhere.
struct Completion {
  let book: RateBook
  let variables: [String]

  /// The candidates for the word that ends at `cursor` in `line`, and where that word starts.
  func candidates(line: [Character], cursor: Int) -> (start: Int, words: [String]) {
    var start = cursor
    while start > 0 && line[start - 1] != " " { start -= 1 }
    let word = String(line[start..<cursor])
    let before = String(line[0..<start]).split(separator: " ").map { $0.lowercased() }
    let lowered = word.lowercased()
    var seen = Set<String>()
    let matches = pool(word: word, before: before).filter {
      $0.lowercased().hasPrefix(lowered) && seen.insert($0).inserted
    }
    return (start, matches)
  }

  private func pool(word: String, before: [String]) -> [String] {
    if word.hasPrefix("--") { return options(before: before).map { "--" + $0.name } }
    if before.isEmpty { return Commands.words + variables + ["ans"] }
    if let first = before.first, ["set", "unset"].contains(first), before.count == 1 { return SettingsTable.names }
    if before.first == "help" { return HelpTopics.names }
    if let last = before.last, last.hasPrefix("--"), let option = Commands.option(String(last.dropFirst(2))) {
      if let values = values(of: option.kind) { return values }
    }
    if before.first == "set", before.count == 2, let setting = SettingsTable.row(before[1]),
      let values = values(of: setting.kind)
    {
      return values
    }
    let codes = book.currencies.all.filter { $0.withdrawn == nil }.map(\.code.description)
    return ["to", "in", "band"] + codes + book.countryCodes + variables
  }

  /// The options of the command the line starts with (a line with no command word is a
  /// conversion); every option when the line has no word yet.
  private func options(before: [String]) -> [OptionSpec] {
    guard let first = before.first else { return Commands.options }
    guard Commands.isCommandWord(first) else { return ConvertCommand.info.allOptions }
    let named = Commands.names.first { before.starts(with: $0.words) }
    return named.map { $0.command.info.allOptions } ?? Commands.options
  }

  /// The values a kind offers, or `nil` to fall back to the general pool.
  private func values(of kind: ValueKind) -> [String]? {
    switch kind {
    case .country: book.countryCodes + book.countries.map(\.name)
    case .currency, .currencies: book.currencies.all.filter { $0.withdrawn == nil }.map(\.code.description)
    case .period: Period.allCases.map(\.rawValue)
    case .choice: kind.words
    default: nil
    }
  }

  /// The longest prefix the words share.
  static func commonPrefix(_ words: [String]) -> String {
    guard var prefix = words.first.map(Array.init) else { return "" }
    for word in words.dropFirst() {
      let characters = Array(word)
      var length = 0
      while length < prefix.count && length < characters.count
        && prefix[length].lowercased() == characters[length].lowercased()
      {
        length += 1
      }
      prefix = Array(prefix[0..<length])
    }
    return String(prefix)
  }
}
