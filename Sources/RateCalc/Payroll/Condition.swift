/// A test on the employer's situation or the pay that decides whether a contribution applies:
/// `staff>=5`, `payroll>500000`, `state=CA`, `nationality=national`, `pay<=52416`, `service<60`.
public struct Condition: Sendable, Equatable, CustomStringConvertible {
  /// What is tested.
  public enum Subject: String, Sendable, CaseIterable {
    /// The employer's number of staff.
    case staff
    /// The employer's annual payroll, in the country's currency.
    case payroll
    /// The US state (or other region) the employer pays unemployment tax in.
    case state
    /// `expatriate` or `national` (UAE).
    case nationality
    /// The pay in one of the rule's periods (a year, a quarter or a month).
    case pay
    /// Months of service completed at the start of the pay period.
    case service
  }

  /// How the value is compared.
  public enum Relation: String, Sendable, CaseIterable {
    /// Equal (text or number).
    case equal = "="
    /// Not equal.
    case notEqual = "!="
    /// Below.
    case less = "<"
    /// At most.
    case lessOrEqual = "<="
    /// Above.
    case greater = ">"
    /// At least.
    case greaterOrEqual = ">="
  }

  /// What is tested.
  public let subject: Subject
  /// How.
  public let relation: Relation
  /// Against what, as written.
  public let value: String
  /// The value as a number, for numeric subjects.
  public let number: Amount?

  /// Reads `a&b&c`; an empty text is no condition.
  public static func parse(_ text: String) throws(ConditionError) -> [Condition] {
    guard !text.isEmpty else { return [] }
    var conditions: [Condition] = []
    for part in text.split(separator: "&", omittingEmptySubsequences: false) {
      conditions.append(try parseOne(String(part)))
    }
    return conditions
  }

  private static func parseOne(_ text: String) throws(ConditionError) -> Condition {
    // Longest operators first so `<=` is not read as `<`.
    let relations: [Relation] = [.lessOrEqual, .greaterOrEqual, .notEqual, .less, .greater, .equal]
    for relation in relations {
      guard let range = text.firstRange(of: relation.rawValue) else { continue }
      let name = String(text[..<range.lowerBound])
      let value = String(text[range.upperBound...])
      guard let subject = Subject(rawValue: name) else {
        throw ConditionError(
          text: text,
          reason: "a condition tests one of \(Subject.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      guard !value.isEmpty else { throw ConditionError(text: text, reason: "the condition has no value") }
      switch subject {
      case .state, .nationality:
        guard relation == .equal || relation == .notEqual else {
          throw ConditionError(text: text, reason: "\(name) is compared with = or !=")
        }
        if subject == .nationality && !["expatriate", "national"].contains(value) {
          throw ConditionError(text: text, reason: "nationality is expatriate or national")
        }
        return Condition(subject: subject, relation: relation, value: value, number: nil)
      case .staff, .payroll, .pay, .service:
        guard let number = try? Amount(parsing: value), !number.isNegative else {
          throw ConditionError(text: text, reason: "\(name) is compared with a plain number such as 500000")
        }
        return Condition(subject: subject, relation: relation, value: value, number: number)
      }
    }
    throw ConditionError(text: text, reason: "a condition is written like staff>=5 or state=CA")
  }

  /// Whether a number satisfies the relation against `bound`.
  func compare(_ actual: Amount, _ bound: Amount) -> Bool {
    switch relation {
    case .equal: actual == bound
    case .notEqual: actual != bound
    case .less: actual < bound
    case .lessOrEqual: actual <= bound
    case .greater: actual > bound
    case .greaterOrEqual: actual >= bound
    }
  }

  /// Whether a text satisfies the relation (case-insensitive).
  func compare(_ actual: String?) -> Bool {
    let same = actual?.lowercased() == value.lowercased()
    return relation == .equal ? same : !same
  }

  /// The condition in words: `staff ≥ 5`.
  public var description: String {
    let symbol: String
    switch relation {
    case .equal: symbol = "="
    case .notEqual: symbol = "≠"
    case .less: symbol = "<"
    case .lessOrEqual: symbol = "≤"
    case .greater: symbol = ">"
    case .greaterOrEqual: symbol = "≥"
    }
    return "\(subject.rawValue) \(symbol) \(value)"
  }
}

/// A condition in a data file that cannot be read.
public struct ConditionError: Error, Equatable, Sendable {
  /// The condition as written.
  public let text: String
  /// What is wrong.
  public let reason: String
}
