/// The user's folders by the XDG base-directory rules: `$XDG_…_HOME`, else a folder under HOME.
enum UserFolders {
  /// `$XDG_CONFIG_HOME/ratecalc/NAME`, default `~/.config/ratecalc/NAME`; `nil` without either.
  static func config(_ name: String, _ environment: [String: String]) -> String? {
    folder("XDG_CONFIG_HOME", ".config", name, environment)
  }

  /// `$XDG_DATA_HOME/ratecalc/NAME`, default `~/.local/share/ratecalc/NAME`; `nil` without either.
  static func data(_ name: String, _ environment: [String: String]) -> String? {
    folder("XDG_DATA_HOME", ".local/share", name, environment)
  }

  /// A path as typed, with a leading `~` (alone or before `/`) meaning the home folder, as a
  /// shell reads it: a line typed in the REPL or piped in reaches ratecalc without a shell. The
  /// path is unchanged without a home folder, and `~name` (another user's home) is not read.
  static func expandingHome(_ path: String, home: String?) -> String {
    guard let home, !home.isEmpty, path.utf8.first == UInt8(ascii: "~") else { return path }
    if path == "~" { return home }
    guard path.hasPrefix("~/") else { return path }
    return home + path.dropFirst()
  }

  private static func folder(
    _ variable: String, _ fallback: String, _ name: String, _ environment: [String: String]
  ) -> String? {
    if let base = environment[variable], !base.isEmpty { return base + "/ratecalc/" + name }
    if let home = environment["HOME"], !home.isEmpty { return home + "/" + fallback + "/ratecalc/" + name }
    return nil
  }
}
