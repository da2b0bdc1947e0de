/// How many hours each period holds, for converting a rate from one period to another.
///
/// Every conversion goes through hours, with one multiplication and one division:
/// `rate per A × hours(B) ÷ hours(A)`. Nothing is a hidden constant: the basis says which
/// hours per day, days per week and hours per year it used.
public struct PeriodBasis: Sendable, Equatable {
  /// A name for output: `8 h/day, 260 days/yr` or `2,080 h/yr (US)`.
  public let name: String
  /// Hours in a working day.
  public let hoursPerDay: Amount
  /// Working days in a week.
  public let daysPerWeek: Amount
  /// Working hours in a month.
  public let hoursPerMonth: Amount
  /// Working hours in a year.
  public let hoursPerYear: Amount

  /// Creates a basis from its parts.
  public init(name: String, hoursPerDay: Amount, daysPerWeek: Amount, hoursPerMonth: Amount, hoursPerYear: Amount) {
    self.name = name
    self.hoursPerDay = hoursPerDay
    self.daysPerWeek = daysPerWeek
    self.hoursPerMonth = hoursPerMonth
    self.hoursPerYear = hoursPerYear
  }

  /// A basis of `days` working days a year of `hoursPerDay` hours, 5 days a week, a month a
  /// twelfth of the year.
  public static func days(_ days: Amount, hoursPerDay: Amount, name: String? = nil) throws(ArithmeticError)
    -> PeriodBasis
  {
    let year = try days.multiplied(by: hoursPerDay)
    let month = try year.divided(by: Amount(12))
    return PeriodBasis(
      name: name ?? "\(hoursPerDay) h/day, \(days) days/yr", hoursPerDay: hoursPerDay, daysPerWeek: Amount(5),
      hoursPerMonth: month, hoursPerYear: year)
  }

  /// Hours in a working day where nothing else says: 8.
  public static let standardHoursPerDay = Amount(8)
  /// Working days in a year where no calendar says: 260 (52 weeks of 5 days).
  public static let standardDaysPerYear = Amount(260)

  /// The basis used when no convention or country calendar is given: 260 days a year of
  /// `hoursPerDay` hours (8 unless set).
  public static func standard(hoursPerDay: Amount? = nil) throws(ArithmeticError) -> PeriodBasis {
    try days(standardDaysPerYear, hoursPerDay: hoursPerDay ?? standardHoursPerDay)
  }

  /// The conventions users know, by name: `2080` (US: 40 h × 52), `1950` (UK: 37.5 h × 52),
  /// `1607` (France's legal year, 7 h days), `22days` (22 days a month of 8 h).
  public static func convention(named name: String) -> PeriodBasis? {
    switch name.lowercased() {
    case "2080", "us":
      return PeriodBasis(
        name: "2,080 h/yr (US: 40 h × 52 weeks)", hoursPerDay: Amount(8), daysPerWeek: Amount(5),
        hoursPerMonth: Amount.ratio(2080, 12), hoursPerYear: Amount(2080))
    case "1950", "uk":
      return PeriodBasis(
        name: "1,950 h/yr (UK: 37.5 h × 52 weeks)", hoursPerDay: Amount.ratio(75, 10), daysPerWeek: Amount(5),
        hoursPerMonth: Amount.ratio(1950, 12), hoursPerYear: Amount(1950))
    case "1607", "fr", "france":
      return PeriodBasis(
        name: "1,607 h/yr (France: legal working year, 7 h days)", hoursPerDay: Amount(7), daysPerWeek: Amount(5),
        hoursPerMonth: Amount.ratio(1607, 12), hoursPerYear: Amount(1607))
    case "22days", "22":
      return PeriodBasis(
        name: "22 days/month of 8 h", hoursPerDay: Amount(8), daysPerWeek: Amount(5), hoursPerMonth: Amount(176),
        hoursPerYear: Amount(2112))
    default:
      return nil
    }
  }

  /// The names ``convention(named:)`` accepts.
  public static let conventionNames = ["2080", "1950", "1607", "22days"]

  /// Hours in one period.
  public func hours(in period: Period) throws(ArithmeticError) -> Amount {
    switch period {
    case .hour: .one
    case .day: hoursPerDay
    case .week: try hoursPerDay.multiplied(by: daysPerWeek)
    case .month: hoursPerMonth
    case .year: hoursPerYear
    }
  }

  /// An amount per `from` expressed per `to`: `amount × hours(to) ÷ hours(from)`.
  public func convert(_ amount: Amount, from: Period, to: Period) throws(ArithmeticError) -> Amount {
    if from == to { return amount }
    return try Amount.product(amount, try hours(in: to), dividedBy: try hours(in: from))
  }
}
