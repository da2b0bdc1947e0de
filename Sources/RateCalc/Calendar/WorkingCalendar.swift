/// A working year: which days are worked, paid and billable, and how long a day is.
///
/// Weekdays come from the real calendar (2024 has 262, 2025 261, 2028 260) or the 52 × 5 = 260
/// convention. From them:
///
/// - the **employee** is paid for every weekday and works
///   `weekdays − public holidays − paid leave − sick − training`;
/// - the **freelancer** bills
///   `(weekdays − public holidays − vacation − sick − training) × utilisation`.
///
/// Where a country's statutory leave may include public holidays (the UK's 28 days), the leave
/// on top of the holidays is `leave − holidays`.
public struct WorkingCalendar: Sendable, Equatable {
  /// How weekdays in the year are counted.
  public enum DayCount: Sendable, Equatable {
    /// The Monday–Friday days of a real year.
    case actual(year: Int)
    /// 52 weeks × 5 days = 260, whatever the year.
    case convention260
  }

  /// How weekdays are counted.
  public var dayCount: DayCount
  /// Public holidays falling on weekdays.
  public var publicHolidays: Amount
  /// Paid leave (employee) or vacation (freelancer) in working days.
  public var leave: Amount
  /// Whether `leave` includes the public holidays (UK statutory leave may).
  public var leaveIncludesPublicHolidays: Bool
  /// Sick days a year.
  public var sickDays: Amount
  /// Training and admin days a year.
  public var trainingDays: Amount
  /// The billable share of available days (0.8 for 80%).
  public var utilisation: Amount
  /// Hours in a working day.
  public var hoursPerDay: Amount

  /// Creates a calendar. The defaults are ratecalc's: a real year, no holidays or leave, 5 sick
  /// days, 5 training days, 100% utilisation and the seed articles' 8-hour day.
  public init(
    dayCount: DayCount, publicHolidays: Amount = .zero, leave: Amount = .zero,
    leaveIncludesPublicHolidays: Bool = false, sickDays: Amount = Amount(5), trainingDays: Amount = Amount(5),
    utilisation: Amount = .one, hoursPerDay: Amount = Amount(8)
  ) {
    self.dayCount = dayCount
    self.publicHolidays = publicHolidays
    self.leave = leave
    self.leaveIncludesPublicHolidays = leaveIncludesPublicHolidays
    self.sickDays = sickDays
    self.trainingDays = trainingDays
    self.utilisation = utilisation
    self.hoursPerDay = hoursPerDay
  }

  /// Monday-to-Friday days in a calendar year.
  public static func weekdays(in year: Int) -> Int {
    guard let first = Day(year: year, month: 1, day: 1), let next = Day(year: year + 1, month: 1, day: 1) else {
      return 260
    }
    let days = first.days(until: next)
    var count = (days / 7) * 5
    var day = first.adding(days: (days / 7) * 7)
    while day < next {
      if !day.isWeekend { count += 1 }
      day = day.adding(days: 1)
    }
    return count
  }

  /// Weekdays in the year, by the chosen count.
  public var weekdays: Amount {
    switch dayCount {
    case .actual(let year): Amount(WorkingCalendar.weekdays(in: year))
    case .convention260: Amount(260)
    }
  }

  /// The most days any one calendar input may be: a year's days.
  public static let maximumDays = Amount(366)

  /// Checks every input once, naming the one at fault: days from 0 to 366, hours per day above 0
  /// and at most 24, utilisation above 0% and at most 100%.
  public func validate() throws(CalculationError) {
    for (name, value) in [
      ("public holidays", publicHolidays), ("leave", leave), ("sick days", sickDays), ("training days", trainingDays),
    ] where value.isNegative || value > WorkingCalendar.maximumDays {
      throw .invalidInput("\(name) must be from 0 to 366 days, not \(value)")
    }
    guard hoursPerDay > .zero, hoursPerDay <= Amount(24) else {
      throw .invalidInput("hours per day must be above 0 and at most 24, not \(hoursPerDay)")
    }
    guard utilisation > .zero, utilisation <= .one else {
      throw .invalidInput("utilisation must be above 0% and at most 100%")
    }
  }

  /// Leave taken on top of public holidays.
  public var leaveBeyondHolidays: Amount {
    get throws(CalculationError) {
      guard leaveIncludesPublicHolidays else { return leave }
      return max(try Exact.subtract(leave, publicHolidays), .zero)
    }
  }

  /// Days off besides weekends: holidays, leave, sickness and training.
  public var daysOff: Amount {
    get throws(CalculationError) {
      let days = try Exact.add(try Exact.add(publicHolidays, try leaveBeyondHolidays), sickDays)
      return try Exact.add(days, trainingDays)
    }
  }

  /// Days actually worked (employee) or available to bill (freelancer, before utilisation); an
  /// error when the days off leave none.
  public var workedDays: Amount {
    get throws(CalculationError) {
      try validate()
      let days = try Exact.subtract(weekdays, try daysOff)
      guard days > .zero else {
        throw .invalidInput("the calendar leaves no days worked: \(try daysOff) days off of \(weekdays) weekdays")
      }
      return days
    }
  }

  /// Days a freelancer bills: worked days × utilisation.
  public var billableDays: Amount { get throws(CalculationError) { try Exact.multiply(try workedDays, utilisation) } }

  /// Hours a freelancer bills.
  public var billableHours: Amount {
    get throws(CalculationError) { try Exact.multiply(try billableDays, hoursPerDay) }
  }

  /// The steps that lead to the billable days, for a breakdown.
  public func steps(freelancer: Bool) throws(CalculationError) -> [Breakdown.Step] {
    var steps: [Breakdown.Step] = []
    switch dayCount {
    case .actual(let year):
      steps.append(.init("weekdays in \(year)", "Monday to Friday days of the calendar year", .days(weekdays)))
    case .convention260:
      steps.append(.init("weekdays", "52 weeks × 5 days (convention)", .days(weekdays)))
    }
    steps.append(.init("public holidays", "holidays falling on weekdays", .days(publicHolidays)))
    if leaveIncludesPublicHolidays {
      steps.append(
        .init(
          freelancer ? "vacation" : "paid leave", "\(leave) days including public holidays − \(publicHolidays)",
          .days(try leaveBeyondHolidays)))
    } else {
      steps.append(.init(freelancer ? "vacation" : "paid leave", "working days beyond public holidays", .days(leave)))
    }
    steps.append(.init("sick days", "expected sick days", .days(sickDays)))
    steps.append(.init("training and admin days", "non-billable days", .days(trainingDays)))
    steps.append(
      .init(
        freelancer ? "available days" : "days actually worked",
        "weekdays − holidays − leave − sick − training", .days(try workedDays)))
    if freelancer {
      steps.append(.init("utilisation", "share of available days billed", .percent(utilisation)))
      steps.append(.init("billable days", "available days × utilisation", .days(try billableDays)))
    }
    return steps
  }
}
