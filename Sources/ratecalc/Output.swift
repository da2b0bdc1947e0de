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

  /// Writes one line to standard error, control characters made visible.
  func errorLine(_ text: String) {
    let text = ascii ? ASCIIText.make(TerminalSafeText.make(text)) : TerminalSafeText.make(text)
    if captured != nil {
      captured?.err += text + "\n"
      return
    }
    flush()
    err += Array((text + "\n").utf8)
    flushErrors()
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
