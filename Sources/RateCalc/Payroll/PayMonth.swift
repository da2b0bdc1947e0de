/// A calendar month of pay: `2026-05`. Pay periods are months.
public struct PayMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year.
  public let year: Int
  /// The month, 1–12.
  public let month: Int

  /// Creates a month; `nil` unless `month` is 1–12 and the year is 1900–9999.
  public init?(year: Int, month: Int) {
    guard (1...12).contains(month), (1900...9999).contains(year) else { return nil }
    self.year = year
    self.month = month
  }

  init(unchecked year: Int, _ month: Int) {
    self.year = year
    self.month = month
  }

  /// Reads `2026-05`.
  public init?(parsing text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      let year = Int(parts[0]), let month = Int(parts[1])
    else { return nil }
    self.init(year: year, month: month)
  }

  /// The month of a day.
  public init(_ day: Day) { self.init(unchecked: day.components.year, day.components.month) }

  /// The month `count` months later.
  public func adding(months count: Int) -> PayMonth {
    let index = year * 12 + (month - 1) + count
    return PayMonth(unchecked: index / 12, index % 12 + 1)
  }

  /// `2026-05`.
  public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

  /// Whether `lhs` comes first.
  public static func < (lhs: PayMonth, rhs: PayMonth) -> Bool {
    (lhs.year, lhs.month) < (rhs.year, rhs.month)
  }
}

/// How a country's contribution years fall: the calendar year, the UK tax year from April, the
/// Australian financial year from July, South Africa's tax year from March.
public struct ContributionYear: Sendable, Equatable {
  /// The month each contribution year starts.
  public let startMonth: Int

  /// Creates the rule for years starting in `startMonth`.
  public init(startMonth: Int) { self.startMonth = startMonth }

  /// The contribution year a month falls in, named by the calendar year it starts in.
  public func year(of month: PayMonth) -> Int { month.month >= startMonth ? month.year : month.year - 1 }

  /// The month's place in its contribution year, 1–12.
  public func index(of month: PayMonth) -> Int { (month.month - startMonth + 12) % 12 + 1 }

  /// The first month of a contribution year.
  public func firstMonth(of year: Int) -> PayMonth {
    PayMonth(unchecked: year, startMonth)
  }

  /// The year as people write it: `2026` for a calendar year, `2026/27` otherwise.
  public func name(_ year: Int) -> String {
    guard startMonth != 1 else { return String(year) }
    let next = (year + 1) % 100
    return "\(year)/\(next < 10 ? "0" : "")\(next)"
  }
}
