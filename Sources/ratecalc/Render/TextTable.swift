/// Columns of text, aligned by the columns they take on a terminal (colour codes take none, wide
/// characters two): left for words, right for figures. With a width, a table wider than it
/// wraps its widest column of words at spaces onto more lines, never a word cut in two.
struct TextTable {
  var rows: [[String]] = []
  /// Which columns align right.
  var rightAligned: Set<Int> = []
  var indent = "  "
  /// The widest a line may be, if limited.
  var width: Int? = nil
  /// Cells in ASCII (``ASCIIText``), measured as they will be shown.
  var ascii = false
  /// Whether the last column is a note on each row (a contribution's formula), which goes below
  /// its row when the table cannot fit beside it.
  var lastColumnIsNote = false

  /// The narrowest a wrapped column becomes.
  static let narrowestWrap = 16

  init(width: Int? = nil) {
    self.width = width
  }

  mutating func add(_ row: [String]) { rows.append(ascii ? row.map(ASCIIText.make) : row) }

  var lines: [String] {
    let count = rows.map(\.count).max() ?? 0
    let fitted = layout(columns: count)
    // Still too wide with every column of words as narrow as it goes: the last column (a note on
    // each row, such as a contribution's formula) goes below its row, indented, when the rest
    // then fits (a header's last cell goes below the header the same way).
    if lastColumnIsNote, let width, fitted.total > width, count >= 3, !rightAligned.contains(count - 1),
      case let beside = layout(columns: count - 1), beside.total <= width
    {
      let noteIndent = indent + "    "
      let noteWidth = max(1, width - DisplayWidth.of(noteIndent))
      return rows.flatMap { row in
        let note = row.count == count ? row[count - 1] : ""
        return physicalLines(Array(row.prefix(count - 1)), widths: beside.widths, wrapped: beside.wrapped)
          + (note.isEmpty ? [] : TextTable.wrap(note, width: noteWidth).map { noteIndent + $0 })
      }
    }
    return rows.flatMap { row in physicalLines(row, widths: fitted.widths, wrapped: fitted.wrapped) }
  }

  /// The widths of the first `count` columns, which columns wrap, and the table's total width.
  private func layout(columns count: Int) -> (widths: [Int], wrapped: Set<Int>, total: Int) {
    var widths = (0..<count).map { column in
      rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
    }
    var total = DisplayWidth.of(indent) + widths.reduce(0, +) + 2 * max(0, count - 1)
    var wrapped = Set<Int>()
    // Narrow the widest column of words a column at a time until the table fits (or every such
    // column is as narrow as it goes): at most `total` steps.
    // A column never gets narrower than its longest word, so nothing is cut mid-word.
    let narrowest = (0..<count).map { column in
      max(
        TextTable.narrowestWrap,
        rows.map { column < $0.count ? TextTable.longestWord($0[column]) : 0 }.max() ?? 0)
    }
    let words = (0..<count).filter { !rightAligned.contains($0) }
    while let width, total > width,
      let column = words.filter({ widths[$0] > narrowest[$0] }).max(by: { widths[$0] < widths[$1] })
    {
      widths[column] -= 1
      total -= 1
      wrapped.insert(column)
    }
    return (widths, wrapped, total)
  }

  /// A row as one line, or several when its wrapped cell takes more than one.
  private func physicalLines(_ row: [String], widths: [Int], wrapped: Set<Int>) -> [String] {
    var pieces = row.map { [$0] }
    for column in wrapped where column < row.count {
      pieces[column] = TextTable.wrap(row[column], width: widths[column])
    }
    let height = pieces.map(\.count).max() ?? 1
    return (0..<height).map { lineIndex in
      let cells = pieces.map { lineIndex < $0.count ? $0[lineIndex] : "" }
      var line = indent
      for (column, cell) in cells.enumerated() {
        let pad = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(cell)))
        line += rightAligned.contains(column) ? pad + cell : cell + (column == cells.count - 1 ? "" : pad)
        if column < cells.count - 1 { line += "  " }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }

  /// The columns the cell's longest word takes.
  static func longestWord(_ cell: String) -> Int {
    cell.split(separator: " ").map { DisplayWidth.of(String($0)) }.max() ?? 0
  }

  /// A cell's text in pieces of at most `width` columns (the first of at most `firstWidth`, when
  /// given), broken at spaces (a longer word stands alone); a colour around the whole cell is
  /// kept around each piece.
  static func wrap(_ cell: String, width: Int, firstWidth: Int? = nil) -> [String] {
    guard DisplayWidth.of(cell) > (firstWidth ?? width) else { return [cell] }
    var text = cell
    var prefix = ""
    var suffix = ""
    if text.hasPrefix("\u{1B}["), let end = text.firstIndex(of: "m"), text.hasSuffix("\u{1B}[0m") {
      prefix = String(text[...end])
      text = String(text[text.index(after: end)..<text.index(text.endIndex, offsetBy: -4)])
    }
    if !prefix.isEmpty { suffix = "\u{1B}[0m" }
    // Each word is measured once, not each candidate line: a colour code holds no space, so the
    // width of words joined by spaces is their widths plus the spaces.
    var pieces: [String] = []
    var current = ""
    var currentWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let wordWidth = DisplayWidth.of(String(word))
      if current.isEmpty {
        current = String(word)
        currentWidth = wordWidth
      } else if currentWidth + 1 + wordWidth <= (pieces.isEmpty ? firstWidth ?? width : width) {
        current += " " + word
        currentWidth += 1 + wordWidth
      } else {
        pieces.append(current)
        current = String(word)
        currentWidth = wordWidth
      }
    }
    pieces.append(current)
    return pieces.map { prefix + $0 + suffix }
  }
}
