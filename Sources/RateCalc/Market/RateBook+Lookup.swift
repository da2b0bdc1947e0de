/// Something asked of the market data that it does not have.
public enum MarketError: Error, Equatable, Sendable {
  /// No country has this code, name or alias.
  case unknownCountry(String, suggestions: [String])
  /// The country has no profile at all.
  case noProfile(country: String)
  /// No band figures for a role; the nearest role names follow.
  case unknownRole(String, suggestions: [String])
  /// No figure matches the role, country and measure asked for.
  case noBandFigure(role: String, country: String?, measure: String?)
  /// No PPP factor for a country and year.
  case noPPP(country: String, year: Int, available: [Int])

  /// A one-line message for the user.
  public var message: String {
    switch self {
    case .unknownCountry(let text, let suggestions):
      let hint = suggestions.isEmpty ? "" : " (did you mean \(CurrencyError.list(suggestions))?)"
      return "unknown country '\(Quoted.text(text))'\(hint)"
    case .noProfile(let country):
      return "ratecalc has no profile for \(country); add one with --rates (see Rates/README.md)"
    case .unknownRole(let role, let suggestions):
      let hint = suggestions.isEmpty ? "" : " (did you mean '\(suggestions[0])'?)"
      return "no salary figures for '\(Quoted.text(role))'\(hint)"
    case .noBandFigure(let role, let country, let measure):
      let place = country.map { " in \($0)" } ?? ""
      let what = measure.map { " \($0)" } ?? ""
      return "no\(what) figure for \(role)\(place)"
    case .noPPP(let country, let year, let available):
      let years = available.isEmpty ? "none" : available.map(String.init).joined(separator: ", ")
      return "no PPP factor for \(country) in \(year) (years available: \(years))"
    }
  }
}

/// Data chosen for a year, saying which year it really is when the asked year has none.
public struct ForYear<Value: Sendable>: Sendable {
  /// The data.
  public let value: Value
  /// The year asked for.
  public let requested: Int
  /// The year the data is for (the latest one up to `requested`, else the earliest).
  public let used: Int

  /// Whether other years' data stands in for the year asked for.
  public var isSubstitute: Bool { requested != used }
}

extension RateBook {
  /// The country codes with a profile, in order.
  public var countryCodes: [String] {
    var codes: [String] = []
    for profile in countries where !codes.contains(profile.code) { codes.append(profile.code) }
    return codes
  }

  /// Resolves a country from its ISO code, name or alias, in any case (`GB`, `uk`, `Germany`, `UAE`).
  public func country(_ text: String) throws(MarketError) -> String {
    let wanted = text.lowercased()
    for profile in countries {
      if profile.code.lowercased() == wanted || profile.name.lowercased() == wanted
        || profile.aliases.contains(where: { $0.lowercased() == wanted })
      {
        return profile.code
      }
    }
    var names: [String] = []
    for profile in countries {
      for name in [profile.code, profile.name] + profile.aliases where !names.contains(name) { names.append(name) }
    }
    throw .unknownCountry(text, suggestions: EditDistance.suggestions(for: text, among: names, maximum: 2, limit: 3))
  }

  /// The profile of a country for a year: that year's, else the latest before it, else the earliest.
  public func profile(_ country: String, year: Int) throws(MarketError) -> ForYear<CountryProfile> {
    let profiles = countries.filter { $0.code == country }
    guard let chosen = RateBook.pick(profiles, year: year, by: \.year) else { throw .noProfile(country: country) }
    return ForYear(value: chosen, requested: year, used: chosen.year)
  }

  /// The weekday public holidays of a country (or region) in a year, if known for that exact year.
  public func holidayCount(_ country: String, region: String?, year: Int) -> HolidayCount? {
    holidays.first { $0.country == country && $0.region == region && $0.year == year }
      ?? (region != nil ? nil : holidays.first { $0.country == country && $0.region == nil && $0.year == year })
  }

  /// A country's employer contributions for a year (that year's set, else the latest before, else the earliest).
  public func contributions(_ country: String, year: Int) -> ForYear<[Contribution]>? {
    let own = contributions.filter { $0.country == country }
    guard let chosen = RateBook.pick(own, year: year, by: \.year) else { return nil }
    return ForYear(value: own.filter { $0.year == chosen.year }, requested: year, used: chosen.year)
  }

  /// The PPP factor of a country in a year.
  public func pppFactor(_ country: String, year: Int) throws(MarketError) -> PPPFactor {
    let own = ppp.filter { $0.country == country }
    guard let factor = own.first(where: { $0.year == year }) else {
      throw .noPPP(country: country, year: year, available: own.map(\.year))
    }
    return factor
  }

  /// The role names that have figures.
  public var roles: [String] {
    var roles: [String] = []
    for band in bands where !roles.contains(band.role) { roles.append(band.role) }
    return roles
  }

  /// The figures for a role (matched case-insensitively), optionally for one country and measure.
  public func figures(role: String, country: String? = nil, measure: String? = nil) throws(MarketError) -> [BandFigure]
  {
    let wanted = role.lowercased()
    guard roles.contains(wanted) else {
      throw .unknownRole(role, suggestions: EditDistance.suggestions(for: wanted, among: roles, maximum: 6, limit: 1))
    }
    let figures = bands.filter { band in
      band.role == wanted && (country == nil || band.country == country)
        && (measure == nil || band.measure == measure || band.level == measure)
    }
    guard !figures.isEmpty else { throw .noBandFigure(role: wanted, country: country, measure: measure) }
    return figures
  }

  /// The element for `year`, else the latest before it, else the earliest.
  static func pick<Element>(_ elements: [Element], year: Int, by key: KeyPath<Element, Int>) -> Element? {
    let before = elements.filter { $0[keyPath: key] <= year }
    if let latest = before.max(by: { $0[keyPath: key] < $1[keyPath: key] }) { return latest }
    return elements.min { $0[keyPath: key] < $1[keyPath: key] }
  }
}
