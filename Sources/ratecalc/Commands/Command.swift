import RateCalc

/// An amount (or range) as written in a command, before currencies are resolved.
struct QuantityTerm {
  /// The amount or range, or `nil` when the term is a variable.
  let written: WrittenQuantity?
  /// A variable name (`ans`, `_`, or one made with `let`).
  let variable: String?
  /// The currency text (`GBP`, `£`), if written.
  let currency: String?
  /// Where the currency text is, for errors.
  let currencyToken: Token?
  /// The period (`/day`), if written.
  let period: Period?
  /// The tokens the term spans.
  let first: Token
  let last: Token

  /// An error under the whole term.
  func error(_ message: String) -> SyntaxError {
    SyntaxError(message, position: first.position, length: last.position + last.length - first.position)
  }
}

/// A target of a conversion: a currency and/or a period (`GBP/hour`, `USD`, `/day`).
struct TargetTerm {
  let currency: String?
  let period: Period?
  let token: Token
}

/// One parsed command.
enum Command {
  /// `convert 55000 GBP to USD EUR`, `550 EUR/day in GBP/hour`, `55k GBP in USD`.
  case convert(QuantityTerm, [TargetTerm])
  /// `quote 75000 GBP`: a freelance rate from a target income.
  case quote(QuantityTerm)
  /// `quote band "machine learning engineer" GB average`.
  case quoteBand(role: Token, country: Token?, measure: Token?)
  /// `salary 450 GBP/day`: the salaries a rate is worth.
  case salary(QuantityTerm)
  /// `cost 60000 GBP`: an employer's cost.
  case cost(QuantityTerm)
  /// `compare 60000 GBP --vs 450 GBP/day`.
  case compare(QuantityTerm)
  /// `budget 120000 EUR --at 600 EUR/day`.
  case budget(QuantityTerm)
  /// `bands "machine learning engineer" --in USD`.
  case bands(role: Token?)
  /// `rates`: the exchange tables loaded.
  case rates
  /// `sources`: where every figure comes from.
  case sources
  /// `countries`: the country profiles.
  case countries
  /// `set NAME VALUE`.
  case set(name: Token, value: [Token])
  /// `unset NAME`.
  case unset(name: Token)
  /// `settings`.
  case settings
  /// `let NAME = COMMAND`.
  indirect case assign(name: Token, command: ParsedCommand)
  /// `explain`: the breakdown of the last result.
  case explain
  /// `help [TOPIC]`.
  case help(topic: Token?)
  /// `quit` / `exit`.
  case quit
}

/// A command with its options and the line it came from.
struct ParsedCommand {
  let command: Command
  let options: ParsedOptions
  let line: String
}

/// `--name [value]` options of one command.
struct ParsedOptions {
  /// Each option given: its token and its value token (nil for flags), in order.
  var entries: [(option: Token, name: String, value: Token?)] = []

  /// Whether a flag was given.
  func has(_ name: String) -> Bool { entries.contains { $0.name == name } }

  /// The last value given for an option.
  func value(_ name: String) -> Token? { entries.last { $0.name == name }?.value }

  /// Every value given for a repeatable option.
  func values(_ name: String) -> [Token] { entries.filter { $0.name == name }.compactMap(\.value) }

  /// The option token, for errors.
  func token(_ name: String) -> Token? { entries.last { $0.name == name }?.option }
}
