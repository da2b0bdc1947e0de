/// Lines of prose and two-column help made to fit a width: broken at spaces, never inside a word,
/// each continuation indented so the text still reads as one column.
enum TextWrap {
  /// Lines of help fitted to `width`. Lines as written are kept when they fit. Help is written
  /// with prose broken near column 90; a paragraph of it (lines of one indent, each but the last
  /// long and not ending a sentence) is joined and broken again when any of its lines is too
  /// wide, so it reads evenly instead of alternating long and short lines.
  static func fit(lines: [String], width: Int) -> [String] {
    var fitted: [String] = []
    var paragraph: [String] = []
    func flush() {
      guard !paragraph.isEmpty else { return }
      if paragraph.count > 1 && paragraph.contains(where: { DisplayWidth.of($0) > width }) {
        let indent = String(repeating: " ", count: paragraph[0].prefix { $0 == " " }.count)
        let joined = indent + paragraph.map { $0.drop { $0 == " " } }.joined(separator: " ")
        fitted += fit(joined, width: width, hangingAt: indent.count)
      } else {
        fitted += paragraph.flatMap { fit($0, width: width) }
      }
      paragraph = []
    }
    for line in lines {
      if let last = paragraph.last, !continues(last, with: line) && !continuesColumn(of: paragraph[0], with: line) {
        flush()
      }
      paragraph.append(line)
    }
    flush()
    return fitted
  }

  /// Whether `line` carries on the second column of `first` (a term and its text): it starts
  /// exactly where that column does and has no second column of its own. Joined with `first`
  /// when the entry is too wide, it is broken again under the column as one text.
  static func continuesColumn(of first: String, with line: String) -> Bool {
    let indent = first.prefix { $0 == " " }.count
    guard let column = secondColumn(Array(first), after: indent) else { return false }
    let lineIndent = line.prefix { $0 == " " }.count
    return lineIndent == column && lineIndent < line.count && secondColumn(Array(line), after: lineIndent) == nil
  }

  /// The width from which a line of help is taken to be prose broken for length, not by choice.
  static let proseBreak = 75

  /// Whether `line` carries on the prose of `previous`: the same indent, neither with a second
  /// column nor starting an option (`--year …`), `previous` long and not ending a sentence, and
  /// `line` not starting a label (`Periods: …`).
  static func continues(_ previous: String, with line: String) -> Bool {
    let indent = previous.prefix { $0 == " " }.count
    guard !line.isEmpty, indent == line.prefix(while: { $0 == " " }).count,
      DisplayWidth.of(previous) >= proseBreak, previous.last != "."
    else { return false }
    let before = previous.dropFirst(indent)
    let words = line.dropFirst(indent)
    guard !before.hasPrefix("-"), !words.hasPrefix("-"),
      secondColumn(Array(previous), after: indent) == nil, secondColumn(Array(line), after: indent) == nil
    else { return false }
    if let first = words.split(separator: " ").first, first.count > 1, first.last == ":",
      first.first?.isUppercase == true
    {
      return false
    }
    return true
  }

  /// The deepest indent of a result's prose (notes and calendar lines are indented 2); a line
  /// indented further continues a table cell.
  static let proseIndent = 4

  /// A line of a result fitted to `width`: prose is broken at spaces (`fit(_:width:)`); a row of
  /// columns (text after a gap of two or more spaces) or a line indented past ``proseIndent`` is
  /// left as its table made it, since a table that could not fit has a word too long to break.
  static func fitProse(_ line: String, width: Int) -> [String] {
    guard !DisplayWidth.fits(line, in: width) else { return [line] }
    // Read past a colour at the start: `ESC[2m  223 billable days …`.
    var plain = Array(line)
    if line.hasPrefix("\u{1B}["), let end = plain.firstIndex(of: "m") { plain = Array(plain[(end + 1)...]) }
    let indent = plain.prefix { $0 == " " }.count
    guard indent <= proseIndent, secondColumn(plain, after: indent) == nil else { return [line] }
    return fit(line, width: width)
  }

  /// The narrowest a second column may be for continuation lines to hang under it; a narrower
  /// one hangs under the line's own indent instead.
  static let narrowestColumn = 24

  /// `line` as it is when it fits in `width` columns; otherwise broken at spaces into lines of at
  /// most `width` columns (a word longer than that stands alone on its line). A line with a
  /// second column (text after a gap of two or more spaces) continues under that column; any
  /// other continues two columns in from its own indent.
  static func fit(_ line: String, width: Int, hangingAt hanging: Int? = nil) -> [String] {
    guard !DisplayWidth.fits(line, in: width) else { return [line] }
    // A line in one colour (`ESC[2m … ESC[0m`): its text is fitted, and each piece coloured.
    let reset = "\u{1B}[0m"
    if line.hasPrefix("\u{1B}["), line.hasSuffix(reset), let end = line.firstIndex(of: "m") {
      let colour = String(line[...end])
      let inner = String(line[line.index(after: end)..<line.index(line.endIndex, offsetBy: -reset.count)])
      if !inner.contains("\u{1B}") {
        return fit(inner, width: width, hangingAt: hanging).map { colour + $0 + reset }
      }
    }
    let characters = Array(line)
    let indent = characters.prefix { $0 == " " }.count
    var hang = min(hanging ?? indent + 2, max(0, width - narrowestColumn))
    var start = indent
    if let column = secondColumn(characters, after: indent) {
      guard DisplayWidth.of(String(characters[..<column])) <= width - narrowestColumn else {
        // No room beside the first column: the second goes below it, indented.
        var first = String(characters[..<column])
        while first.last == " " { first.removeLast() }
        let second = String(repeating: " ", count: indent + 4) + String(characters[column...])
        return fit(first, width: width) + fit(second, width: width, hangingAt: indent + 4)
      }
      hang = DisplayWidth.of(String(characters[..<column]))
      start = column
    }
    // A deep indent gives way too, so a narrow window still has room for text.
    let head = start == indent ? String(repeating: " ", count: min(indent, hang)) : String(characters[..<start])
    let body = String(characters[start...])
    let joined = keepingNumbersWithUnits(body)
    // The first line has only its head before it, which may be narrower than the hang (a label
    // such as `error: ` hangs its continuations under the text after it).
    let pieces = TextTable.wrap(
      joined, width: max(1, width - hang), firstWidth: max(1, width - DisplayWidth.of(head)))
    return pieces.enumerated().map { index, piece in
      var text = (index == 0 ? head : String(repeating: " ", count: hang)) + piece
      while text.last == " " { text.removeLast() }
      // Only the joins made here become spaces again; text that held the character keeps it.
      return joined == body ? text : text.replacing(unbreakable, with: " ")
    }
  }

  /// A space no line breaks at, while a line is being broken (a private-use character, one
  /// column wide); text that holds one already is left as it is.
  static let unbreakable = "\u{E000}"

  /// The text with each number joined to the word after it (`5 training`, `6 months`), so that a
  /// line never ends on a bare number.
  ///
  /// Read as bytes: words are split at spaces and an ASCII word is judged by its bytes; a word
  /// with other characters is judged by their Unicode properties, as before (splitting and
  /// judging every word by `Character` was a third of a `quote` line's instructions).
  static func keepingNumbersWithUnits(_ text: String) -> String {
    let bytes = Array(text.utf8)
    let mark = Array(unbreakable.utf8)
    // Text that holds the joining character already is left as it is.
    guard !bytes.contains(bytes: unbreakable) else { return text }
    let words = bytes.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
    var joined: [UInt8] = []
    joined.reserveCapacity(bytes.count + 16)
    for (index, word) in words.enumerated() {
      if index > 0 {
        if isNumber(words[index - 1]) && startsWithLetter(word) {
          joined += mark
        } else {
          joined.append(UInt8(ascii: " "))
        }
      }
      joined += word
    }
    return String(decoding: joined, as: UTF8.self)
  }

  /// Whether a word is a number: a digit, then digits, points and commas.
  private static func isNumber(_ word: ArraySlice<UInt8>) -> Bool {
    guard word.contains(where: { $0 >= 0x80 }) else {
      func digit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
      guard let first = word.first, digit(first) else { return false }
      return word.allSatisfy { digit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }
    }
    let text = String(decoding: word, as: UTF8.self)
    return text.first?.isNumber == true && text.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
  }

  /// Whether a word starts with a letter.
  private static func startsWithLetter(_ word: ArraySlice<UInt8>) -> Bool {
    guard let first = word.first else { return false }
    if first < 0x80 { return (first | 0x20) &- UInt8(ascii: "a") < 26 }
    return String(decoding: word, as: UTF8.self).first?.isLetter == true
  }

  /// Where the text after the first gap of two or more spaces past the indent starts, if any.
  private static func secondColumn(_ characters: [Character], after indent: Int) -> Int? {
    var index = indent
    while index + 2 < characters.count {
      if characters[index] == " " && characters[index + 1] == " " {
        var end = index + 2
        while end < characters.count && characters[end] == " " { end += 1 }
        return end < characters.count ? end : nil
      }
      index += 1
    }
    return nil
  }
}
