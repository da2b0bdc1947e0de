import Testing

@testable import RateCalc

@Suite struct CalendarTests {
  @Test(arguments: [(2024, 262), (2025, 261), (2026, 261), (2027, 261), (2028, 260), (2000, 260), (2021, 261)])
  func countsWeekdaysInARealYear(year: Int, weekdays: Int) {
    #expect(WorkingCalendar.weekdays(in: year) == weekdays)
  }

  @Test func theUKExampleLeavesTwoHundredAndTwentyThreeDays() throws {
    // 261 weekdays − 8 bank holidays − (28 − 8) leave − 5 sick − 5 training = 223 (Workmax's default).
    let (calendar, breakdown) = try CalendarSettings(year: 2025, country: "GB").calendar(book: Fixtures.rateBook)
    #expect(try calendar.workedDays == Amount(223))
    #expect(try calendar.leaveBeyondHolidays == Amount(20))
    #expect(calendar.hoursPerDay == Amount.ratio(75, 10))
    #expect(breakdown.rows.count == 2)
  }

  @Test func theHikurangiExampleLeavesTwoHundredAndTwentyFourDays() throws {
    // 365 − 104 weekend days − 20 leave − 5 sick − 12 public holidays = 224.
    let calendar = WorkingCalendar(
      dayCount: .actual(year: 2025), publicHolidays: Amount(12), leave: Amount(20), sickDays: Amount(5),
      trainingDays: .zero)
    #expect(try calendar.workedDays == Amount(224))
  }

  @Test func utilisationScalesBillableDays() throws {
    var settings = CalendarSettings(year: 2025, country: "US")
    settings.utilisation = Amount.ratio(8, 10)
    settings.leave = Amount(15)
    let (calendar, breakdown) = try settings.calendar(book: Fixtures.rateBook)
    // 261 − 11 − 15 − 5 − 5 = 225; × 80% = 180.
    #expect(try calendar.workedDays == Amount(225))
    #expect(try calendar.billableDays == Amount(180))
    #expect(try calendar.billableHours == Amount(1440))
    #expect(breakdown.notes.isEmpty)
  }

  @Test func aCountryWithoutStatutoryLeaveSaysSo() throws {
    let (calendar, breakdown) = try CalendarSettings(year: 2025, country: "US").calendar(book: Fixtures.rateBook)
    // No statutory leave: the BLS median band's low end, labelled as a convention.
    #expect(calendar.leave == Amount(10))
    #expect(breakdown.notes == ["United States has no statutory paid leave: 10 days assumed, a convention (set leave)"])
    #expect(breakdown.rows.contains { $0.source == "us-leave-bls" })
  }

  /// Leave means days beyond public holidays everywhere: the UK's 28 days include its 8 bank
  /// holidays, so 20 by default; "25 days plus bank holidays" is `leave 25`; below 20 is warned.
  @Test func leaveIsCountedBeyondPublicHolidays() throws {
    var settings = CalendarSettings(year: 2025, country: "GB")
    #expect(try settings.calendar(book: Fixtures.rateBook).0.leave == Amount(20))
    settings.leave = Amount(25)
    let (contract, notes) = try settings.calendar(book: Fixtures.rateBook)
    #expect(contract.leave == Amount(25))
    #expect(try contract.workedDays == Amount(218))
    #expect(notes.notes.isEmpty)
    settings.leave = Amount(15)
    let (_, low) = try settings.calendar(book: Fixtures.rateBook)
    #expect(
      low.notes == [
        "15 days of leave beyond public holidays is below United Kingdom's statutory minimum of 28 days including public holidays"
      ])
  }

  @Test func theConventionCountsTwoHundredAndSixtyWeekdays() throws {
    var settings = CalendarSettings(year: 2024)
    settings.convention260 = true
    #expect(try settings.calendar(book: Fixtures.rateBook).0.weekdays == Amount(260))
  }

  @Test func impossibleSettingsAreErrors() {
    var settings = CalendarSettings(year: 2025, country: "GB")
    settings.utilisation = Amount(2)
    #expect(throws: CalculationError.invalidInput("utilisation must be above 0% and at most 100%")) {
      try settings.calendar(book: Fixtures.rateBook)
    }
  }

  @Test(arguments: [
    ("22days", "10000", Period.month, Period.hour, "56.82"),
    ("1950", "55000", .year, .hour, "28.21"),
    ("2080", "100000", .year, .hour, "48.08"),
    ("1607", "50000", .year, .hour, "31.11"),
    ("2080", "50", .hour, .day, "400"),
  ])
  func namedConventionsConvertPeriods(name: String, amount: String, from: Period, to: Period, expected: String) throws {
    let basis = try #require(PeriodBasis.convention(named: name))
    let value = try basis.convert(try Amount(parsing: amount), from: from, to: to)
    #expect(
      value.text(places: 2).hasPrefix(expected) || value.rounded(places: 2, mode: .halfUp).description == expected)
  }

  @Test func aDayRateInHoursSaysWhichDayItUsed() throws {
    let basis = try PeriodBasis.days(Amount(220), hoursPerDay: Amount(8))
    #expect(try basis.convert(Amount(550), from: .day, to: .hour) == Amount.ratio(6875, 100))
    #expect(basis.name == "8 h/day, 220 days/yr")
  }
}
