/// Reads the market-data files of `Rates/`: sources, salary bands, country profiles, holidays,
/// contributions and PPP factors. A bad row is skipped and reported; the other rows still load.
enum MarketReaders {
  /// What a read produced: the records, and the rows it had to skip.
  struct Result<Record> {
    var records: [Record] = []
    var skipped: [DataFileError] = []
  }

  /// The most problems listed for one file; reading stops at the next one (so a file of 40,000
  /// bad rows costs 50 "did you mean"s, and its report stays readable).
  static let maximumProblems = 50

  /// Reads every data row of a file with a row reader, collecting errors instead of stopping
  /// (up to ``maximumProblems``).
  static func rows<Record>(
    _ text: String, file: String, required: [String],
    _ read: (DataRow) throws(DataFileError) -> Record
  ) -> Result<Record> {
    var result = Result<Record>()
    do {
      let records = try CSV.records(in: text, file: file)
      guard let header = records.first else { return result }
      let columns = try DataColumns(header: header, file: file, required: required)
      if records.count == 1 {
        result.skipped.append(
          DataFileError(file: file, line: header.line, column: 1, text: "", reason: "the file has a header and no rows")
        )
      }
      ReadWork.add(records.count)
      for record in records.dropFirst() {
        do {
          result.records.append(try read(try columns.row(record)))
        } catch {
          if result.skipped.count == maximumProblems {
            result.skipped.append(
              DataFileError(
                file: file, line: record.line, column: 1, text: "",
                reason: "more problems from here on: reading stopped after \(maximumProblems)"))
            break
          }
          result.skipped.append(error)
        }
      }
    } catch {
      result.skipped.append(error)
    }
    return result
  }

  static let sourceColumns = ["id", "title", "publisher", "location", "as_of", "note"]
  static let bandColumns = [
    "role", "country", "region", "level", "experience", "measure", "amount", "currency", "period", "year",
    "employment", "qualifier", "source", "note",
  ]
  static let countryColumns = [
    "country", "name", "aliases", "currency", "year", "weekly_hours", "hours_per_day", "min_leave_days",
    "leave_includes_public_holidays", "holiday_region", "confidence", "source", "note",
  ]
  static let holidayColumns = [
    "country", "region", "year", "weekday_holidays", "named_holidays", "confidence", "source", "note",
  ]
  static let contributionColumns = [
    "country", "year", "name", "rate_percent", "base", "floor", "cap", "fixed", "period", "included",
    "confidence", "source", "note",
  ]
  // Optional contribution columns (a file without them describes per-period rules with no conditions):
  // accrual, months, condition, minimum, trigger, params.
  static let pppColumns = ["country", "year", "ppp", "currency", "source"]

  static func sources(_ text: String, file: String, isUserFile: Bool) -> Result<Source> {
    rows(text, file: file, required: sourceColumns) { (row) throws(DataFileError) in
      let asOf = row.field("as_of")
      guard asOf.text.count >= 4, Int(asOf.text.prefix(4)) != nil else {
        throw row.error(asOf, "every source has a date (YYYY, YYYY-MM or YYYY-MM-DD)")
      }
      return Source(
        id: try row.text("id"), title: try row.text("title"), publisher: try row.text("publisher"),
        location: try row.text("location"), asOf: asOf.text, note: row.field("note").text,
        origin: row.origin(isUserFile: isUserFile))
    }
  }

  static func bands(_ text: String, file: String, isUserFile: Bool, currencies: CurrencyTable)
    -> Result<BandFigure>
  {
    rows(text, file: file, required: bandColumns) { (row) throws(DataFileError) in
      let periodField = row.field("period")
      guard let period = Period(word: periodField.text) else {
        throw row.error(periodField, "a period is hour, day, week, month or year")
      }
      let countryText = row.field("country").text
      let employmentField = row.field("employment")
      guard let employment = BandFigure.Employment(rawValue: employmentField.text.lowercased()) else {
        throw row.error(employmentField, "employment is employee or freelance")
      }
      return BandFigure(
        role: try row.text("role").lowercased(), country: countryText.isEmpty ? nil : try row.country(),
        region: row.optionalText("region"), level: try row.text("level").lowercased(),
        experience: row.optionalText("experience"), measure: try row.text("measure").lowercased(),
        money: Money(try row.amount("amount"), try row.currency("currency", in: currencies)), period: period,
        year: try row.optionalYear(), employment: employment,
        qualifier: row.optionalText("qualifier"), sourceID: try row.text("source"), note: row.field("note").text,
        origin: row.origin(isUserFile: isUserFile))
    }
  }

  static func countries(_ text: String, file: String, isUserFile: Bool, currencies: CurrencyTable)
    -> Result<CountryProfile>
  {
    rows(text, file: file, required: countryColumns) { (row) throws(DataFileError) in
      try checkRange(row, "weekly_hours", above: .zero, atMost: Amount(168))
      try checkRange(row, "hours_per_day", above: .zero, atMost: Amount(24))
      try checkRange(row, "min_leave_days", atLeast: .zero, atMost: Amount(366))
      var profile = CountryProfile(
        code: try row.country(), name: try row.text("name"),
        aliases: row.field("aliases").text.split(separator: ";").map { String($0).trimmingSpaces() },
        currency: try row.currency("currency", in: currencies), year: try row.year(),
        weeklyHours: try row.amount("weekly_hours"), hoursPerDay: try row.amount("hours_per_day"),
        minimumLeaveDays: try row.amount("min_leave_days"),
        leaveIncludesPublicHolidays: try row.flag("leave_includes_public_holidays"),
        holidayRegion: row.optionalText("holiday_region"), confidence: try row.confidence(),
        sourceID: try row.text("source"), note: row.field("note").text, origin: row.origin(isUserFile: isUserFile),
        contributionYearStart: try contributionYearStart(row), defaultLeaveDays: try defaultLeave(row),
        defaultLeaveSourceID: row.optionalText("default_leave_source"))
      profile.salaryPayments = try salaryPayments(row)
      profile.salaryPaymentsSourceID = row.optionalText("salary_payments_source")
      return profile
    }
  }

  /// The optional `salary_payments` column: 12 to 16 payments a year.
  static func salaryPayments(_ row: DataRow) throws(DataFileError) -> Int? {
    let field = row.field("salary_payments")
    guard !field.text.isEmpty else { return nil }
    guard let count = Int(field.text), (12...16).contains(count) else {
      throw row.error(field, "salary payments are a whole number from 12 to 16 a year")
    }
    return count
  }

  /// A number column within its sensible range, else a row error naming the range.
  static func checkRange(
    _ row: DataRow, _ name: String, above low: Amount? = nil, atLeast floor: Amount? = nil, atMost high: Amount
  ) throws(DataFileError) {
    let value = try row.amount(name)
    let tooLow = low.map { value <= $0 } ?? floor.map { value < $0 } ?? false
    guard !tooLow, value <= high else {
      let bottom = low.map { "above \($0)" } ?? floor.map { "from \($0)" } ?? ""
      throw row.error(row.field(name), "the \(name) must be \(bottom) and at most \(high)")
    }
  }

  /// The optional `contribution_year_start` column: a month, 1 when absent.
  static func contributionYearStart(_ row: DataRow) throws(DataFileError) -> Int {
    let field = row.field("contribution_year_start")
    guard !field.text.isEmpty else { return 1 }
    guard let month = Int(field.text), (1...12).contains(month) else {
      throw row.error(field, "the contribution year starts in a month from 1 to 12")
    }
    return month
  }

  /// The optional `default_leave_days` column.
  static func defaultLeave(_ row: DataRow) throws(DataFileError) -> Amount? {
    guard !row.field("default_leave_days").text.isEmpty else { return nil }
    let days = try row.amount("default_leave_days")
    guard !days.isNegative, days <= Amount(260) else {
      throw row.error(row.field("default_leave_days"), "leave is from 0 to 260 days")
    }
    return days
  }

  static func holidays(_ text: String, file: String, isUserFile: Bool) -> Result<HolidayCount> {
    rows(text, file: file, required: holidayColumns) { (row) throws(DataFileError) in
      HolidayCount(
        country: try row.country(), region: row.optionalText("region"), year: try row.year(),
        weekdayHolidays: try row.integer("weekday_holidays"), namedHolidays: try row.integer("named_holidays"),
        confidence: try row.confidence(), sourceID: try row.text("source"), note: row.field("note").text,
        origin: row.origin(isUserFile: isUserFile))
    }
  }

  static func contributions(_ text: String, file: String, isUserFile: Bool) -> Result<Contribution> {
    rows(text, file: file, required: contributionColumns) { (row) throws(DataFileError) in
      try ContributionRow(row: row).contribution(origin: row.origin(isUserFile: isUserFile))
    }
  }

  static func ppp(_ text: String, file: String, isUserFile: Bool, currencies: CurrencyTable) -> Result<PPPFactor> {
    rows(text, file: file, required: pppColumns) { (row) throws(DataFileError) in
      let factor = try row.amount("ppp")
      guard factor > .zero else { throw row.error(row.field("ppp"), "a PPP factor must be above zero") }
      return PPPFactor(
        country: try row.country(), year: try row.year(), factor: factor,
        currency: try row.currency("currency", in: currencies), sourceID: try row.text("source"),
        origin: row.origin(isUserFile: isUserFile))
    }
  }
}
