/// Columns of text, aligned by the columns they take on a terminal (colour codes take none, wide
/// characters two): left for words, right for figures.
struct TextTable {
  var rows: [[String]] = []
  /// Which columns align right.
  var rightAligned: Set<Int> = []
  var indent = "  "

  mutating func add(_ row: [String]) { rows.append(row) }

  var lines: [String] {
    let widths = (0..<(rows.map(\.count).max() ?? 0)).map { column in
      rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
    }
    return rows.map { row in
      var line = indent
      for (column, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(cell)))
        line += rightAligned.contains(column) ? pad + cell : cell + (column == row.count - 1 ? "" : pad)
        if column < row.count - 1 { line += "  " }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }
}
