import FoundationEssentials
import RateCalc

/// Finds and reads the user's data files: the per-user folder, then each `--rates PATH`.
enum UserRates {
  /// The most `--rates` paths one run or one command takes (each is read whole).
  static let maximumPaths = 16

  /// The per-user folder: `$XDG_CONFIG_HOME/ratecalc/rates`, default `~/.config/ratecalc/rates`.
  static func configFolder(_ environment: [String: String]) -> String? {
    if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty { return base + "/ratecalc/rates" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.config/ratecalc/rates" }
    return nil
  }

  /// The data files of the config folder (if it exists) and of the given paths, in that order, so
  /// that later ones win. A missing `--rates` path is an error; an unreadable file is reported
  /// and skipped.
  static func load(paths: [String], environment: [String: String]) -> (
    files: [DataFile], problems: [String], missing: [String]
  ) {
    var files: [DataFile] = []
    var problems: [String] = []
    var missing: [String] = []
    if let folder = configFolder(environment), isDirectory(folder) {
      collect(folder, into: &files, problems: &problems)
    }
    for path in paths {
      if isDirectory(path) {
        collect(path, into: &files, problems: &problems)
      } else if FileManager.default.fileExists(atPath: path) {
        read(path, into: &files, problems: &problems)
      } else {
        missing.append(path)
      }
    }
    return (files, problems, missing)
  }

  static func isDirectory(_ path: String) -> Bool {
    var directory = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory
  }

  /// Every `.csv` and `.xml` file of a folder and its subfolders, in name order.
  static func collect(_ folder: String, into files: inout [DataFile], problems: inout [String]) {
    guard let names = try? FileManager.default.subpathsOfDirectory(atPath: folder) else {
      problems.append("\(folder): cannot read the folder")
      return
    }
    for name in names.sorted() where name.hasSuffix(".csv") || name.hasSuffix(".xml") {
      read(folder + "/" + name, into: &files, problems: &problems)
    }
  }

  static func read(_ path: String, into files: inout [DataFile], problems: inout [String]) {
    guard let data = try? Data(contentsOf: URL(filePath: path)) else {
      problems.append("\(path): cannot read the file")
      return
    }
    guard let text = String(data: data, encoding: .utf8) else {
      problems.append("\(path): not UTF-8 text")
      return
    }
    files.append(DataFile(name: path, text: text, isUserFile: true))
  }
}
