import RateCalc

/// A command with its options and the line it came from.
struct ParsedCommand {
  /// The command, with its words read.
  let command: any CommandSpec
  /// Its options, with their values read.
  let options: ParsedOptions
  /// The line.
  let line: String
  /// How something ambiguous on the line was read, shown with the result.
  var notes: [String] = []
}
