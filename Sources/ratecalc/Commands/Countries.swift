import RateCalc

/// `countries`: the country profiles (hours, leave, currency, confidence).
struct CountriesCommand: CommandSpec {
  static let info = CommandInfo(
    ["countries"], summary: "the country profiles", topic: "rates",
    examples: [("countries", "the country profiles: hours, leave, currency, confidence")])

  static func parse(_ words: inout Words) throws(SyntaxError) -> CountriesCommand { CountriesCommand() }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    Outcome(CountriesOutput(profiles: context.book.countries))
  }
}

/// The country profiles.
struct CountriesOutput: CommandOutput {
  let profiles: [CountryProfile]

  func text(_ text: TextRenderer) -> [String] {
    var table = text.table()
    table.rightAligned = [3, 4, 5]
    table.add(["", "country", "year", "h/week", "h/day", "leave", "currency", "confidence"])
    for profile in profiles {
      table.add([
        profile.code, profile.name, String(profile.year), profile.weeklyHours.description,
        profile.hoursPerDay.description,
        profile.minimumLeaveDays.description + (profile.leaveIncludesPublicHolidays ? " incl. holidays" : ""),
        profile.currency.code.description, profile.confidence.word,
      ])
    }
    return table.lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    let documents = profiles.map { profile in
      JSON.object([
        ("code", .string(profile.code)), ("name", .string(profile.name)), ("year", .integer(profile.year)),
        ("currency", .string(profile.currency.code.description)), ("weekly_hours", json.number(profile.weeklyHours)),
        ("hours_per_day", json.number(profile.hoursPerDay)),
        ("minimum_leave_days", json.number(profile.minimumLeaveDays)),
        ("leave_includes_public_holidays", .bool(profile.leaveIncludesPublicHolidays)),
        ("confidence", .string(profile.confidence.word)), ("source", .string(profile.sourceID)),
      ])
    }
    return [("type", .string("countries")), ("countries", .array(documents))]
  }
}
