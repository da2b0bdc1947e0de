#if canImport(Glibc)
  import Glibc
#endif

/// The terminal settings to put back on exit or on a signal. The one piece of global state: a
/// signal handler cannot reach an instance.
nonisolated(unsafe) private var savedSettings = termios()
nonisolated(unsafe) private var rawModeActive = false
/// Set by SIGWINCH: the window changed size, so the line is drawn again.
nonisolated(unsafe) private var windowResized = false
/// Whether the exit handler is installed (once per process).
nonisolated(unsafe) private var exitHandlerInstalled = false

/// Turns bracketed paste off: `ESC [ ? 2004 l`.
nonisolated(unsafe) private var pasteOff: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
  27, 91, 63, 50, 48, 48, 52, 108
)

/// Puts the terminal back as it was: safe to call more than once, and from a signal handler
/// (only `tcsetattr` and `write`, both async-signal-safe).
private func restoreTerminal() {
  if rawModeActive {
    rawModeActive = false
    _ = withUnsafeBytes(of: &pasteOff) { Glibc.write(1, $0.baseAddress, 8) }
    _ = tcsetattr(0, TCSAFLUSH, &savedSettings)
  }
}

/// Restores the terminal, then lets the signal do what it would have done.
private func restoreAndReraise(_ number: Int32) {
  restoreTerminal()
  Glibc.signal(number, SIG_DFL)
  raise(number)
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
    write("\u{1B}[?2004h")  // bracketed paste: a paste arrives as one piece, never as keystrokes
    if !exitHandlerInstalled {
      exitHandlerInstalled = true
      atexit { restoreTerminal() }
    }
    for signal in Terminal.restoringSignals {
      Glibc.signal(signal) { number in restoreAndReraise(number) }
    }
    // A resize interrupts the wait for a key (no SA_RESTART), so the line is redrawn at once.
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in windowResized = true }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGWINCH, &action, nil)
    return true
  }

  /// Ctrl-Z: the terminal put back, the process stopped as the shell's job control expects, and
  /// raw mode again when it is continued (`fg`).
  static func suspend() {
    restoreTerminal()
    Glibc.signal(SIGTSTP, SIG_DFL)
    raise(SIGTSTP)
    _ = enableRawMode()
  }

  /// The terminal's width in columns, as the line editor draws: its size (which follows every
  /// resize), else `COLUMNS`, else 80.
  static var columns: Int {
    var size = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return Width.fromEnvironment ?? 80
  }

  /// Waits until a key can be read; `false` when the window was resized first.
  static func waitForKey() -> Bool {
    var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
    while true {
      if windowResized {
        windowResized = false
        return false
      }
      let ready = poll(&descriptor, 1, -1)
      if ready > 0 { return true }
      if ready < 0 && errno == EINTR { continue }
      return true  // an error or hang-up: the read reports it
    }
  }

  /// Every signal after which the terminal is put back: the ways out that can be caught, traps included.
  static let restoringSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGABRT, SIGSEGV, SIGILL, SIGBUS]

  /// Back to the settings raw mode replaced.
  static func restore() { restoreTerminal() }

  /// How long a byte that would continue a key sequence is waited for, in milliseconds.
  static let sequenceWait: Int32 = 50

  /// One byte from standard input, or nil at end of input. With `continuing`, nil also when
  /// no byte comes within ``sequenceWait`` (so a lone Esc is a key of its own).
  static func readByte(continuing: Bool) -> UInt8? {
    if continuing {
      var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, sequenceWait) > 0 else { return nil }
    }
    return readByte()
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
    FileDescriptor.writeAll(1, Array(text.utf8))
  }
}
