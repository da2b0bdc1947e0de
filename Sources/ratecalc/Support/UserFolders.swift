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

  private static func folder(
    _ variable: String, _ fallback: String, _ name: String, _ environment: [String: String]
  ) -> String? {
    if let base = environment[variable], !base.isEmpty { return base + "/ratecalc/" + name }
    if let home = environment["HOME"], !home.isEmpty { return home + "/" + fallback + "/ratecalc/" + name }
    return nil
  }
}
