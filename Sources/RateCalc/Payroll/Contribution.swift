/// One employer contribution rule for one contribution year, as payroll applies it.
///
/// The charge in a pay period is `rate × base`, where the base is the part of the pay the rule
/// reaches: between `floor` and `cap` for that period, or of the year-to-date (or quarter-to-date)
/// pay, as `accrual` says. `floor`, `cap`, `minimum`, `trigger` and `fixed` are given per `period`
/// (a year, a quarter or a month) and divided exactly over the pay periods. UK employer NI is 15%
/// above £5,000 a year in each period on its own; US Social Security is 6.2% of year-to-date
/// wages up to $184,500 (2026).
public struct Contribution: Sendable, Equatable {
  /// What pay the rate applies to.
  public enum Base: String, Sendable {
    /// The gross salary.
    case gross
    /// Basic pay only (UAE gratuity); ratecalc applies it to the whole salary and says so.
    case basic
    /// Monthly emoluments (Nigeria: at least basic, housing and transport); applied to the whole salary.
    case emoluments
    /// The employer's whole pay bill (levies with a pay-bill threshold): charged at the margin on this hire's pay.
    case payroll
  }

  /// How payroll accrues the rule from one pay period to the next.
  public enum Accrual: String, Sendable, CaseIterable {
    /// Each pay period on its own; floors and caps are the annual figure ÷ periods.
    case period
    /// On year-to-date wages with this employer: the part between `floor` and `cap`.
    case yearToDate = "ytd"
    /// A per-period exemption (`floor` ÷ periods), then a year-to-date cap of `cap − floor` (Canada CPP).
    case yearToDateAfterExemption = "ytd-exempt"
    /// On quarter-to-date wages, each quarter of the contribution year on its own.
    case quarter
    /// On year-to-date wages against the sum of the per-period floors and caps so far (France).
    case prorata
    /// Accrues each period but is owed only once the engagement reaches 12 months (UAE gratuity).
    case service
    /// A salary-dependent reduction on cumulative pay (France); see ``ReductionFormula``.
    case reduction
  }

  /// The length of time `floor`, `cap`, `minimum`, `trigger` and `fixed` are given for.
  public enum FigurePeriod: String, Sendable {
    /// A year.
    case year
    /// A quarter.
    case quarter
    /// A month.
    case month

    /// How many fit in a year.
    public var perYear: Int {
      switch self {
      case .year: 1
      case .quarter: 4
      case .month: 12
      }
    }
  }

  /// ISO 3166 alpha-2 code.
  public let country: String
  /// The contribution year the rule applies to, by the calendar year it starts in.
  public let year: Int
  /// The component's name (`Employer Class 1 National Insurance`).
  public let name: String
  /// The rate in percent (15 for 15%), or unknown; `nil` for a fixed amount or a reduction.
  public let ratePercent: Known<Amount>?
  /// What the percentage is over: 100 for a plain percentage; 360 × 100 for `2100/360`.
  public let rateDivisor: Amount
  /// What the rate applies to.
  public let base: Base
  /// The amount below which no contribution is due, per `period`; `nil` for none.
  public let floor: Known<Amount>?
  /// The amount above which no contribution is due, per `period`; `nil` for none.
  public let cap: Known<Amount>?
  /// A fixed charge per `period` (UAE health insurance), or `nil`.
  public let fixed: Amount?
  /// What `floor`, `cap`, `minimum`, `trigger` and `fixed` are per.
  public let figurePeriod: FigurePeriod
  /// How payroll accrues it.
  public let accrual: Accrual
  /// The months of the contribution year it applies to (1 is the first), or `nil` for all.
  public let months: ClosedRange<Int>?
  /// When it applies; all must hold.
  public let conditions: [Condition]
  /// The least base charged when there is any pay (UAE GPSSA), per `period`.
  public let minimum: Known<Amount>?
  /// No charge in a period whose pay is below this, per `period` (UK auto-enrolment trigger).
  public let trigger: Known<Amount>?
  /// A reduction's formula, for `accrual == .reduction`.
  public let reduction: ReductionFormula?
  /// Whether it is counted by default (when its conditions hold).
  public let includedByDefault: Bool
  /// How sure the sources are.
  public let confidence: Confidence
  /// The id of its source.
  public let sourceID: String
  /// Remarks.
  public let note: String
  /// The row it was read from.
  public let origin: Origin

  /// Whether floor, cap and fixed are per month.
  public var perMonth: Bool { figurePeriod == .month }

  /// Creates a rule.
  public init(
    country: String, year: Int, name: String, ratePercent: Known<Amount>?, rateDivisor: Amount = Amount(100),
    base: Base, floor: Known<Amount>?, cap: Known<Amount>?, fixed: Amount?, figurePeriod: FigurePeriod,
    accrual: Accrual = .period, months: ClosedRange<Int>? = nil, conditions: [Condition] = [],
    minimum: Known<Amount>? = nil, trigger: Known<Amount>? = nil, reduction: ReductionFormula? = nil,
    includedByDefault: Bool, confidence: Confidence, sourceID: String, note: String, origin: Origin
  ) {
    self.country = country
    self.year = year
    self.name = name
    self.ratePercent = ratePercent
    self.rateDivisor = rateDivisor
    self.base = base
    self.floor = floor
    self.cap = cap
    self.fixed = fixed
    self.figurePeriod = figurePeriod
    self.accrual = accrual
    self.months = months
    self.conditions = conditions
    self.minimum = minimum
    self.trigger = trigger
    self.reduction = reduction
    self.includedByDefault = includedByDefault
    self.confidence = confidence
    self.sourceID = sourceID
    self.note = note
    self.origin = origin
  }
}
