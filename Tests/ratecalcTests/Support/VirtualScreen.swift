/// A terminal screen as a VT100 would show it, from the bytes a program wrote: printable text
/// wrapping at the width (the cursor waits at the last column until the next character), CR,
/// LF, cursor moves (`ESC [ n A/B/C/D`), erase to the end of the line or screen (`ESC [ K`,
/// `ESC [ J`), home and clear (`ESC [ H`, `ESC [ 2 J`); other sequences (colours, modes) ignored.
/// The screen has no height: rows scroll into the past rather than off the top.
struct VirtualScreen {
  let width: Int
  private(set) var rows: [[Character]] = [[]]
  private(set) var row = 0
  private(set) var column = 0
  private var pendingWrap = false

  init(width: Int) {
    self.width = width
  }

  /// The screen after `text`.
  init(width: Int, text: String) {
    self.init(width: width)
    feed(text)
  }

  /// Each row's text, trailing spaces kept.
  var lines: [String] { rows.map { String($0) } }

  mutating func feed(_ text: String) {
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      switch character {
      case "\r":
        column = 0
        pendingWrap = false
      case "\n", "\r\n":
        if character == "\r\n" { column = 0 }
        moveDown(1)
      case "\u{07}": break
      case "\u{1B}":
        guard characters.first == "[" else {
          _ = characters.popFirst()
          continue
        }
        characters.removeFirst()
        var parameters = ""
        while let next = characters.first, !(next.isLetter || next == "~") {
          parameters.append(next)
          characters.removeFirst()
        }
        guard let final = characters.popFirst() else { return }
        control(final, Int(parameters.filter(\.isNumber)) ?? 1, parameters)
      default:
        put(character)
      }
    }
  }

  private mutating func put(_ character: Character) {
    if pendingWrap {
      pendingWrap = false
      column = 0
      moveDown(1)
    }
    while rows[row].count < column { rows[row].append(" ") }
    if column < rows[row].count { rows[row][column] = character } else { rows[row].append(character) }
    if column == width - 1 { pendingWrap = true } else { column += 1 }
  }

  private mutating func moveDown(_ count: Int) {
    row += count
    while rows.count <= row { rows.append([]) }
  }

  private mutating func control(_ final: Character, _ count: Int, _ parameters: String) {
    pendingWrap = false
    switch final {
    case "A": row = max(0, row - count)
    case "B": moveDown(count)
    case "C": column = min(width - 1, column + count)
    case "D": column = max(0, column - count)
    case "K": if column < rows[row].count { rows[row].removeSubrange(column...) }
    case "J":
      if parameters == "2" {
        rows = [[]]
        row = 0
        column = 0
      } else {
        if column < rows[row].count { rows[row].removeSubrange(column...) }
        rows.removeSubrange((row + 1)...)
      }
    case "H":
      rows.append([])
      row = rows.count - 1
      column = 0
    default: break
    }
  }

  /// The line being edited: from the last row that starts with the prompt at or above the
  /// cursor, the rows joined (a long line wraps over several).
  var promptLine: String {
    guard let start = (0...row).last(where: { rows[$0].starts(with: Array("> ")) || rows[$0].starts(with: Array("(")) })
    else { return "" }
    var end = rows.count - 1
    while end > start && rows[end].isEmpty { end -= 1 }
    return (start...end).map { String(rows[$0]) }.joined()
  }
}
