import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// The prompt's history, kept in `$XDG_DATA_HOME/ratecalc/history` (default
/// `~/.local/share/ratecalc/history`).
///
/// Each line is appended to the file as it is entered, in one `write(2)` under an exclusive
/// `flock`, so a kill at any instant, a closed terminal or a second prompt open at the same time
/// loses nothing and corrupts nothing. When the file holds more than twice ``limit`` lines (or
/// 8 MiB) it is trimmed to the last ``limit`` lines (at most 4 MiB) by writing a new file (created with `O_EXCL | O_NOFOLLOW`) and
/// renaming it over the old one under the same lock. A history file that cannot be read is
/// reported and never written.
struct History {
  /// Lines kept: the file is trimmed to this many once it holds twice as many.
  static let limit = 1000
  private(set) var entries: [String] = []
  let path: String?
  /// False when the file exists but could not be read: then it is never written.
  private(set) var canSave = true
  /// A problem to tell the user, if any.
  private(set) var problem: String?

  /// The history file's path for an environment.
  static func path(_ environment: [String: String]) -> String? {
    UserFolders.data("history", environment)
  }

  /// Loads the history at a path (none when `path` is nil).
  init(path: String?) {
    self.path = path
    guard let path, FileManager.default.fileExists(atPath: path) else { return }
    guard let data = try? Data(contentsOf: URL(filePath: path)), let text = String(data: data, encoding: .utf8) else {
      canSave = false
      problem = "cannot read the history file \(path); it is left untouched and this session's history is not saved"
      return
    }
    entries = text.split(separator: "\n").map(String.init).suffix(History.limit).map { $0 }
  }

  /// Adds a line (not blank, not a repeat of the last one) and appends it to the file at once;
  /// returns a problem to report, if any.
  @discardableResult
  mutating func add(_ line: String) -> String? {
    guard !line.allSatisfy({ $0 == " " }), entries.last != line, !line.contains("\n") else { return nil }
    entries.append(line)
    if entries.count > History.limit { entries.removeFirst(entries.count - History.limit) }
    guard canSave, let path else { return nil }
    return HistoryFile(path: path).append(line)
  }
}

/// The history file on disk: appends and trims under an exclusive lock.
struct HistoryFile {
  let path: String

  /// The folder the file is in.
  var folder: String { String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) }

  /// Appends one line, starting a new line first if the file does not end with one.
  func append(_ line: String) -> String? {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      return "cannot create \(folder) for the history"
    }
    // The file may be replaced by a trim between open and lock: then open the new one.
    for _ in 0..<8 {
      let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { return "cannot write the history to \(path)" }
      defer { close(descriptor) }
      guard flock(descriptor, LOCK_EX) == 0 else { return "cannot lock the history file \(path)" }
      defer { flock(descriptor, LOCK_UN) }
      guard isStillThePath(descriptor) else { continue }
      var bytes = Array((line + "\n").utf8)
      var size = stat()
      if fstat(descriptor, &size) == 0, size.st_size > 0 {
        var last: UInt8 = 0
        if pread(descriptor, &last, 1, size.st_size - 1) == 1, last != 10 { bytes.insert(10, at: 0) }
      }
      guard FileDescriptor.writeAll(descriptor, bytes) else { return "cannot save the history to \(path)" }
      if Int(size.st_size) + bytes.count > HistoryFile.trimBytes { return trim(descriptor) }
      return nil
    }
    return "cannot save the history to \(path): it keeps being replaced"
  }

  /// A size beyond which the file is checked for trimming (about two limits of short lines).
  static let trimBytes = History.limit * 2 * 40
  /// The largest the file may grow before it is trimmed whatever its number of lines: 8 MiB.
  static let maximumBytes = 8 << 20

  /// Whether the open file is still the one at the path (a trim renames a new file over it).
  func isStillThePath(_ descriptor: Int32) -> Bool {
    var open = stat()
    var named = stat()
    guard fstat(descriptor, &open) == 0, lstat(path, &named) == 0 else { return false }
    return open.st_ino == named.st_ino && open.st_dev == named.st_dev
  }

  /// Keeps the last ``History/limit`` lines once the file holds more than twice as many: a new
  /// file, written in full and synced, renamed over the old one; the lock is held throughout.
  func trim(_ descriptor: Int32) -> String? {
    guard let data = try? Data(contentsOf: URL(filePath: path)) else { return nil }
    let lines = data.split(separator: 10)
    guard lines.count > History.limit * 2 || data.count > HistoryFile.maximumBytes else { return nil }
    // The last `limit` lines, and no more than half the byte limit of them.
    var chosen: [Data] = []
    var size = 0
    for line in lines.suffix(History.limit).reversed() {
      guard size + line.count + 1 <= HistoryFile.maximumBytes / 2 else { break }
      chosen.append(line)
      size += line.count + 1
    }
    var kept: [UInt8] = []
    for line in chosen.reversed() { kept += line + [10] }
    let temporary = path + ".tmp-\(getpid())"
    var file = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    if file < 0 && errno == EEXIST {
      // A leftover of a process that died with this pid, or a planted link: remove the name
      // itself (unlink never follows a link) and create the file afresh.
      unlink(temporary)
      file = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    }
    guard file >= 0 else { return "cannot trim the history in \(folder)" }
    let written = FileDescriptor.writeAll(file, kept) && fsync(file) == 0
    close(file)
    guard written, rename(temporary, path) == 0 else {
      unlink(temporary)
      return "cannot trim the history \(path)"
    }
    return nil
  }
}
