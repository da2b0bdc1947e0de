/// Facts about the employer and the employee that decide which contributions apply: levies with
/// a payroll or staff threshold (South Africa's SDL, Nigeria's ITF, France's FNAL), US state rules,
/// and the UAE's split between nationals (GPSSA) and expatriates (gratuity).
///
/// The defaults describe a small employer and are shown with every result that depends on them.
public struct EmployerSituation: Sendable, Equatable {
  /// A UAE employee's status: it decides between GPSSA pension and the end-of-service gratuity.
  public enum Nationality: String, Sendable, CaseIterable {
    /// A foreign employee: end-of-service gratuity.
    case expatriate
    /// A UAE national: GPSSA pension contributions.
    case national
  }

  /// ratecalc's default number of staff: a small employer.
  public static let defaultStaff = 3

  /// Employees, this hire included.
  public var staff: Int
  /// The employer's annual payroll in the country's currency; `nil` means this hire's salary alone.
  public var payroll: Amount?
  /// The US state (two letters) for state-dependent rules such as FUTA credit reductions.
  public var state: String?
  /// The employee's status in the UAE.
  public var nationality: Nationality

  /// Creates a situation; the defaults are a small employer (3 staff, payroll of this hire alone,
  /// no state) and an expatriate employee.
  public init(
    staff: Int = EmployerSituation.defaultStaff, payroll: Amount? = nil, state: String? = nil,
    nationality: Nationality = .expatriate
  ) {
    self.staff = staff
    self.payroll = payroll
    self.state = state
    self.nationality = nationality
  }
}
