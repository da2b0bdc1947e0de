/// ASCII stand-ins for the box, block, arrow and typographic characters ratecalc draws with,
/// for a terminal whose locale is not UTF-8 or `--ascii`. Currency symbols (`£`, `€`) stay:
/// they are the figures' meaning, not decoration.
enum ASCIIText {
  /// Each character and what stands for it.
  static let stand: [Character: String] = [
    "█": "#", "←": "<-", "→": "->", "–": "-", "—": "-", "·": "|", "−": "-", "…": "...", "×": "x", "÷": "/",
    "‘": "'", "’": "'", "“": "\"", "”": "\"", "↑": "^", "↓": "v", "≈": "~", " ": " ", "├": "|", "┤": "|",
    "─": "-", "●": "o", "▏": "#", "▎": "#", "▍": "#", "▌": "#", "▋": "#", "▊": "#", "▉": "#",
  ]

  /// The text with the stand-ins.
  static func make(_ text: String) -> String {
    guard text.contains(where: { stand[$0] != nil }) else { return text }
    var result = ""
    for character in text { result += stand[character] ?? String(character) }
    return result
  }

  /// Whether the locale (`LC_ALL`, else `LC_CTYPE`, else `LANG`) says UTF-8.
  static func localeIsUTF8(_ environment: [String: String]) -> Bool {
    let locale =
      [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]].compactMap { $0 }.first {
        !$0.isEmpty
      } ?? ""
    // Looked for as bytes: `String.contains(_:)` builds a search table keyed by `Character`,
    // which costs every start a scan of the binary's conformances (about 200,000 instructions).
    let lowered = Array(locale.lowercased().utf8)
    return lowered.contains(bytes: "utf-8") || lowered.contains(bytes: "utf8")
  }
}
