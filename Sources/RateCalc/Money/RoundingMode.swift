/// How a figure is rounded when it is shown or when the user asks.
///
/// ratecalc rounds once, at the end, to the currency's minor unit (JPY 0 places, GBP 2, BHD 3).
/// The default is ``halfUp`` (a tie goes away from zero), as spreadsheets round: 100 EUR at the
/// ECB rate 0.87105 is exactly 87.105 GBP, shown as £87.11. ``halfEven`` (banker's rounding)
/// shows £87.10.
public enum RoundingMode: String, CaseIterable, Sendable {
  /// A tie rounds away from zero: 87.105 → 87.11, −87.105 → −87.11. The default.
  case halfUp = "half-up"
  /// A tie rounds to the even neighbour: 87.105 → 87.10, 87.115 → 87.12.
  case halfEven = "half-even"

  /// The mode used when the user chooses none.
  public static let standard = RoundingMode.halfUp

  /// Whether a quotient with this remainder (of `step`) rounds away from zero.
  func roundsAway(remainder: UInt64, step: UInt64, quotientIsOdd: Bool) -> Bool {
    let rest = step - remainder
    if remainder > rest { return true }
    if remainder < rest { return false }
    switch self {
    case .halfUp: return true
    case .halfEven: return quotientIsOdd
    }
  }
}
