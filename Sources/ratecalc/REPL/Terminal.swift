#if canImport(Glibc)
  import Glibc
#endif

/// The terminal settings to put back on exit or on a signal. The one piece of global state: a
/// signal handler cannot reach an instance.
nonisolated(unsafe) private var savedSettings = termios()
nonisolated(unsafe) private var rawModeActive = false

/// Puts the terminal back as it was (safe to call more than once, and from a signal handler).
private func restoreTerminal() {
  if rawModeActive {
    _ = tcsetattr(0, TCSAFLUSH, &savedSettings)
    rawModeActive = false
  }
}

/// Raw keyboard input for the line editor: bytes as typed, Ctrl-C as byte 3, no echo. Output
/// processing stays on, so "\n" still starts a new line.
enum Terminal {
  /// Switches to raw mode; false when standard input is not a terminal.
  static func enableRawMode() -> Bool {
    guard tcgetattr(0, &savedSettings) == 0 else { return false }
    var raw = savedSettings
    cfmakeraw(&raw)
    raw.c_oflag |= tcflag_t(OPOST)
    guard tcsetattr(0, TCSAFLUSH, &raw) == 0 else { return false }
    rawModeActive = true
    atexit { restoreTerminal() }
    for signal in [SIGTERM, SIGHUP, SIGQUIT] {
      Glibc.signal(signal) { number in
        restoreTerminal()
        Glibc.signal(number, SIG_DFL)
        raise(number)
      }
    }
    return true
  }

  /// Back to the settings raw mode replaced.
  static func restore() { restoreTerminal() }

  /// The terminal's width in columns (80 when unknown).
  static var width: Int {
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }

  /// One byte from standard input, or nil at end of input.
  static func readByte() -> UInt8? {
    var byte: UInt8 = 0
    while true {
      let count = read(0, &byte, 1)
      if count == 1 { return byte }
      if count < 0 && errno == EINTR { continue }
      return nil
    }
  }

  /// Writes text straight to the terminal.
  static func write(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeMutableBytes { Glibc.write(1, $0.baseAddress, $0.count) }
      if written <= 0 { break }
      offset += written
    }
    bytes.removeAll()
  }
}
