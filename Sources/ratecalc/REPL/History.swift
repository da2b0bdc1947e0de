import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// The prompt's history, kept in `$XDG_DATA_HOME/ratecalc/history` (default
/// `~/.local/share/ratecalc/history`), at most ``limit`` lines, written atomically (a temporary
/// file renamed over the old one). A history file that cannot be read is reported and left alone.
struct History {
  static let limit = 1000
  private(set) var entries: [String] = []
  let path: String?
  /// False when the file exists but could not be read: then it is never overwritten.
  private(set) var canSave = true
  /// A problem to tell the user, if any.
  private(set) var problem: String?

  /// The history file's path for an environment.
  static func path(_ environment: [String: String]) -> String? {
    if let base = environment["XDG_DATA_HOME"], !base.isEmpty { return base + "/ratecalc/history" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/ratecalc/history" }
    return nil
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

  /// Adds a line (not blank, not a repeat of the last one).
  mutating func add(_ line: String) {
    guard !line.allSatisfy({ $0 == " " }), entries.last != line else { return }
    entries.append(line)
    if entries.count > History.limit { entries.removeFirst(entries.count - History.limit) }
  }

  /// Writes the history atomically; returns a problem to report, if any.
  func save() -> String? {
    guard canSave, let path else { return nil }
    let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      return "cannot create \(folder) for the history"
    }
    let temporary = path + ".tmp-\(getpid())"
    let text = entries.joined(separator: "\n") + (entries.isEmpty ? "" : "\n")
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { return "cannot write the history to \(folder)" }
    var bytes = Array(text.utf8)
    var offset = 0
    var failed = false
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written <= 0 {
        failed = true
        break
      }
      offset += written
    }
    bytes.removeAll()
    if fsync(descriptor) != 0 { failed = true }
    close(descriptor)
    guard !failed, rename(temporary, path) == 0 else {
      unlink(temporary)
      return "cannot save the history to \(path)"
    }
    return nil
  }
}
