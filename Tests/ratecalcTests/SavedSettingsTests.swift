import Foundation
import Testing

/// `set … --save`: settings that last, written atomically, read at every start.
@Suite struct SavedSettingsTests {
  @Test func aSavedSettingLastsAndSaysWhereItCameFrom() throws {
    let home = Tool.home()
    // Wide enough that the file's long temporary path stays on the line.
    let environment = Tool.environment(home: home, extra: ["COLUMNS": "300"])
    let file = home + "/config/ratecalc/settings"
    let saved = try Tool.run(["set", "hours", "7.5", "--save"], environment: environment)
    #expect(saved.stdout == "hours = 7.5 (saved in \(file))\n")
    _ = try Tool.run(["set", "country", "GB", "--save"], environment: environment)
    #expect(
      try String(contentsOfFile: file, encoding: .utf8)
        == "# ratecalc settings: one NAME VALUE a line, as `set` takes them (written by `set … --save`)\n"
        + "hours 7.5\ncountry GB\n")
    let folder = try FileManager.default.contentsOfDirectory(atPath: home + "/config/ratecalc")
    #expect(folder == ["settings"])
    let listing = try Tool.run(["settings"], environment: environment).stdout
    #expect(listing.contains("  hours        7.5 ") && listing.contains("(file)"))
    #expect(listing.contains("  sick         5 ") && listing.contains("(default)"))
    // The next run starts from the file; a command's option still wins for that command.
    let quote = try Tool.run(["quote", "75000", "GBP"], environment: environment)
    #expect(quote.stdout.contains("United Kingdom") && quote.stdout.contains("of 7.5 h"))
    let unset = try Tool.run(["unset", "hours", "--save"], environment: environment)
    #expect(unset.stdout == "hours unset (and no longer saved)\n")
    #expect(!(try String(contentsOfFile: file, encoding: .utf8)).contains("hours"))
  }

  @Test func aBadLineIsAWarningWithItsPlaceAndTheRestStillApply() throws {
    let home = Tool.home()
    let folder = home + "/config/ratecalc"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "# mine\ncolour blue\nhours 30\ncountry DE\n".write(
      toFile: folder + "/settings", atomically: true, encoding: .utf8)
    let run = try Tool.run(["settings"], environment: Tool.environment(home: home))
    #expect(run.status == 0)
    #expect(
      run.stderr == "warning: \(folder)/settings:2:1: unknown setting 'colour' (see settings); the line is ignored\n"
        + "warning: \(folder)/settings:3:7: hours per day must be above 0 and at most 24; the line is ignored\n")
    #expect(run.stdout.contains("  country      DE "))
  }

  @Test func optionsForTheWholeRunAreMarkedAsSuch() throws {
    let run = try Tool.run(["--country", "GB"], input: "settings\n")
    #expect(run.stdout.contains("  country      GB ") && run.stdout.contains("(option)"))
  }
}

/// `scenario save/load/list` and `--scenario NAME`.
@Suite struct ScenarioTests {
  @Test func aScenarioKeepsSettingsAndVariablesForLaterRuns() throws {
    let home = Tool.home()
    let environment = Tool.environment(home: home)
    let saved = try Tool.run(
      [], input: "set country GB\nset utilisation 80%\nlet rate = 450 GBP/day\nscenario save uk\n",
      environment: environment)
    #expect(saved.status == 0 && saved.stdout.hasSuffix("scenario uk saved\n"))
    let file = try String(contentsOfFile: home + "/data/ratecalc/scenarios/uk", encoding: .utf8)
    #expect(file.contains("set country GB\nset utilisation 80%\nlet rate = 450 GBP/day\n"))
    let quote = try Tool.run(["--scenario", "uk", "quote", "75000", "GBP"], environment: environment)
    #expect(quote.stdout.contains("United Kingdom") && quote.stdout.contains("× 80%"))
    let piped = try Tool.run(["--scenario", "uk"], input: "rate * 2\n", environment: environment)
    #expect(piped.stdout == "£900.00/day\n")
    let missing = try Tool.run(["--scenario", "nope", "rates"], environment: environment)
    #expect(missing.status == 2 && missing.stderr.hasPrefix("error: no scenario nope"))
  }

  @Test func aCommandThatFailsLeavesTheSessionAsItWas() throws {
    let home = Tool.home()
    let environment = Tool.environment(home: home)
    let folder = home + "/data/ratecalc/scenarios"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    // The first line applies, the second fails: the load is undone as a whole.
    try "set country DE\nset hours lots\n".write(toFile: folder + "/half", atomically: true, encoding: .utf8)
    // `let` of a command with no single amount is refused, and the name stays unknown.
    let run = try Tool.run(
      [],
      input: "scenario load half\nsettings\nlet x = set country FR\nsettings\nx\n"
        + "convert 500 GBP to USD\nconvert 500 GBP to XYZ\nans\n",
      environment: environment)
    #expect(run.stderr.contains("line 1: error: ") && run.stderr.contains("half:2:"))
    #expect(!run.stdout.contains("DE") && !run.stdout.contains("FR"), "\(run.stdout)")
    #expect(run.stderr.contains("line 5: error: unknown name 'x'"))
    // A conversion runs on the session itself: its value is `ans`, and a failed one keeps the last.
    #expect(run.stdout.hasSuffix("£500.00 = $671.05\n  ECB 2026-04-13 · 1 GBP = 1.342094 USD\n$671.05\n"))
  }
}
