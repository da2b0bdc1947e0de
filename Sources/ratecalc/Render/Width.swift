#if canImport(Glibc)
  import Glibc
#endif

/// How wide output may be: the terminal's width on a terminal, else `COLUMNS`, else 80 columns.
enum Width {
  /// `COLUMNS` when it is a number from 20.
  static var fromEnvironment: Int? {
    guard let text = Environment.value("COLUMNS"), let columns = Int(text), columns >= 20 else {
      return nil
    }
    return columns
  }

  /// The width for standard output.
  static var output: Int {
    if let columns = fromEnvironment { return columns }
    var size = winsize()
    if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
    return 80
  }

  /// The width standard error's lines are fitted to: the terminal's (or `COLUMNS`) when standard
  /// error is a terminal; `nil` when it is not, so that a script reads one problem a line.
  static var error: Int? {
    guard isatty(2) == 1 else { return nil }
    if let columns = fromEnvironment { return columns }
    var size = winsize()
    if ioctl(2, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
    return 80
  }
}
