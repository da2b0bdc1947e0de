/// Reads a line at the prompt with editing, history, search and completion, on a raw terminal.
///
/// Keys: ←/→, Home/End, Ctrl-A/E to move, Ctrl-←/→ and Alt-b/f by words; Backspace, Delete,
/// Ctrl-K (to end), Ctrl-U (to start), Ctrl-W (a word) to delete; ↑/↓ for history; Ctrl-R to
/// search it (any case); Tab to complete; Ctrl-C to clear the line; Ctrl-Z to suspend; Ctrl-D on
/// an empty line to end. A line wider than the window wraps over several rows and is drawn again
/// from its first row on every change and when the window is resized.
struct LineEditor {
  var history: History
  var completion: Completion
  let prompt: String

  private var line: [Character] = []
  private var cursor = 0
  /// The position in history while browsing with ↑/↓ (history.count = the line being typed).
  private var historyIndex = 0
  private var draft: [Character] = []
  private var lastKeyWasTab = false
  /// The row of the drawn line the cursor is on (0 for the prompt's row): where a redraw starts.
  private var cursorRow = 0

  init(history: History, completion: Completion, prompt: String) {
    self.history = history
    self.completion = completion
    self.prompt = prompt
  }

  /// The result of reading one line.
  enum Input {
    case line(String)
    case endOfInput
  }

  /// The longest line the prompt takes, in characters; keys that would go past it ring the bell.
  static let maximumLine = 65_536

  mutating func read() -> Input {
    line = []
    cursor = 0
    historyIndex = history.entries.count
    lastKeyWasTab = false
    cursorRow = 0
    redraw()
    while true {
      guard Terminal.waitForKey() else {
        redraw()
        continue
      }
      guard let key = KeyDecoder.next({ Terminal.readByte(continuing: $0) }) else { break }
      let wasTab = lastKeyWasTab
      lastKeyWasTab = false
      switch key {
      case .control(13), .control(10):  // Enter
        finish()
        return .line(String(line))
      case .control(4) where line.isEmpty:  // Ctrl-D on an empty line
        finish()
        return .endOfInput
      case .control(26):  // Ctrl-Z
        finish()
        Terminal.suspend()
      case .control(9):
        complete(showAll: wasTab)
        lastKeyWasTab = true
      case .control(18):
        if let (found, submit) = search() {
          line = found
          cursor = line.count
          if submit {
            redraw()
            finish()
            return .line(String(line))
          }
        }
      case .control(let byte): control(byte)
      case .text(let character): insert([character])
      case .paste(let text): insert(Array(text))
      case .up: previousHistory()
      case .down: nextHistory()
      case .left: cursor = max(0, cursor - 1)
      case .right: cursor = min(line.count, cursor + 1)
      case .home: cursor = 0
      case .end: cursor = line.count
      case .delete: deleteForward()
      case .wordLeft: cursor = wordStart(before: cursor)
      case .wordRight: cursor = wordEnd(after: cursor)
      case .escape, .ignored: break
      }
      redraw()
    }
    return .endOfInput
  }

  /// The editing keys that are single control bytes.
  private mutating func control(_ byte: UInt8) {
    switch byte {
    case 3:  // Ctrl-C: clear the line
      cursor = line.count
      redraw()
      Terminal.write("^C\n")
      cursorRow = 0
      line = []
      cursor = 0
    case 4: deleteForward()  // Ctrl-D
    case 1: cursor = 0  // Ctrl-A
    case 5: cursor = line.count  // Ctrl-E
    case 2: cursor = max(0, cursor - 1)  // Ctrl-B
    case 6: cursor = min(line.count, cursor + 1)  // Ctrl-F
    case 11: line.removeSubrange(cursor...)  // Ctrl-K
    case 21:  // Ctrl-U
      line.removeSubrange(..<cursor)
      cursor = 0
    case 23: deleteWordBackward()  // Ctrl-W
    case 12:  // Ctrl-L
      Terminal.write("\u{1B}[H\u{1B}[2J")
      cursorRow = 0
    case 127, 8: deleteBackward()
    case 16: previousHistory()  // Ctrl-P
    case 14: nextHistory()  // Ctrl-N
    default: break
    }
  }

  /// Inserts typed or pasted text at the cursor, up to ``maximumLine`` characters.
  private mutating func insert(_ characters: [Character]) {
    let room = max(0, LineEditor.maximumLine - line.count)
    if characters.count > room { Terminal.write("\u{07}") }
    let kept = characters.prefix(room)
    line.insert(contentsOf: kept, at: cursor)
    cursor += kept.count
  }

  /// Where the word before `index` starts.
  private func wordStart(before index: Int) -> Int {
    var start = index
    while start > 0 && line[start - 1] == " " { start -= 1 }
    while start > 0 && line[start - 1] != " " { start -= 1 }
    return start
  }

  /// Where the word after `index` ends.
  private func wordEnd(after index: Int) -> Int {
    var end = index
    while end < line.count && line[end] == " " { end += 1 }
    while end < line.count && line[end] != " " { end += 1 }
    return end
  }

  private mutating func deleteBackward() {
    guard cursor > 0 else { return }
    line.remove(at: cursor - 1)
    cursor -= 1
  }

  private mutating func deleteForward() {
    guard cursor < line.count else { return }
    line.remove(at: cursor)
  }

  private mutating func deleteWordBackward() {
    let start = wordStart(before: cursor)
    line.removeSubrange(start..<cursor)
    cursor = start
  }

  private mutating func previousHistory() {
    guard historyIndex > 0 else { return }
    if historyIndex == history.entries.count { draft = line }
    historyIndex -= 1
    line = Array(history.entries[historyIndex])
    cursor = line.count
  }

  private mutating func nextHistory() {
    guard historyIndex < history.entries.count else { return }
    historyIndex += 1
    line = historyIndex == history.entries.count ? draft : Array(history.entries[historyIndex])
    cursor = line.count
  }

  private mutating func complete(showAll: Bool) {
    let (start, words) = completion.candidates(line: line, cursor: cursor)
    guard !words.isEmpty else { return }
    if words.count == 1, let word = words.first {
      line.replaceSubrange(start..<cursor, with: Array(word + " "))
      cursor = start + word.count + 1
      return
    }
    let prefix = Completion.commonPrefix(words)
    if prefix.count > cursor - start {
      line.replaceSubrange(start..<cursor, with: Array(prefix))
      cursor = start + prefix.count
    } else if showAll {
      let shown = Array(words.prefix(200)) + (words.count > 200 ? ["…"] : [])
      cursor = line.count
      redraw()
      let rows = TextColumns.lines(shown, width: Terminal.columns)
      Terminal.write("\n" + rows.joined(separator: "\n") + "\n")
      cursorRow = 0
    }
  }

  /// Ctrl-R: search the history backwards as the user types. Enter runs the match; Esc keeps it
  /// on the line for editing.
  private mutating func search() -> (line: [Character], submit: Bool)? {
    var query: [Character] = []
    var from = history.entries.count
    var match: String? = nil
    var failing = false
    func find(before start: Int) -> (Int, String)? {
      var index = start - 1
      while index >= 0 {
        let entry = history.entries[index]
        if query.isEmpty || entry.lowercased().contains(String(query).lowercased()) { return (index, entry) }
        index -= 1
      }
      return nil
    }
    while true {
      let label = failing ? "(failing search)" : "(search)"
      let shown = "\(label)'\(TerminalSafeText.make(String(query)))': \(TerminalSafeText.make(match ?? ""))"
      // One row, cut to the window, so the search line never wraps.
      let cut = String(shown.prefix(max(10, Terminal.columns - 1)))
      Terminal.write(upToFirstRow() + "\r\u{1B}[J" + cut)
      cursorRow = 0
      guard let key = KeyDecoder.next({ Terminal.readByte(continuing: $0) }) else { return nil }
      switch key {
      case .control(18):  // Ctrl-R again: an older match
        if let (index, found) = find(before: from) {
          from = index
          match = found
          failing = false
        } else {
          failing = true
        }
      case .control(127), .control(8):
        if !query.isEmpty { query.removeLast() }
        from = history.entries.count
        if let (index, found) = find(before: from) {
          from = index
          match = found
          failing = false
        }
      case .control(13), .control(10):
        return match.map { (Array($0), true) }
      case .control(3), .control(7):  // Ctrl-C, Ctrl-G: give up
        return nil
      case .text(let character):
        guard query.count < 256 else { continue }
        query.append(character)
        from = history.entries.count
        if let (index, found) = find(before: from) {
          from = index
          match = found
          failing = false
        } else {
          failing = true
        }
      case .ignored, .control:
        continue
      default:  // Esc, arrows, a paste: keep the match on the line for editing
        return match.map { (Array($0), false) }
      }
    }
  }

  /// Draws the prompt and the line from the line's first row, wrapped at the window's width,
  /// and puts the cursor in place.
  private mutating func redraw() {
    let columns = max(1, Terminal.columns)
    let text = TerminalSafeText.make(String(line))
    let promptWidth = DisplayWidth.of(prompt)
    let total = promptWidth + DisplayWidth.of(text)
    let before = promptWidth + DisplayWidth.of(TerminalSafeText.make(String(line[..<cursor])))
    var out = upToFirstRow() + "\r\u{1B}[J" + prompt + text
    // After the last column of a row the terminal waits to wrap: start the next row, so the
    // cursor can be placed on it.
    if total > 0 && total % columns == 0 { out += "\n" }
    let endRow = total / columns
    let row = before / columns
    if endRow > row { out += "\u{1B}[\(endRow - row)A" }
    out += "\r" + (before % columns > 0 ? "\u{1B}[\(before % columns)C" : "")
    cursorRow = row
    Terminal.write(out)
  }

  /// Moves from the cursor's row to the first row of the drawn line.
  private func upToFirstRow() -> String { cursorRow > 0 ? "\u{1B}[\(cursorRow)A" : "" }

  /// Leaves the line: the cursor below its last row.
  private mutating func finish() {
    cursor = line.count
    redraw()
    Terminal.write("\n")
    cursorRow = 0
  }
}
