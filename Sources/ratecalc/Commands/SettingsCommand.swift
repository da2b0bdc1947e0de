import RateCalc

/// `settings`: every setting and its value in this session.
struct SettingsCommand: CommandSpec {
  static let info = CommandInfo(["settings"], summary: "the session's settings", topic: "set")

  static func parse(_ words: inout Words) throws(SyntaxError) -> SettingsCommand { SettingsCommand() }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    let session = context.session
    let rows = SettingsTable.rows.map { row in
      // A value shows only once something set it; until then the setting is at its default.
      let origin = session.origins[row.name]
      let value = origin == nil ? nil : row.show(session.settings)
      return SettingsOutput.Row(
        name: row.name, value: value, fallback: SettingsTable.defaults[row.name] ?? "–",
        origin: value == nil ? nil : origin)
    }
    return Outcome(SettingsOutput(rows: rows, file: session.saved.path))
  }
}

/// Every setting: its value and where it came from, or its default.
struct SettingsOutput: CommandOutput {
  /// One setting.
  struct Row {
    let name: String
    /// The value set, `nil` for the default.
    let value: String?
    /// The default, in words.
    let fallback: String
    /// Where the value came from, `nil` for the default.
    let origin: SettingOrigin?
  }

  let rows: [Row]
  /// The saved settings file, for the footnote.
  let file: String?

  func text(_ text: TextRenderer) -> [String] {
    var table = text.table()
    for row in rows {
      if let value = row.value {
        table.add([row.name, value, row.origin.map { "(\($0.rawValue))" } ?? ""])
      } else {
        table.add([row.name, text.style.dim(row.fallback), text.style.dim("(default)")])
      }
    }
    var lines = table.lines
    if file != nil { lines.append(text.style.dim("  set NAME VALUE --save keeps a setting for every session")) }
    return lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    let settings = rows.map { row in
      (
        row.name,
        JSON.object([
          ("value", JSON.optional(row.value)), ("default", .string(row.fallback)),
          ("from", .string(row.origin?.rawValue ?? "default")),
        ])
      )
    }
    return [("type", .string("settings")), ("settings", .object(settings))]
  }
}
