/// France's general reduction of employer contributions near the minimum wage, as data.
///
/// Computed on cumulative pay `P` and the cumulative SMIC `S` of the months employed (class A in
/// `shared/research/employer-rules-by-period.md`), then applied month by month as the difference
/// of the cumulative reductions:
///
/// - **Réduction générale (2024–2025)**: `C = T ÷ 0.6 × (1.6 × S ÷ P − 1)`, clamped to `[0, T]`,
///   rounded to 4 decimals (URSSAF's rule).
/// - **RGDU (2026)**: `C = Tmin + Tdelta × (½ × (3 × S ÷ P − 1))^P` when `P < 3 × S`, else 0, and
///   at most `Tmin + Tdelta`; not rounded (service-public's worked example keeps the full coefficient).
///
/// The reduction is `C × P`.
public struct ReductionFormula: Sendable, Equatable {
  /// Which formula.
  public enum Kind: String, Sendable {
    /// The réduction générale (Fillon), 2024–2025.
    case general = "rg"
    /// The réduction générale dégressive unique, from 2026.
    case degressive = "rgdu"
  }

  /// Which formula.
  public let kind: Kind
  /// The hourly SMIC the formula uses; a full-time year is 1,820 hours (35 × 52), so a month is
  /// an exact twelfth of `hourly × 1820`.
  public let hourlyMinimumWage: Amount
  /// The coefficients by name: `T` (general); `Tmin`, `Tdelta`, `P` (degressive).
  public let parameters: [String: Amount]
  /// Decimal places the coefficient is rounded to (half-up), or `nil` for none.
  public let roundingPlaces: Int?

  /// Reads `kind=rg;T=0.3194;smic_hourly=11.88;round=4`.
  public init(parameters text: String) throws(ConditionError) {
    var values: [String: Amount] = [:]
    var kind: Kind?
    for part in text.split(separator: ";") {
      let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
      guard pair.count == 2 else { throw ConditionError(text: String(part), reason: "a parameter is NAME=VALUE") }
      if pair[0] == "kind" {
        guard let parsed = Kind(rawValue: pair[1]) else {
          throw ConditionError(text: String(part), reason: "the kind is rg or rgdu")
        }
        kind = parsed
        continue
      }
      guard let number = try? Amount(parsing: pair[1]), !number.isNegative else {
        throw ConditionError(text: String(part), reason: "\(pair[0]) must be a plain number")
      }
      values[pair[0]] = number
    }
    guard let kind else { throw ConditionError(text: text, reason: "the parameters name kind=rg or kind=rgdu") }
    let needed = kind == .general ? ["T", "smic_hourly"] : ["Tmin", "Tdelta", "P", "smic_hourly"]
    for name in needed where values[name] == nil {
      throw ConditionError(text: text, reason: "the \(kind.rawValue) formula needs \(name)")
    }
    if let power = values["P"] {
      let quarters = (try? power.multiplied(by: Amount(4))) ?? .zero
      guard quarters.rounded(places: 0, mode: .halfUp) == quarters, quarters <= Amount(40) else {
        throw ConditionError(text: text, reason: "P must be a multiple of 0.25 up to 10")
      }
    }
    self.kind = kind
    self.hourlyMinimumWage = values["smic_hourly"] ?? .zero
    self.roundingPlaces = values["round"].map { Int($0.integerPart) }
    self.parameters = values
  }

  /// The coefficient for cumulative pay and SMIC.
  public func coefficient(pay: Amount, minimumWage: Amount) throws(CalculationError) -> Amount {
    guard pay > .zero else { return .zero }
    var result: Amount
    switch kind {
    case .general:
      let ceiling = parameters["T"] ?? .zero
      let ratio = try Exact.scale(minimumWage, by: Amount.ratio(16, 10), over: pay)
      result = try Exact.scale(ceiling, by: try Exact.subtract(ratio, .one), over: Amount.ratio(6, 10))
      result = min(max(result, .zero), ceiling)
    case .degressive:
      let least = parameters["Tmin"] ?? .zero
      let spread = parameters["Tdelta"] ?? .zero
      let most = try Exact.add(least, spread)
      let threshold = try Exact.multiply(minimumWage, Amount(3))
      guard pay < threshold else { return .zero }
      let ratio = try Exact.scale(minimumWage, by: Amount(3), over: pay)
      let inner = try Exact.divide(try Exact.subtract(ratio, .one), Amount(2))
      if inner >= .one {
        result = most
      } else {
        let quarters = Int(try Exact.multiply(parameters["P"] ?? .zero, Amount(4)).integerPart)
        guard let powered = inner.power(quarters: quarters) else {
          throw .invalidInput("the RGDU coefficient could not be computed")
        }
        result = min(try Exact.add(least, try Exact.multiply(spread, powered)), most)
      }
    }
    if let places = roundingPlaces { result = result.rounded(places: places, mode: .halfUp) }
    return result
  }
}
