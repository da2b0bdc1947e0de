/// Runs a calculation over a range of one input, for a table: utilisation 60%–90% step 5%,
/// billable days 180–230.
public enum Sensitivity {
  /// The most values a range may have.
  public static let maximumCount = 1000

  /// The values `from`, `from + step`, … up to and including `to`.
  public static func values(from: Amount, to: Amount, step: Amount) throws(CalculationError) -> [Amount] {
    guard step > .zero else { throw .invalidInput("a range needs a step above zero") }
    guard from <= to else { throw .invalidInput("a range goes from low to high") }
    var values: [Amount] = []
    var value = from
    while value <= to {
      values.append(value)
      guard values.count <= maximumCount else {
        throw .invalidInput("a range may have at most \(maximumCount) values; use a larger step")
      }
      value = try Exact.add(value, step)
    }
    return values
  }
}
