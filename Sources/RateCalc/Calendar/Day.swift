/// A calendar date with no time and no time zone, such as an ECB observation date.
///
/// Stored as the number of days since 1970-01-01, so comparing and counting days is integer
/// arithmetic.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public let ordinal: Int

  /// Creates the day with the given number of days since 1970-01-01.
  public init(ordinal: Int) {
    self.ordinal = ordinal
  }

  /// Creates a day from year, month and day; `nil` when no such date exists (2025-02-29).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.init(unchecked: year, month, day)
  }

  init(unchecked year: Int, _ month: Int, _ day: Int) {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    ordinal = era * 146_097 + dayOfEra - 719_468
  }

  /// Year, month (1–12) and day of month (1–31).
  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// The year.
  public var year: Int { components.year }

  /// The day of the week, Monday 1 … Sunday 7 (ISO 8601).
  public var weekday: Int {
    // 1970-01-01 was a Thursday (4).
    let offset = (ordinal + 3) % 7
    return (offset < 0 ? offset + 7 : offset) + 1
  }

  /// Whether the day is Saturday or Sunday.
  public var isWeekend: Bool { weekday >= 6 }

  /// The weekday's English name, such as `Saturday`.
  public var weekdayName: String {
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday - 1]
  }

  /// The day `count` days later (earlier when negative).
  public func adding(days count: Int) -> Day { Day(ordinal: ordinal + count) }

  /// Days from `self` to `other` (positive when `other` is later).
  public func days(until other: Day) -> Int { other.ordinal - ordinal }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (year, month, day) = components
    guard (1000...9999).contains(year) else {
      func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
      return String(year) + "-" + two(month) + "-" + two(day)
    }
    // YYYY-MM-DD written as ten bytes: dates are shown on every line of a conversion.
    return String(unsafeUninitializedCapacity: 10) { bytes in
      func put(_ value: Int, digits: Int, at offset: Int) {
        var rest = value
        for place in stride(from: offset + digits - 1, through: offset, by: -1) {
          bytes[place] = UInt8(ascii: "0") + UInt8(rest % 10)
          rest /= 10
        }
      }
      put(year, digits: 4, at: 0)
      bytes[4] = UInt8(ascii: "-")
      put(month, digits: 2, at: 5)
      bytes[7] = UInt8(ascii: "-")
      put(day, digits: 2, at: 8)
      return 10
    }
  }

  /// Whether `lhs` is the earlier day.
  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  /// Days in a month of a year, leap years included.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Whether the year has 29 February.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  static let monthNames = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// Parses `YYYY-MM-DD` (ISO 8601) or the ECB daily file's `13 April 2026`; `nil` for anything
  /// else, including dates that do not exist.
  public init?(parsing text: some StringProtocol) {
    let trimmed = Substring(text)
    if let iso = Day.parseISO(trimmed) {
      self = iso
      return
    }
    let words = trimmed.split(separator: " ")
    guard words.count == 3, let day = Int(words[0]), let year = Int(words[2]), words[2].count == 4,
      let month = Day.monthNames.firstIndex(of: words[1].lowercased()),
      let parsed = Day(year: year, month: month + 1, day: day)
    else { return nil }
    self = parsed
  }

  private static func parseISO(_ text: Substring) -> Day? {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in bytes[range] {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    return Day(year: year, month: month, day: day)
  }
}
