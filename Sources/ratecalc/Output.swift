#if canImport(Glibc)
  import Glibc
#endif

/// Where the tool writes: standard output and standard error, buffered, written with `write(2)`
/// (the C `stdout`/`stderr` globals are not usable under strict concurrency).
final class Output {
  private var out: [UInt8] = []
  private var err: [UInt8] = []
  /// Captured text instead of file descriptors, for tests.
  private(set) var captured: (out: String, err: String)? = nil

  /// Whether to write ASCII stand-ins for box, block and typographic characters (``ASCIIText``).
  let ascii: Bool
  /// The width error and warning lines are broken to fit (``Width/error``); `nil` to write each
  /// whole, as a script reading standard error expects.
  var errorWidth: Int? = nil

  init(capturing: Bool = false, ascii: Bool = false) {
    if capturing { captured = ("", "") }
    self.ascii = ascii
  }

  func line(_ text: String = "") { write(text, newline: true) }

  /// Writes text to standard output; control characters in it are made visible
  /// (``TerminalSafeText``), so text from a line or a data file cannot drive the terminal.
  func write(_ text: String, newline: Bool = false) {
    let text = ascii ? ASCIIText.make(TerminalSafeText.make(text)) : TerminalSafeText.make(text)
    if captured != nil {
      captured?.out += newline ? text + "\n" : text
      return
    }
    append(text)
    if newline { out.append(UInt8(ascii: "\n")) }
    if out.count > 1 << 16 { flush() }
  }

  /// Writes a data format (CSV) as it is: its line ends are part of the format. The caller makes
  /// each field's text safe first.
  func writeData(_ text: String) {
    if captured != nil {
      captured?.out += text
      return
    }
    append(text)
    if out.count > 1 << 16 { flush() }
  }

  /// Copies text's bytes into the standard output buffer, with no string or array made.
  private func append(_ text: String) {
    var text = text
    text.withUTF8 { out.append(contentsOf: $0) }
  }

  /// Writes one line to standard error, control characters made visible. With an
  /// ``errorWidth``, a line too wide is broken at spaces, its continuations under the text after
  /// its label (`error: `, `line 3: warning: `); a line that starts with a space (the line in
  /// error and its caret, which ``App/report(_:line:lineNumber:)`` fits itself) is left whole.
  func errorLine(_ text: String) {
    let text = ascii ? ASCIIText.make(TerminalSafeText.make(text)) : TerminalSafeText.make(text)
    var lines = [text]
    if let width = errorWidth, !text.hasPrefix(" "), !DisplayWidth.fits(text, in: width) {
      lines = TextWrap.fit(text, width: width, hangingAt: Output.labelWidth(of: text) ?? 2)
    }
    if captured != nil {
      for line in lines { captured?.err += line + "\n" }
      return
    }
    flush()
    for line in lines { err += Array((line + "\n").utf8) }
    flushErrors()
  }

  /// The columns of a line's label, through `error: ` or `warning: ` (after any `line N: `),
  /// colour codes not counted; `nil` without one.
  static func labelWidth(of text: String) -> Int? {
    let plain = DisplayWidth.plain(text)
    var rest = Substring(plain)
    if rest.hasPrefix("line "), let colon = rest.firstIndex(of: ":") {
      rest = rest[rest.index(after: colon)...].drop { $0 == " " }
    }
    guard let label = ["error: ", "warning: "].first(where: { rest.hasPrefix($0) }) else { return nil }
    return DisplayWidth.of(String(plain[..<rest.startIndex])) + label.count
  }

  /// Forgets captured text (a fuzz target runs millions of lines through one app).
  func clear() {
    if captured != nil { captured = ("", "") }
  }

  /// Writes what is buffered for standard output.
  func flush() {
    Output.writeAll(1, &out)
  }

  private func flushErrors() {
    Output.writeAll(2, &err)
  }

  private static func writeAll(_ descriptor: Int32, _ buffer: inout [UInt8]) {
    FileDescriptor.writeAll(descriptor, buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}
