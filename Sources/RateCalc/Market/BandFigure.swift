/// One salary or rate figure for a role, as a seed article states it.
///
/// Figures are kept as published: a "just under $200,000" keeps its qualifier, and when two
/// articles disagree both rows stay (ratecalc never averages them).
public struct BandFigure: Sendable, Equatable {
  /// The role, lower case (`machine learning engineer`).
  public let role: String
  /// ISO 3166 alpha-2 country code, or `nil` where the article names none.
  public let country: String?
  /// A city or emirate (`San Francisco`, `Dubai`), or `nil`.
  public let region: String?
  /// `entry`, `junior`, `mid`, `experienced`, `senior`, `veteran` or `any`.
  public let level: String
  /// Years of experience as written (`0-2 years`), or `nil`.
  public let experience: String?
  /// What the figure is: `average`, `low`, `high` or `typical`.
  public let measure: String
  /// The figure itself.
  public let money: Money
  /// The period it is paid per.
  public let period: Period
  /// The year it refers to, or `nil` where the article does not say.
  public let year: Int?
  /// Whether the figure is an employee's salary or a freelancer's rate.
  public let employment: Employment
  /// `around`, `just under`, `or more`, `up to`… or `nil` for a plain figure.
  public let qualifier: String?
  /// The id of its source in `sources.csv`.
  public let sourceID: String
  /// A quotation or remark.
  public let note: String
  /// The row it was read from.
  public let origin: Origin

  /// Creates a figure.
  public init(
    role: String, country: String?, region: String?, level: String, experience: String?, measure: String,
    money: Money, period: Period, year: Int?, employment: Employment, qualifier: String?, sourceID: String,
    note: String, origin: Origin
  ) {
    self.role = role
    self.country = country
    self.region = region
    self.level = level
    self.experience = experience
    self.measure = measure
    self.money = money
    self.period = period
    self.year = year
    self.employment = employment
    self.qualifier = qualifier
    self.sourceID = sourceID
    self.note = note
    self.origin = origin
  }

  /// The key a user's row replaces a built-in row by: the same role, place, level, measure,
  /// employment, period, year and source.
  var key: String {
    [
      role, country ?? "", region ?? "", level, measure, employment.rawValue, period.rawValue,
      year.map(String.init) ?? "unknown", sourceID,
    ].joined(separator: "|")
  }
}

extension BandFigure {
  /// Who a figure is paid to.
  public enum Employment: String, Sendable, CaseIterable {
    /// An employee's salary.
    case employee
    /// A freelancer's rate.
    case freelance
  }
}
