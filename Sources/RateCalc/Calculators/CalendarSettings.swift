/// The user's calendar choices; whatever is left `nil` comes from the country profile or from
/// ratecalc's defaults, and the breakdown says which.
public struct CalendarSettings: Sendable, Equatable {
  /// The year (real weekday count, holidays, rules).
  public var year: Int
  /// ISO country code, or `nil` for none (no holidays, no statutory leave).
  public var country: String?
  /// A holiday region such as `GB-SCT`, instead of the country's default.
  public var region: String?
  /// Use 52 × 5 = 260 weekdays instead of the real year.
  public var convention260 = false
  /// Public holidays on weekdays, instead of the data's count.
  public var publicHolidays: Amount?
  /// Paid leave or vacation days, instead of the country's statutory minimum.
  public var leave: Amount?
  /// Sick days (ratecalc's default: 5).
  public var sickDays: Amount?
  /// Training and admin days (ratecalc's default: 5).
  public var trainingDays: Amount?
  /// Billable share, 0–1 (default 1: the days above are already net of non-billable time).
  public var utilisation: Amount?
  /// Hours a day, instead of the country's usual day (or the seed articles' 8).
  public var hoursPerDay: Amount?

  /// Creates settings for a year and optional country.
  public init(year: Int, country: String? = nil) {
    self.year = year
    self.country = country
  }

  /// Paid leave beyond public holidays: the user's, else the country's default (its statutory
  /// minimum beyond holidays, or a stated convention where there is no minimum), with a warning
  /// when the user's is below the statutory minimum.
  func applyLeave(
    _ profile: CountryProfile, to calendar: inout WorkingCalendar, breakdown: inout Breakdown
  ) throws(CalculationError) {
    let holidays = publicHolidays ?? calendar.publicHolidays
    // The statutory minimum expressed beyond public holidays (the UK's 28 days include them).
    var minimum = profile.minimumLeaveDays
    if profile.leaveIncludesPublicHolidays {
      minimum = max(try Exact.subtract(minimum, holidays), .zero)
    }
    calendar.leaveIncludesPublicHolidays = false
    if let leave {
      calendar.leave = leave
      if leave < minimum {
        let statutory =
          profile.leaveIncludesPublicHolidays
          ? "\(profile.minimumLeaveDays) days including public holidays" : "\(profile.minimumLeaveDays) days"
        breakdown.note(
          "\(leave) days of leave beyond public holidays is below \(profile.name)'s statutory minimum of \(statutory)")
      }
    } else if let convention = profile.defaultLeaveDays {
      calendar.leave = convention
      breakdown.note(
        "\(profile.name) has no statutory paid leave: \(convention) days assumed, a convention (set leave)")
      if let source = profile.defaultLeaveSourceID {
        breakdown.use(
          .init(
            description: "\(profile.code) typical paid leave (convention)", origin: profile.origin, source: source,
            date: String(profile.year), confidence: .medium))
      }
    } else {
      calendar.leave = minimum
      if minimum.isZero { breakdown.note("\(profile.name) has no statutory paid leave: none subtracted (set leave)") }
    }
  }

  /// The calendar these settings give, with the data rows and notes that explain it.
  public func calendar(book: RateBook) throws(CalculationError) -> (WorkingCalendar, Breakdown) {
    var breakdown = Breakdown()
    var calendar = WorkingCalendar(dayCount: convention260 ? .convention260 : .actual(year: year))
    if let country {
      let chosen: ForYear<CountryProfile>
      do { chosen = try book.profile(country, year: year) } catch { throw .market(error) }
      let profile = chosen.value
      if chosen.isSubstitute && chosen.used > year {
        breakdown.note("no \(profile.code) profile for \(year); the \(chosen.used) profile is used")
      }
      breakdown.use(
        .init(
          description: "\(profile.code) \(profile.year) working time and leave", origin: profile.origin,
          source: profile.sourceID, date: String(profile.year), confidence: profile.confidence))
      calendar.hoursPerDay = profile.hoursPerDay
      let wantedRegion = region ?? profile.holidayRegion
      if let count = book.holidayCount(profile.code, region: wantedRegion, year: year) {
        calendar.publicHolidays = Amount(count.weekdayHolidays)
        breakdown.use(
          .init(
            description: "\(count.region ?? count.country) \(count.year) public holidays on weekdays",
            origin: count.origin, source: count.sourceID, date: String(count.year), confidence: count.confidence))
      } else if publicHolidays == nil {
        breakdown.note(
          "public holidays for \(wantedRegion ?? profile.code) in \(year) are not known: none subtracted (set holidays)"
        )
      }
      try applyLeave(profile, to: &calendar, breakdown: &breakdown)
    } else {
      breakdown.note("no country: no public holidays or statutory leave, 8-hour days (set them, or give a country)")
    }
    if let publicHolidays { calendar.publicHolidays = publicHolidays }
    if let leave, country == nil { calendar.leave = leave }
    if let sickDays { calendar.sickDays = sickDays }
    if let trainingDays { calendar.trainingDays = trainingDays }
    if let utilisation {
      guard utilisation > .zero, utilisation <= .one else {
        throw .invalidInput("utilisation must be above 0% and at most 100%")
      }
      calendar.utilisation = utilisation
    }
    if let hoursPerDay {
      guard hoursPerDay > .zero, hoursPerDay <= Amount(24) else {
        throw .invalidInput("hours per day must be above 0 and at most 24")
      }
      calendar.hoursPerDay = hoursPerDay
    }
    for value in [calendar.publicHolidays, calendar.leave, calendar.sickDays, calendar.trainingDays]
    where value.isNegative {
      throw .invalidInput("days off cannot be negative")
    }
    return (calendar, breakdown)
  }
}
