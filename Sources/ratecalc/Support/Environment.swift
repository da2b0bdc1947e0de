#if canImport(Glibc)
  import Glibc
#endif

/// The environment variables ratecalc reads, and nothing else.
///
/// `ProcessInfo.environment` decodes every variable into a dictionary, about a million
/// instructions, a tenth of a one-shot run; ratecalc needs a dozen names, each read with `getenv`.
enum Environment {
  /// Every variable any part of ratecalc looks at. A name read anywhere must be listed here:
  /// `EnvironmentTests` checks the sources for `environment["…"]` against this list.
  static let names = [
    "COLUMNS", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "NO_COLOR", "RATECALC_ECB_URL", "RATECALC_TODAY",
    "RATECALC_UPDATE_TIMEOUT", "TERM", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
  ]

  /// The listed variables that are set, with their values.
  static func read() -> [String: String] {
    var found: [String: String] = [:]
    for name in names {
      if let value = value(name) { found[name] = value }
    }
    return found
  }

  /// One variable, or `nil` when it is not set.
  static func value(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
