/// An employment to run through payroll: who is paid what, where, from when and for how long.
public struct PayrollInput: Sendable {
  /// The annual gross salary, in the country's currency, paid in equal monthly periods.
  public var salary: Money
  /// ISO country code.
  public var country: String
  /// The first pay period.
  public var start: PayMonth
  /// How many months are paid; a fraction pays the last month pro rata (its floors and caps too).
  public var months: Amount
  /// The employer's situation.
  public var situation: EmployerSituation
  /// Components off by default to include anyway (matched by name, case-insensitive prefix).
  public var include: [String] = []
  /// Components to leave out (same matching).
  public var exclude: [String] = []

  /// The most months an employment may last: a working life of 50 years.
  public static let maximumMonths = 600

  /// The most months one run may cover: the longest employment, the longest notice paid in lieu
  /// after it, and the part month after that which a comparison reads to share out a part
  /// month of notice.
  public static let maximumRunMonths = maximumMonths + ComparisonInput.maximumNoticeMonths + 1

  /// Creates an input.
  public init(salary: Money, country: String, start: PayMonth, months: Amount, situation: EmployerSituation) {
    self.salary = salary
    self.country = country
    self.start = start
    self.months = months
    self.situation = situation
  }
}
