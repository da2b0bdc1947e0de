/// Terminal styling: bold and dim, only on a terminal and never when `NO_COLOR` is set.
struct Style {
  let enabled: Bool
  /// ASCII stand-ins for drawing characters (``ASCIIText``), so tables are laid out as shown.
  var ascii = false

  func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
  func dim(_ text: String) -> String { enabled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
  func red(_ text: String) -> String { enabled ? "\u{1B}[31m\(text)\u{1B}[0m" : text }
  func yellow(_ text: String) -> String { enabled ? "\u{1B}[33m\(text)\u{1B}[0m" : text }
}
