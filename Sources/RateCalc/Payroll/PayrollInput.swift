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

  /// The most months one run may cover: a working life of 50 years.
  public static let maximumMonths = 600

  /// Creates an input.
  public init(salary: Money, country: String, start: PayMonth, months: Amount, situation: EmployerSituation) {
    self.salary = salary
    self.country = country
    self.start = start
    self.months = months
    self.situation = situation
  }
}
