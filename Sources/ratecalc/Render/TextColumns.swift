/// Words laid out in columns across a width, as `ls` does: down each column, as many columns as
/// fit, never a word cut in two.
enum TextColumns {
  /// The rows, each at most `width` columns (a word wider than that stands alone on its row).
  static func lines(_ words: [String], width: Int) -> [String] {
    guard !words.isEmpty else { return [] }
    let widest = words.map(DisplayWidth.of).max() ?? 1
    let cell = widest + 2
    let perRow = max(1, (width + 2) / cell)
    let rows = (words.count + perRow - 1) / perRow
    return (0..<rows).map { row in
      var line = ""
      for column in 0..<perRow {
        let index = column * rows + row
        guard index < words.count else { break }
        let word = words[index]
        let last = (column + 1) * rows + row >= words.count
        line += last ? word : word + String(repeating: " ", count: cell - DisplayWidth.of(word))
      }
      return line
    }
  }
}
