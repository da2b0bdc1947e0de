import Foundation
import Testing

@testable import ratecalc

#if canImport(Glibc)
  import Glibc
#endif

/// The pseudo-terminal functions of libc, which the Glibc module does not export.
enum PTY {
  typealias OpenFunction = @convention(c) (Int32) -> Int32
  typealias FDFunction = @convention(c) (Int32) -> Int32
  typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

  static func symbol<T>(_ name: String, as type: T.Type) -> T? {
    guard let pointer = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { return nil }
    return unsafeBitCast(pointer, to: type)
  }

  /// A new pseudo-terminal: the master descriptor and the slave's path.
  static func open() -> (master: Int32, slave: String)? {
    guard let openpt = symbol("posix_openpt", as: OpenFunction.self),
      let grant = symbol("grantpt", as: FDFunction.self), let unlock = symbol("unlockpt", as: FDFunction.self),
      let name = symbol("ptsname", as: NameFunction.self)
    else { return nil }
    let master = openpt(O_RDWR | O_NOCTTY)
    guard master >= 0, grant(master) == 0, unlock(master) == 0, let path = name(master) else { return nil }
    return (master, String(cString: path))
  }
}

/// The prompt, driven through a pseudo-terminal: keys typed, the screen read back.
@Suite(.serialized) struct REPLTests {
  /// A running `ratecalc` on a pseudo-terminal.
  final class Session {
    let master: Int32
    let slavePath: String
    let pid: pid_t
    var screen = ""
    /// The window's width in columns.
    let width: Int

    init(
      home: String, environment extra: [String: String] = [:], removing: [String] = [], columns: Int = 80,
      arguments commandArguments: [String] = []
    ) throws {
      guard let (master, slavePath) = PTY.open() else { throw POSIXError(.ENODEV) }
      self.master = master
      self.slavePath = slavePath
      width = columns
      var size = winsize(ws_row: 24, ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
      _ = ioctl(master, UInt(TIOCSWINSZ), &size)
      var environment = Tool.environment(home: home, extra: ["TERM": "xterm"])
      for (key, value) in extra { environment[key] = value }
      for key in removing { environment[key] = nil }
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      for descriptor in [Int32(0), 1, 2] {
        posix_spawn_file_actions_addopen(&actions, descriptor, slavePath, O_RDWR, 0)
      }
      let arguments = [Tool.binary] + commandArguments
      var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
      var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
      // The test runner's threads block signals, and a child inherits the mask: start it with an
      // empty mask and default handlers, as a shell would.
      var attributes = posix_spawnattr_t()
      posix_spawnattr_init(&attributes)
      var empty = sigset_t()
      sigemptyset(&empty)
      var all = sigset_t()
      sigfillset(&all)
      posix_spawnattr_setsigmask(&attributes, &empty)
      posix_spawnattr_setsigdefault(&attributes, &all)
      posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
      var child: pid_t = 0
      let status = posix_spawn(&child, Tool.binary, &actions, &attributes, &argv, &envp)
      posix_spawnattr_destroy(&attributes)
      posix_spawn_file_actions_destroy(&actions)
      argv.forEach { free($0) }
      envp.forEach { free($0) }
      guard status == 0 else { throw POSIXError(.ECHILD) }
      pid = child
      _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    /// Reads what the program wrote until it goes quiet (or the time is up).
    @discardableResult
    func read(quietFor quiet: Double = 0.3, atMost limit: Double = 5) -> String {
      var text = ""
      let start = Date()
      var lastData = Date()
      var buffer = [UInt8](repeating: 0, count: 4096)
      while Date().timeIntervalSince(start) < limit {
        let count = Glibc.read(master, &buffer, buffer.count)
        if count > 0 {
          text += String(decoding: buffer[0..<count], as: UTF8.self)
          lastData = Date()
        } else if Date().timeIntervalSince(lastData) > quiet {
          break
        } else {
          usleep(10_000)
        }
      }
      screen += text
      return text
    }

    /// Types keys, then reads the response.
    @discardableResult
    func type(_ keys: String) -> String {
      var bytes = Array(keys.utf8)
      _ = Glibc.write(master, &bytes, bytes.count)
      return read()
    }

    /// The line at the prompt as the screen shows it.
    var promptLine: String { VirtualScreen(width: width, text: screen).promptLine }

    /// Types keys, then returns the line at the prompt as the screen shows it.
    func typedLine(_ keys: String) -> String {
      type(keys)
      return promptLine
    }

    /// Waits for the program to end and returns its exit status.
    func wait() -> Int32 {
      var status: Int32 = 0
      for _ in 0..<300 {
        if waitpid(pid, &status, WNOHANG) == pid { return (status >> 8) & 0xFF }
        read(quietFor: 0.01, atMost: 0.02)
      }
      kill(pid, SIGKILL)
      return -1
    }

    deinit {
      kill(pid, SIGKILL)
      close(master)
    }
  }

  @Test func editsALineWithArrowsAndControlKeys() throws {
    let session = try Session(home: Tool.home())
    #expect(session.read(quietFor: 0.5).contains("ratecalc"))
    // Type, go to the start, move right past "convert ", delete a word from the end, fix the amount.
    session.type("convert 5000 GBP to EUR")
    #expect(session.typedLine("\u{17}") == "> convert 5000 GBP to ")  // Ctrl-W
    #expect(session.typedLine("USD") == "> convert 5000 GBP to USD")
    session.type("\u{01}")  // Ctrl-A
    session.type("\u{1B}[C\u{1B}[C\u{1B}[C\u{1B}[C\u{1B}[C\u{1B}[C\u{1B}[C\u{1B}[C")  // → × 8
    #expect(session.typedLine("5") == "> convert 55000 GBP to USD")
    let result = session.type("\r")
    #expect(result.contains("£55,000.00 = $73,815.16"))
    // Ctrl-U clears to the start, Ctrl-K to the end, Backspace and Delete remove one character.
    session.type("junk")
    #expect(session.typedLine("\u{15}") == "> ")
    session.type("abcd\u{1B}[D\u{1B}[D")
    #expect(session.typedLine("\u{0B}") == "> ab")
    #expect(session.typedLine("\u{7F}") == "> a")
    #expect(session.typedLine("\u{1B}[H\u{1B}[3~") == "> ")
    // Ctrl-C clears the line and the session goes on; Ctrl-D on an empty line ends it.
    session.type("half a line")
    #expect(session.type("\u{03}").contains("^C"))
    session.type("\u{04}")
    #expect(session.wait() == 0)
  }

  /// A 150-column command in a 60-column window: typed, edited at its start and end, recalled
  /// from history and found by search, the screen shows it once, wrapped over three rows.
  @Test func aLineWiderThanTheWindowIsEditedAcrossRows() throws {
    let session = try Session(home: Tool.home(), columns: 60)
    session.read(quietFor: 0.5)
    let command =
      "compare 60000 GBP --vs 450 GBP/day --country GB --months 6 --recruiting 20% --ramp-up 10 "
      + "--notice 1 --agency 10% --start 2026-01 --exclude nothing"
    #expect(command.count > 140)
    #expect(session.typedLine(command) == "> " + command)
    // To the start, a character in, then back to the end: still one copy, three rows.
    session.type("\u{01}")
    #expect(session.typedLine("x") == "> x" + command)
    #expect(session.typedLine("\u{7F}\u{05}") == "> " + command)
    let rows = VirtualScreen(width: 60, text: session.screen).lines.filter { $0.contains("--notice 1") }
    #expect(rows.count == 1)
    #expect(session.type("\r").contains("applies") == false)
    // Up brings it back whole; Ctrl-R finds it in any case; Enter runs it again.
    session.type("\u{15}")
    #expect(session.typedLine("\u{1B}[A") == "> " + command)
    session.type("\u{15}\u{12}AGENCY 10")
    let screen = VirtualScreen(width: 60, text: session.screen)
    #expect(screen.lines.last?.hasPrefix("(search)'AGENCY 10': compare") == true)
    #expect(screen.lines.last.map { $0.count <= 60 } == true)
    session.type("zz")
    #expect(VirtualScreen(width: 60, text: session.screen).lines.last?.hasPrefix("(failing search)") == true)
    session.type("\u{07}\u{04}")
    #expect(session.wait() == 0)
  }

  /// Two prompts open on one history, each killed with SIGKILL in turn right after a line is
  /// entered: every line is in the file, once, whole, and the file ends with a newline.
  @Test func killingPromptsLosesNoHistory() throws {
    let home = Tool.home()
    var sessions = [try Session(home: home), try Session(home: home)]
    for session in sessions { session.read(quietFor: 0.5) }
    var typed: [String] = []
    for round in 0..<8 {
      let which = round % 2
      let line = "convert \(round + 1) EUR to GBP"
      typed.append(line)
      // The answer shows the line was read (and appended) before the kill.
      #expect(sessions[which].type(line + "\r").contains("= £"))
      kill(sessions[which].pid, SIGKILL)
      _ = sessions[which].wait()
      sessions[which] = try Session(home: home)
      sessions[which].read(quietFor: 0.3)
    }
    let saved = try String(contentsOfFile: home + "/data/ratecalc/history", encoding: .utf8)
    #expect(saved == typed.joined(separator: "\n") + "\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: home + "/data/ratecalc")
    #expect(leftovers == ["history"])
  }

  @Test func keepsHistoryAcrossSessionsAndSearchesIt() throws {
    let home = Tool.home()
    do {
      let session = try Session(home: home)
      session.read(quietFor: 0.5)
      session.type("convert 100 EUR to GBP\r")
      session.type("set country GB\r")
      session.type("\u{04}")
      #expect(session.wait() == 0)
    }
    let saved = try String(contentsOfFile: home + "/data/ratecalc/history", encoding: .utf8)
    #expect(saved == "convert 100 EUR to GBP\nset country GB\n")
    let session = try Session(home: home)
    session.read(quietFor: 0.5)
    #expect(session.typedLine("\u{1B}[A") == "> set country GB")  // ↑
    #expect(session.typedLine("\u{1B}[A") == "> convert 100 EUR to GBP")
    #expect(session.typedLine("\u{1B}[B") == "> set country GB")  // ↓
    session.type("\u{15}")
    // Ctrl-R finds "convert …" and Enter runs it.
    #expect(session.type("\u{12}").contains("(search)"))
    #expect(session.type("EUR").contains("convert 100 EUR to GBP"))
    #expect(session.type("\r").contains("€100.00 = £87.06"))
    session.type("\u{04}")
    #expect(session.wait() == 0)
  }

  @Test func completesCommandsSettingsAndOptions() throws {
    let session = try Session(home: Tool.home())
    session.read(quietFor: 0.5)
    #expect(session.typedLine("conv\t") == "> convert ")
    session.type("\u{15}")
    #expect(session.typedLine("set utili\t") == "> set utilisation ")
    session.type("\u{15}")
    #expect(session.typedLine("cost 1 GBP --coun\t") == "> cost 1 GBP --country ")
    session.type("\u{15}")
    // Two candidates: a second Tab lists them.
    session.type("co")
    session.type("\t")
    let listing = session.type("\t")
    #expect(listing.contains("convert") && listing.contains("cost") && listing.contains("compare"))
    session.type("\u{15}\u{04}")
    #expect(session.wait() == 0)
  }

  @Test func anErrorShowsACaretAndTheSessionGoesOn() throws {
    let session = try Session(home: Tool.home())
    session.read(quietFor: 0.5)
    let error = session.type("convert 55000 GPB to USD\r")
    #expect(error.contains("unknown currency 'GPB' (did you mean GBP?)"))
    #expect(error.contains("              ^^^"))
    #expect(session.type("convert 1 GBP to USD\r").contains("£1.00 = $1.34"))
    session.type("quit\r")
    #expect(session.wait() == 0)
  }

  /// In a narrow window the greeting, a warning, an error and the line in error with its caret
  /// are each fitted to the width: no word is broken by the terminal.
  @Test func errorsAndWarningsFitANarrowWindow() throws {
    let session = try Session(home: Tool.home(), environment: ["RATECALC_TODAY": "2026-12-05"], columns: 50)
    let greeting = session.read(quietFor: 0.5)
    let stale = session.type("convert 500 GBP to USD\r")
    let long = "convert 5000000000000000000000000000 GBP to USD --country GB --round half-up"
    let error = session.type(long + "\r")
    let lines = (greeting + stale + error).split(separator: "\r\n").map(String.init)
    // The typed line itself is the line editor's, wrapped across rows as typed: not checked here.
    let shown = lines.filter { !$0.contains("> ") }
    let wide = shown.filter { DisplayWidth.of($0) > 50 }
    #expect(wide.isEmpty, "\(wide)")
    #expect(stale.contains("warning: the ECB rates are"), "\(stale)")
    #expect(error.contains("error: the number starting at position 1 is too\r\n"), "\(error)")
    // The line in error is a window around the part at fault, its caret under it.
    #expect(error.contains("  convert 5000000000000000000000000000 GBP to US…\r\n"), "\(error)")
    #expect(error.contains("          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^"), "\(error)")
    session.type("quit\r")
    #expect(session.wait() == 0)
  }

  @Test func anUnreadableHistoryIsReportedAndLeftAlone() throws {
    let home = Tool.home()
    let folder = home + "/data/ratecalc"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let bytes: [UInt8] = [0xFF, 0xFE, 0x00, 0x41]
    #expect(FileManager.default.createFile(atPath: folder + "/history", contents: Data(bytes)))
    let session = try Session(home: home)
    #expect(session.read(quietFor: 0.5).contains("cannot read the history file"))
    session.type("convert 1 GBP to USD\r")
    session.type("\u{04}")
    #expect(session.wait() == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/history")) == Data(bytes))
  }

  @Test func colourOnATerminalUnlessNoColorIsSet() throws {
    let coloured = try Session(home: Tool.home(), removing: ["NO_COLOR"])
    coloured.read(quietFor: 0.5)
    #expect(coloured.type("quote 75000 GBP --country GB\r").contains("\u{1B}[1m"))
    coloured.type("\u{04}")
    #expect(coloured.wait() == 0)
    let plain = try Session(home: Tool.home())
    plain.read(quietFor: 0.5)
    #expect(!plain.type("quote 75000 GBP --country GB\r").contains("\u{1B}[1m"))
    plain.type("\u{04}")
    #expect(plain.wait() == 0)
  }

  /// Every catchable way out puts the terminal back: the handlers restore the settings with
  /// async-signal-safe calls and re-raise, so even a trap leaves a usable shell.
  @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGABRT, SIGSEGV, SIGILL, SIGBUS])
  func theTerminalIsRestoredAfterEachSignal(signal: Int32) throws {
    let session = try Session(home: Tool.home(), environment: ["SWIFT_BACKTRACE": "enable=no"])
    session.read(quietFor: 0.5)
    let slave = open(session.slavePath, O_RDWR | O_NOCTTY)
    defer { close(slave) }
    var settings = termios()
    // While the prompt runs, the terminal is raw: no line buffering, no echo.
    #expect(tcgetattr(slave, &settings) == 0)
    #expect(settings.c_lflag & tcflag_t(ICANON) == 0)
    kill(session.pid, signal)
    var status: Int32 = 0
    for _ in 0..<300 {
      if waitpid(session.pid, &status, WNOHANG) == session.pid { break }
      usleep(10_000)
    }
    // The signal ended the program as it would have, and the settings are back.
    #expect(status & 0x7F == signal)
    #expect(tcgetattr(slave, &settings) == 0)
    #expect(settings.c_lflag & tcflag_t(ICANON) != 0)
    #expect(settings.c_lflag & tcflag_t(ECHO) != 0)
    // Bracketed paste was switched off again.
    #expect(session.read(quietFor: 0.1).contains("\u{1B}[?2004l") || session.screen.contains("\u{1B}[?2004l"))
  }

  /// `ESC [` with a 19-digit parameter used to trap (an `Int` overflow): now it is read and
  /// ignored, and the prompt goes on. A paste arrives as text on the line, never as commands.
  @Test func anOverlongKeySequenceIsIgnoredAndAPasteIsText() throws {
    let session = try Session(home: Tool.home())
    session.read(quietFor: 0.5)
    session.type("\u{1B}[9999999999999999999~")
    session.type("\u{1B}[200~convert 1 EUR\rto USD\u{1B}[201~")
    #expect(session.promptLine.hasSuffix("convert 1 EUR to USD"))
    let answer = session.type("\r")
    #expect(answer.contains("€1.00 = $"))
    session.type("quit\r")
    #expect(session.wait() == 0)
  }

  @Test func theTerminalIsRestoredWhenKilled() throws {
    let session = try Session(home: Tool.home())
    session.read(quietFor: 0.5)
    let slave = open(session.slavePath, O_RDWR | O_NOCTTY)
    defer { close(slave) }
    var settings = termios()
    // While the prompt runs, the terminal is raw: no line buffering, no echo.
    #expect(tcgetattr(slave, &settings) == 0)
    #expect(settings.c_lflag & tcflag_t(ICANON) == 0)
    kill(session.pid, SIGTERM)
    var status: Int32 = 0
    for _ in 0..<200 {
      if waitpid(session.pid, &status, WNOHANG) == session.pid { break }
      usleep(10_000)
    }
    // After the signal the settings are back: canonical mode and echo.
    #expect(tcgetattr(slave, &settings) == 0)
    #expect(settings.c_lflag & tcflag_t(ICANON) != 0)
    #expect(settings.c_lflag & tcflag_t(ECHO) != 0)
  }

  /// The README's examples print exactly as shown on a colour terminal (colour aside).
  @Test func theReadmeExamplesPrintAsShownOnAColourTerminal() throws {
    let readme = try String(contentsOfFile: Tool.root + "/README.md", encoding: .utf8)
    let start = try #require(readme.range(of: "## Use\n\n```\n"))
    let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
    let examples = readme[start.upperBound..<end.lowerBound].components(separatedBy: "\n\n")
    #expect(examples.count >= 2)
    for example in examples {
      let lines = example.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let command = try #require(lines.first?.dropFirst("$ ratecalc ".count))
      let session = try Session(
        home: Tool.home(), removing: ["NO_COLOR"], arguments: Tool.words(String(command)))
      session.read(quietFor: 0.3)
      #expect(session.wait() == 0)
      #expect(session.screen.contains("\u{1B}[1m"), "no colour on the terminal")
      let shown = VirtualScreen(width: 200, text: session.screen).lines.filter { !$0.isEmpty }
      #expect(shown == Array(lines.dropFirst()), "\(command)")
    }
  }
}
