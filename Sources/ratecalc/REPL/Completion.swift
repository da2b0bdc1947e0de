import RateCalc

/// What Tab offers at the cursor: commands first, then options, setting names after `set`, help
/// topics after `help`, currencies, countries and variables elsewhere.
struct Completion {
  let book: RateBook
  let variables: [String]

  /// The candidates for the word that ends at `cursor` in `line`, and where that word starts.
  func candidates(line: [Character], cursor: Int) -> (start: Int, words: [String]) {
    var start = cursor
    while start > 0 && line[start - 1] != " " { start -= 1 }
    let word = String(line[start..<cursor])
    let before = String(line[0..<start]).split(separator: " ").map { $0.lowercased() }
    var pool: [String]
    if word.hasPrefix("--") {
      pool = Options.all.map { "--" + $0.name }
    } else if before.isEmpty {
      pool = Parser.commands + variables + ["ans"]
    } else if let first = before.first, ["set", "unset"].contains(first), before.count == 1 {
      pool = Options.settingNames
    } else if before.first == "help" {
      pool = Help.topics.map(\.name)
    } else if before.last == "--country" || (before.first == "set" && before.dropFirst().first == "country") {
      pool = book.countryCodes + book.countries.map(\.name)
    } else if before.last == "--round" || (before.first == "set" && before.dropFirst().first == "round") {
      pool = RoundingMode.allCases.map(\.rawValue)
    } else if before.last == "--basis" {
      pool = PeriodBasis.conventionNames
    } else {
      let codes = book.currencies.all.filter { $0.withdrawn == nil }.map(\.code.description)
      pool = ["to", "in", "band"] + codes + book.countryCodes + variables
    }
    let lowered = word.lowercased()
    var seen = Set<String>()
    let matches = pool.filter { $0.lowercased().hasPrefix(lowered) && seen.insert($0).inserted }
    return (start, matches)
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
