/// The README's command table, from the command declarations: each example and what it answers.
/// A test keeps the README's copy (between `<!-- commands -->` and `<!-- /commands -->`) equal
/// to it.
enum CommandTable {
  /// The table as Markdown.
  static var markdown: String {
    let rows = Commands.documented.flatMap(\.examples).map { "| `\($0.command)` | \($0.answers) |" }
    return (["| command | what it answers |", "|---|---|"] + rows).joined(separator: "\n")
  }
}
