/// Reads a line at the prompt with editing, history, search and completion, on a raw terminal.
///
/// Keys: ←/→, Home/End, Ctrl-A/E to move; Backspace, Delete, Ctrl-K (to end), Ctrl-U (to start),
/// Ctrl-W (a word) to delete; ↑/↓ for history; Ctrl-R to search it; Tab to complete; Ctrl-C to
/// clear the line; Ctrl-D on an empty line to end.
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
    redraw()
    while let key = KeyDecoder.next({ Terminal.readByte(continuing: $0) }) {
      let wasTab = lastKeyWasTab
      lastKeyWasTab = false
      switch key {
      case .control(13), .control(10):  // Enter
        Terminal.write("\n")
        return .line(String(line))
      case .control(4) where line.isEmpty:  // Ctrl-D on an empty line
        Terminal.write("\n")
        return .endOfInput
      case .control(9):
        complete(showAll: wasTab)
        lastKeyWasTab = true
      case .control(18):
        if let (found, submit) = search() {
          line = found
          cursor = line.count
          if submit {
            redraw()
            Terminal.write("\n")
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
      Terminal.write("^C\n")
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
    case 12: Terminal.write("\u{1B}[H\u{1B}[2J")  // Ctrl-L
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
      Terminal.write("\n" + words.prefix(60).joined(separator: "  ") + (words.count > 60 ? "  …" : "") + "\n")
    }
  }

  /// Ctrl-R: search the history backwards as the user types. Enter runs the match; Esc keeps it
  /// on the line for editing.
  private mutating func search() -> (line: [Character], submit: Bool)? {
    var query: [Character] = []
    var from = history.entries.count
    var match: String? = nil
    func find(before start: Int) -> (Int, String)? {
      var index = start - 1
      while index >= 0 {
        if query.isEmpty || history.entries[index].contains(String(query)) { return (index, history.entries[index]) }
        index -= 1
      }
      return nil
    }
    while true {
      Terminal.write("\r\u{1B}[K(search)'\(String(query))': \(TerminalSafeText.make(match ?? ""))")
      guard let key = KeyDecoder.next({ Terminal.readByte(continuing: $0) }) else { return nil }
      switch key {
      case .control(18):  // Ctrl-R again: an older match
        if let (index, found) = find(before: from) {
          from = index
          match = found
        }
      case .control(127), .control(8):
        if !query.isEmpty { query.removeLast() }
        from = history.entries.count
        if let (index, found) = find(before: from) {
          from = index
          match = found
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
        } else {
          match = nil
        }
      case .ignored, .control:
        continue
      default:  // Esc, arrows, a paste: keep the match on the line for editing
        return match.map { (Array($0), false) }
      }
    }
  }

  /// Draws the prompt and the line, and puts the cursor in place.
  private func redraw() {
    let text = prompt + TerminalSafeText.make(String(line))
    let column = prompt.count + cursor
    Terminal.write("\r\u{1B}[K" + text + "\r" + (column > 0 ? "\u{1B}[\(column)C" : ""))
  }
}
