/// One employer contribution: a rate on a slice of salary, and/or a fixed amount.
///
/// The charge for a year is `rate × clamp(salary − floor, 0, cap − floor) + fixed`, with floor,
/// cap and fixed amount given per year or per month (a monthly figure counts twelve times, as for
/// an even monthly salary). For the UK, employer NI is 15% above a £5,000 floor; US Social
/// Security is 6.2% up to a $176,100 cap.
public struct Contribution: Sendable, Equatable {
  /// What salary the rate applies to.
  public enum Base: String, Sendable {
    /// The gross salary.
    case gross
    /// Basic pay only (UAE gratuity); ratecalc applies it to the whole salary and says so.
    case basic
    /// Monthly emoluments (Nigeria: at least basic, housing and transport); applied to the whole salary.
    case emoluments
    /// The employer's whole pay bill (levies with a pay-bill threshold); off by default.
    case payroll
  }

  /// ISO 3166 alpha-2 code.
  public let country: String
  /// The year the rules apply to.
  public let year: Int
  /// The component's name (`Employer Class 1 National Insurance`).
  public let name: String
  /// The rate in percent (15 for 15%), or unknown.
  public let ratePercent: Known<Amount>?
  /// What the rate applies to.
  public let base: Base
  /// The amount below which no contribution is due, per `period`; `nil` for none.
  public let floor: Known<Amount>?
  /// The amount above which no contribution is due, per `period`; `nil` for none.
  public let cap: Known<Amount>?
  /// A fixed charge per `period` (UAE health insurance), or `nil`.
  public let fixed: Amount?
  /// Whether floor, cap and fixed are per year or per month.
  public let perMonth: Bool
  /// Whether it is counted by default.
  public let includedByDefault: Bool
  /// How sure the sources are.
  public let confidence: Confidence
  /// The id of its source.
  public let sourceID: String
  /// Remarks.
  public let note: String
  /// The row it was read from.
  public let origin: Origin

  /// Creates a component.
  public init(
    country: String, year: Int, name: String, ratePercent: Known<Amount>?, base: Base, floor: Known<Amount>?,
    cap: Known<Amount>?, fixed: Amount?, perMonth: Bool, includedByDefault: Bool, confidence: Confidence,
    sourceID: String, note: String, origin: Origin
  ) {
    self.country = country
    self.year = year
    self.name = name
    self.ratePercent = ratePercent
    self.base = base
    self.floor = floor
    self.cap = cap
    self.fixed = fixed
    self.perMonth = perMonth
    self.includedByDefault = includedByDefault
    self.confidence = confidence
    self.sourceID = sourceID
    self.note = note
    self.origin = origin
  }
}
