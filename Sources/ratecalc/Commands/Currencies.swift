import RateCalc

/// `currencies [WORDS]`: the currencies ratecalc knows, found by code, symbol or name, with the
/// exchange tables that quote each.
struct CurrenciesCommand: CommandSpec {
  static let info = CommandInfo(
    ["currencies"], summary: "the currencies ratecalc knows, by code, symbol or name",
    help: """
      currencies [WORDS] [--withdrawn]      currencies franc · currencies $ · currencies NZ
        Each currency's code, symbol, name and minor unit (the places a figure is rounded to),
        and which exchange tables quote it at the latest rates (– for none: add a file with --rates).
        WORDS match the start of a code, a symbol, or words of the name. --withdrawn adds
        currencies ISO 4217 has withdrawn, with the month and the successor.
      """,
    overview: [("currencies franc", "currencies by code, symbol or name")],
    examples: [("currencies franc", "the currencies whose code, symbol or name match, and who quotes them")],
    options: [.withdrawn])

  /// What to look for; empty for every currency.
  let words: [Token]

  static func parse(_ words: inout Words) throws(SyntaxError) -> CurrenciesCommand {
    let rest = Array(words.rest)
    words.skipRest()
    return CurrenciesCommand(words: rest)
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    let text = words.map(\.text).joined(separator: " ")
    let found = context.book.currencies.matching(text, includingWithdrawn: context.options.has(.withdrawn))
    guard !found.isEmpty else {
      let span = words.first.map { first in
        Token(text: text, position: first.position, length: text.count, quoted: false)
      }
      let message =
        "no currency matches '\(Quoted.text(text))' (try a code such as CHF, a symbol, or a word of the name)"
      if let span { throw .at(span, message) }
      throw .calculation(message)
    }
    let rows = found.map { CurrenciesOutput.Row(currency: $0, sources: context.book.exchangeSources(of: $0)) }
    return Outcome(CurrenciesOutput(rows: rows))
  }
}

extension OptionSpec {
  /// `--withdrawn`.
  static let withdrawn = OptionSpec("withdrawn", help: "currencies: include those ISO 4217 has withdrawn")
}

/// Currencies with their symbols, minor units and the tables that quote them.
struct CurrenciesOutput: CommandOutput {
  /// One currency.
  struct Row {
    let currency: Currency
    /// The exchange tables that quote it.
    let sources: [String]
  }

  let rows: [Row]

  func text(_ text: TextRenderer) -> [String] {
    var table = text.table()
    table.rightAligned = [3]
    table.add(["code", "symbol", "name", "places", "rates"])
    for row in rows {
      let currency = row.currency
      var name = currency.name
      if let withdrawn = currency.withdrawn {
        name += " (withdrawn \(withdrawn)" + (currency.successor.map { " → \($0)" } ?? "") + ")"
      }
      table.add([
        currency.code.description, currency.symbol, name, currency.minorUnits.map(String.init) ?? "–",
        row.sources.isEmpty ? "–" : row.sources.joined(separator: ", "),
      ])
    }
    return table.lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    let documents = rows.map { row in
      let currency = row.currency
      return JSON.object([
        ("code", .string(currency.code.description)), ("symbol", .string(currency.symbol)),
        ("name", .string(currency.name)), ("minor_units", JSON.optional(currency.minorUnits)),
        ("withdrawn", JSON.optional(currency.withdrawn?.description)),
        ("successor", JSON.optional(currency.successor?.description)),
        ("rates", .array(row.sources.map { .string($0) })),
      ])
    }
    return [("type", .string("currencies")), ("currencies", .array(documents))]
  }
}
