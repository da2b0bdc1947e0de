/// A country's working time and statutory leave, for one year's rules.
public struct CountryProfile: Sendable, Equatable {
  /// ISO 3166 alpha-2 code (`GB`).
  public let code: String
  /// English name (`United Kingdom`).
  public let name: String
  /// Other names people type (`UK`, `Britain`).
  public let aliases: [String]
  /// The local currency.
  public let currency: Currency
  /// The year these rules apply to.
  public let year: Int
  /// Standard full-time hours a week.
  public let weeklyHours: Amount
  /// The usual working day in hours.
  public let hoursPerDay: Amount
  /// Statutory minimum paid leave in working days (a 5-day week).
  public let minimumLeaveDays: Amount
  /// Whether the statutory leave may include public holidays (as in the UK).
  public let leaveIncludesPublicHolidays: Bool
  /// The region whose holidays are the country's default (`GB-ENG`), or `nil` for nationwide.
  public let holidayRegion: String?
  /// How sure the sources are.
  public let confidence: Confidence
  /// The id of its source.
  public let sourceID: String
  /// Remarks, such as what the law does not define.
  public let note: String
  /// The row it was read from.
  public let origin: Origin
  /// The month (1–12) each contribution year starts: 1 for a calendar year, 4 for the UK tax
  /// year (6 April), 7 for Australia's financial year, 3 for South Africa's tax year.
  public let contributionYearStart: Int
  /// Paid leave beyond public holidays used when none is given, where it is a convention rather
  /// than the statutory minimum (US: 10 days), or `nil`.
  public let defaultLeaveDays: Amount?
  /// The source of `defaultLeaveDays`.
  public let defaultLeaveSourceID: String?
  /// How many salary payments a year the country's contracts usually have (Spain: 14, two of
  /// them extra), when the data says; a monthly salary is multiplied by it.
  public var salaryPayments: Int? = nil
  /// The source of `salaryPayments`.
  public var salaryPaymentsSourceID: String? = nil

  /// Creates a profile.
  public init(
    code: String, name: String, aliases: [String], currency: Currency, year: Int, weeklyHours: Amount,
    hoursPerDay: Amount, minimumLeaveDays: Amount, leaveIncludesPublicHolidays: Bool, holidayRegion: String?,
    confidence: Confidence, sourceID: String, note: String, origin: Origin, contributionYearStart: Int = 1,
    defaultLeaveDays: Amount? = nil, defaultLeaveSourceID: String? = nil
  ) {
    self.contributionYearStart = contributionYearStart
    self.defaultLeaveDays = defaultLeaveDays
    self.defaultLeaveSourceID = defaultLeaveSourceID
    self.code = code
    self.name = name
    self.aliases = aliases
    self.currency = currency
    self.year = year
    self.weeklyHours = weeklyHours
    self.hoursPerDay = hoursPerDay
    self.minimumLeaveDays = minimumLeaveDays
    self.leaveIncludesPublicHolidays = leaveIncludesPublicHolidays
    self.holidayRegion = holidayRegion
    self.confidence = confidence
    self.sourceID = sourceID
    self.note = note
    self.origin = origin
  }
}

/// How many public holidays fall on weekdays in a country (or region) in a year.
public struct HolidayCount: Sendable, Equatable {
  /// ISO 3166 alpha-2 code.
  public let country: String
  /// An ISO 3166-2 region (`GB-SCT`), or `nil` for the whole country.
  public let region: String?
  /// The calendar year.
  public let year: Int
  /// Holidays falling Monday to Friday: the ones that cost working days.
  public let weekdayHolidays: Int
  /// All named holidays, weekends included.
  public let namedHolidays: Int
  /// How sure the source is (Islamic dates, for one, are estimates).
  public let confidence: Confidence
  /// The id of its source.
  public let sourceID: String
  /// Remarks.
  public let note: String
  /// The row it was read from.
  public let origin: Origin

  /// Creates a holiday count.
  public init(
    country: String, region: String?, year: Int, weekdayHolidays: Int, namedHolidays: Int,
    confidence: Confidence, sourceID: String, note: String, origin: Origin
  ) {
    self.country = country
    self.region = region
    self.year = year
    self.weekdayHolidays = weekdayHolidays
    self.namedHolidays = namedHolidays
    self.confidence = confidence
    self.sourceID = sourceID
    self.note = note
    self.origin = origin
  }
}

/// A PPP conversion factor: local currency units per international dollar (World Bank PA.NUS.PPP).
public struct PPPFactor: Sendable, Equatable {
  /// ISO 3166 alpha-2 code.
  public let country: String
  /// The year.
  public let year: Int
  /// Local currency units per international $.
  public let factor: Amount
  /// The local currency.
  public let currency: Currency
  /// The id of its source.
  public let sourceID: String
  /// The row it was read from.
  public let origin: Origin

  /// Creates a PPP factor.
  public init(country: String, year: Int, factor: Amount, currency: Currency, sourceID: String, origin: Origin) {
    self.country = country
    self.year = year
    self.factor = factor
    self.currency = currency
    self.sourceID = sourceID
    self.origin = origin
  }
}
