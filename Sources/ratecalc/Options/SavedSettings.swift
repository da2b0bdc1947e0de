import FoundationEssentials
import RateCalc

/// Settings that last between sessions: `set NAME VALUE --save` writes them to
/// `$XDG_CONFIG_HOME/ratecalc/settings` (default `~/.config/ratecalc/settings`), one
/// `NAME VALUE` a line, and every run starts from them.
struct SavedSettings {
  /// The file's path, `nil` without a home folder.
  let path: String?

  /// The largest settings file read (a few hundred bytes is usual).
  static let maximumBytes = 64 * 1024

  /// The file of an environment.
  init(environment: [String: String]) {
    path = UserFolders.config("settings", environment)
  }

  /// A file at a path (tests).
  init(path: String?) {
    self.path = path
  }

  /// The saved lines as `(name, value, line number)`, or why the file cannot be read; no file is
  /// no settings.
  func entries() -> Result<[(name: String, value: String, line: Int)], SavedSettingsError> {
    guard let path, FileManager.default.fileExists(atPath: path) else { return .success([]) }
    guard let data = FileManager.default.contents(atPath: path), data.count <= SavedSettings.maximumBytes,
      let text = String(data: data, encoding: .utf8)
    else {
      return .failure(SavedSettingsError(message: "\(path): not a readable UTF-8 file of at most 64 KiB; ignored"))
    }
    var entries: [(name: String, value: String, line: Int)] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
      let trimmed = String(String(line.drop(while: blank).reversed()).drop(while: blank).reversed())
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
      let parts = trimmed.split(separator: " ", maxSplits: 1)
      entries.append((String(parts[0]), parts.count > 1 ? String(parts[1]) : "", index + 1))
    }
    return .success(entries)
  }

  /// Writes the file with `name` set to `value` (removed when `value` is `nil`), keeping the
  /// other saved settings; the error in words when it cannot.
  func save(_ name: String, _ value: String?) -> String? {
    guard let path else { return "no home folder to save settings in (set HOME or XDG_CONFIG_HOME)" }
    guard case .success(var entries) = entries() else { return "\(path) cannot be read; not overwritten" }
    entries.removeAll { $0.name == name }
    if let value { entries.append((name, value, 0)) }
    let lines = entries.map { "\($0.name) \($0.value)" }
    let header = "# ratecalc settings: one NAME VALUE a line, as `set` takes them (written by `set … --save`)"
    return AtomicFile.write(([header] + lines).joined(separator: "\n") + "\n", to: path)
  }
}

/// A settings file that cannot be used.
struct SavedSettingsError: Error {
  let message: String
}
