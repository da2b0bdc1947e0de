import FoundationEssentials
import RateCalc

#if canImport(Glibc)
  import Glibc
#endif

/// Finds and reads the user's data files: the per-user folder, then each `--rates PATH`.
enum UserRates {
  /// The most `--rates` paths one run or one command takes (each is read whole).
  static let maximumPaths = 16
  /// The most data files read from all folders together.
  static let maximumFiles = 200

  /// The user's files found and read.
  struct Loaded {
    /// The files read, config folder first, then each `--rates` path in order (later ones win).
    var files: [DataFile] = []
    /// Files that could not be read at all (too large, not UTF-8, unreadable).
    var rejected: [RejectedFile] = []
    /// `--rates` paths that do not exist.
    var missing: [String] = []
    /// The names of files that came from a `--rates` path (a file, or one inside a folder
    /// named): one of these that cannot be used fails the command.
    var named: Set<String> = []
  }

  /// The per-user folder: `$XDG_CONFIG_HOME/ratecalc/rates`, default `~/.config/ratecalc/rates`.
  static func configFolder(_ environment: [String: String]) -> String? {
    UserFolders.config("rates", environment)
  }

  /// The data files of the config folder (if it exists) and of the given paths, in that order, so
  /// that later ones win. A path starting `~/` is read under `home` (see
  /// ``UserFolders/expandingHome(_:home:)``); a missing path is listed as it was written.
  static func load(paths: [String], environment: [String: String], home: String?) -> Loaded {
    var loaded = Loaded()
    // The rates `rates update` installed, then the user's own files (read later, so they win).
    if let folder = UserFolders.data("rates", environment), isDirectory(folder) {
      collect(folder, into: &loaded, named: false)
    }
    if let folder = configFolder(environment), isDirectory(folder) {
      collect(folder, into: &loaded, named: false)
    }
    for written in paths {
      let path = UserFolders.expandingHome(written, home: home)
      if isDirectory(path) {
        collect(path, into: &loaded, named: true)
      } else if FileManager.default.fileExists(atPath: path) {
        read(path, into: &loaded, named: true)
      } else {
        loaded.missing.append(written)
      }
    }
    return loaded
  }

  static func isDirectory(_ path: String) -> Bool {
    var directory = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory
  }

  /// Every `.csv` and `.xml` file of a folder and its subfolders, in name order (within the
  /// bounds of ``FolderWalk``).
  static func collect(_ folder: String, into loaded: inout Loaded, named: Bool) {
    let names: [String]
    switch FolderWalk.files(under: folder, endingIn: [".csv", ".xml"]) {
    case .success(let found): names = found
    case .failure(let failure):
      reject(folder, failure.text, into: &loaded, named: named)
      return
    }
    for name in names {
      guard loaded.files.count + loaded.rejected.count < maximumFiles else {
        reject(
          folder, "holds more than \(maximumFiles) data files: the ones after \(Quoted.text(name)) were not read",
          into: &loaded, named: named)
        return
      }
      read(folder + "/" + name, into: &loaded, named: named)
    }
  }

  static func read(_ path: String, into loaded: inout Loaded, named: Bool) {
    if named { loaded.named.insert(path) }
    let bytes: [UInt8]
    switch readBounded(path) {
    case .success(let read): bytes = read
    case .failure(let reason):
      reject(path, reason.text, into: &loaded, named: named)
      return
    }
    do {
      loaded.files.append(try DataFile(name: path, bytes: bytes, isUserFile: true))
    } catch {
      loaded.rejected.append(RejectedFile(name: path, problems: [error]))
    }
  }

  struct ReadFailure: Error {
    let text: String
  }

  /// A regular file's bytes, read up to one byte past ``DataFile/maximumBytes`` (so a device, a
  /// pipe or a huge file never holds the program).
  static func readBounded(_ path: String) -> Result<[UInt8], ReadFailure> {
    var status = stat()
    guard stat(path, &status) == 0 else { return .failure(ReadFailure(text: "cannot read the file")) }
    guard (status.st_mode & S_IFMT) == S_IFREG else {
      return .failure(ReadFailure(text: "not a regular file"))
    }
    let limit = DataFile.maximumBytes
    guard Int(status.st_size) <= limit else {
      return .failure(ReadFailure(text: DataFile.tooLarge(Int(status.st_size))))
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(ReadFailure(text: "cannot read the file")) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(status.st_size))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= limit {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { return .failure(ReadFailure(text: "cannot read the file")) }
      if count == 0 { return .success(bytes) }
      bytes += chunk[0..<count]
    }
    return .failure(ReadFailure(text: "the file grew past \(limit >> 20) MiB while being read"))
  }

  private static func reject(_ path: String, _ reason: String, into loaded: inout Loaded, named: Bool) {
    if named { loaded.named.insert(path) }
    loaded.rejected.append(
      RejectedFile(name: path, problems: [DataFileError(file: path, line: 1, column: 1, text: "", reason: reason)]))
  }

  /// What to tell the user about files that were not used: for a file named with `--rates`, errors
  /// (the command cannot run as asked); for one found in the config folder, warnings. Each
  /// problem on a line of its own, then one line saying the whole file was left out.
  static func report(_ rejected: [RejectedFile], named: Set<String>) -> (errors: [String], warnings: [String]) {
    var errors: [String] = []
    var warnings: [String] = []
    for file in rejected {
      let count = file.problems.count
      let summary =
        "\(file.name): the whole file was not used (\(count) problem\(count == 1 ? "" : "s"))"
      let lines = file.problems.map(\.message) + [summary]
      if named.contains(file.name) { errors += lines } else { warnings += lines }
    }
    return (errors, warnings)
  }
}
