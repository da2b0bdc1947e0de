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

  mutating func read() -> Input {
    line = []
    cursor = 0
    historyIndex = history.entries.count
    lastKeyWasTab = false
    redraw()
    while let byte = Terminal.readByte() {
      let wasTab = lastKeyWasTab
      lastKeyWasTab = false
      switch byte {
      case 13, 10:  // Enter
        Terminal.write("\n")
        return .line(String(line))
      case 3:  // Ctrl-C: clear the line
        Terminal.write("^C\n")
        line = []
        cursor = 0
      case 4:  // Ctrl-D
        if line.isEmpty {
          Terminal.write("\n")
          return .endOfInput
        }
        deleteForward()
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
      case 9:
        complete(showAll: wasTab)
        lastKeyWasTab = true
      case 18:
        if let (found, submit) = search() {
          line = found
          cursor = line.count
          if submit {
            redraw()
            Terminal.write("\n")
            return .line(String(line))
          }
        }
      case 16: previousHistory()  // Ctrl-P
      case 14: nextHistory()  // Ctrl-N
      case 27: escape()
      default:
        if byte >= 32, let character = readCharacter(startingWith: byte) {
          line.insert(character, at: cursor)
          cursor += 1
        }
      }
      redraw()
    }
    return .endOfInput
  }

  /// A whole UTF-8 character whose first byte was read.
  private func readCharacter(startingWith first: UInt8) -> Character? {
    var bytes = [first]
    let extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0
    for _ in 0..<extra {
      guard let next = Terminal.readByte() else { break }
      bytes.append(next)
    }
    return String(decoding: bytes, as: UTF8.self).first
  }

  /// Arrow keys, Home, End, Delete: `ESC [ X`, `ESC [ n ~`, `ESC O X`.
  private mutating func escape() {
    guard let introducer = Terminal.readByte() else { return }
    guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O"), let key = Terminal.readByte() else {
      return
    }
    switch key {
    case UInt8(ascii: "A"): previousHistory()
    case UInt8(ascii: "B"): nextHistory()
    case UInt8(ascii: "C"): cursor = min(line.count, cursor + 1)
    case UInt8(ascii: "D"): cursor = max(0, cursor - 1)
    case UInt8(ascii: "H"): cursor = 0
    case UInt8(ascii: "F"): cursor = line.count
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      var code = Int(key - UInt8(ascii: "0"))
      while let next = Terminal.readByte(), next != UInt8(ascii: "~") {
        guard next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9") else { return }
        code = code * 10 + Int(next - UInt8(ascii: "0"))
      }
      switch code {
      case 1, 7: cursor = 0
      case 4, 8: cursor = line.count
      case 3: deleteForward()
      default: break
      }
    default: break
    }
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
    var start = cursor
    while start > 0 && line[start - 1] == " " { start -= 1 }
    while start > 0 && line[start - 1] != " " { start -= 1 }
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
      Terminal.write("\r\u{1B}[K(search)'\(String(query))': \(match ?? "")")
      guard let byte = Terminal.readByte() else { return nil }
      switch byte {
      case 18:  // Ctrl-R again: an older match
        if let (index, found) = find(before: from) {
          from = index
          match = found
        }
      case 127, 8:
        if !query.isEmpty { query.removeLast() }
        from = history.entries.count
        if let (index, found) = find(before: from) {
          from = index
          match = found
        }
      case 13, 10:
        return match.map { (Array($0), true) }
      case 27:
        return match.map { (Array($0), false) }
      case 3, 7:  // Ctrl-C, Ctrl-G: give up
        return nil
      default:
        guard byte >= 32, let character = readCharacter(startingWith: byte) else { continue }
        query.append(character)
        from = history.entries.count
        if let (index, found) = find(before: from) {
          from = index
          match = found
        } else {
          match = nil
        }
      }
    }
  }

  /// Draws the prompt and the line, and puts the cursor in place.
  private func redraw() {
    let text = prompt + String(line)
    let column = prompt.count + cursor
    Terminal.write("\r\u{1B}[K" + text + "\r" + (column > 0 ? "\u{1B}[\(column)C" : ""))
  }
}
