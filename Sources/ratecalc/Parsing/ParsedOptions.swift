import RateCalc

/// One option given on a line.
struct ParsedOption {
  /// The `--name` token.
  let token: Token
  /// What the option is.
  let spec: OptionSpec
  /// The value's token (spanning an amount and its currency), `nil` for a flag.
  let valueToken: Token?
  /// The value, read by its kind.
  let value: OptionValue
}

/// The `--name [value]` options of one command, in the order given.
struct ParsedOptions {
  /// Each option given.
  var entries: [ParsedOption] = []

  /// Whether an option was given.
  func has(_ option: OptionSpec) -> Bool { entries.contains { $0.spec.name == option.name } }

  /// The last entry for an option.
  func entry(_ option: OptionSpec) -> ParsedOption? { entries.last { $0.spec.name == option.name } }

  /// Every entry for a repeatable option.
  func all(_ option: OptionSpec) -> [ParsedOption] { entries.filter { $0.spec.name == option.name } }

  /// The last value of a text-like option, with its token.
  func text(_ option: OptionSpec) -> (String, Token)? {
    guard let entry = entry(option), case .text(let text) = entry.value, let token = entry.valueToken else {
      return nil
    }
    return (text, token)
  }

  /// Every value of a repeatable text option, in order.
  func texts(_ option: OptionSpec) -> [String] {
    all(option).compactMap { entry in
      guard case .text(let text) = entry.value else { return nil }
      return text
    }
  }

  /// The last value of a number option, with its token.
  func number(_ option: OptionSpec) -> (Amount, Token)? {
    guard let entry = entry(option), case .number(let value) = entry.value, let token = entry.valueToken else {
      return nil
    }
    return (value, token)
  }

  /// The amount given to a money option (`--vs 450 GBP/day`).
  func money(_ option: OptionSpec) -> QuantityTerm? {
    guard let entry = entry(option), case .money(let term) = entry.value else { return nil }
    return term
  }

  /// The date given to a date option.
  func date(_ option: OptionSpec) -> Day? {
    guard let entry = entry(option), case .date(let day) = entry.value else { return nil }
    return day
  }
}
