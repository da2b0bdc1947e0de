/// How a calculator reached its figures: ordered, labelled steps and the data rows it used.
///
/// Every calculator result carries one, so the tool can `explain` any figure and a test can check
/// any step.
public struct Breakdown: Sendable, Equatable {
  /// One step: what it is, how it is computed (in words), and its value.
  public struct Step: Sendable, Equatable {
    /// What the step is, such as `billable days`.
    public let label: String
    /// How it is computed, in words: `available days × utilisation`.
    public let formula: String
    /// Its value.
    public let value: Value

    /// Creates a step.
    public init(_ label: String, _ formula: String, _ value: Value) {
      self.label = label
      self.formula = formula
      self.value = value
    }
  }

  /// A step's value; the renderer decides how to show each kind.
  public enum Value: Sendable, Equatable {
    /// Money, unrounded.
    case money(Money)
    /// Money per period.
    case rate(Money, Period)
    /// A count of days.
    case days(Amount)
    /// A count of hours.
    case hours(Amount)
    /// A fraction shown as a percentage (0.8 is 80%).
    case percent(Amount)
    /// A plain number, such as a multiplier.
    case number(Amount)
    /// Words.
    case text(String)
  }

  /// A note shown with a result: what kind it is decides where the tool shows it.
  public struct Note: Sendable, Equatable {
    /// What a note says about the result.
    public enum Kind: Sendable, Equatable {
      /// A default or substitute the calculation assumed (no country, another year's profile).
      case assumption
      /// Something the user should act on (stale rates, a rate not from a market).
      case warning
      /// How the figures were shaped (the period basis, rounding of band ends): shown with
      /// `explain`, not as a warning.
      case detail
    }

    /// The kind.
    public let kind: Kind
    /// The words.
    public let text: String

    /// Creates a note.
    public init(_ kind: Kind, _ text: String) {
      self.kind = kind
      self.text = text
    }
  }

  /// A data row a calculation used.
  public struct DataRow: Sendable, Equatable {
    /// What it is: `GB 2025 Employer Class 1 National Insurance`.
    public let description: String
    /// Where it was read: file and line.
    public let origin: Origin?
    /// Its source: id or name.
    public let source: String
    /// The source's date, or the date of the observation used.
    public let date: String
    /// Confidence, where the data marks it.
    public let confidence: Confidence?

    /// Creates a data row.
    public init(description: String, origin: Origin?, source: String, date: String, confidence: Confidence? = nil) {
      self.description = description
      self.origin = origin
      self.source = source
      self.date = date
      self.confidence = confidence
    }
  }

  /// The steps, in order.
  public var steps: [Step] = []
  /// The data rows used.
  public var rows: [DataRow] = []
  /// Assumptions and warnings the user should see with the result, each with its kind.
  public private(set) var entries: [Note] = []

  /// The notes' texts, in order.
  public var notes: [String] { entries.map(\.text) }

  /// The texts of the notes a result shows beside its figures (assumptions and warnings; details
  /// only in the breakdown), in order.
  public var shownNotes: [String] { entries.filter { $0.kind != .detail }.map(\.text) }

  /// An empty breakdown.
  public init() {}

  /// Adds a step.
  public mutating func add(_ label: String, _ formula: String, _ value: Value) {
    steps.append(Step(label, formula, value))
  }

  /// Adds a note once.
  public mutating func note(_ text: String, kind: Note.Kind = .assumption) {
    note(Note(kind, text))
  }

  /// Adds a note once.
  public mutating func note(_ note: Note) {
    if !entries.contains(where: { $0.text == note.text }) { entries.append(note) }
  }

  /// Adds another breakdown's data rows and notes (not its steps), each once.
  public mutating func merge(_ other: Breakdown) {
    for row in other.rows { use(row) }
    for note in other.entries { self.note(note) }
  }

  /// Adds a data row once.
  public mutating func use(_ row: DataRow) {
    if !rows.contains(row) { rows.append(row) }
  }

  /// The value of the first step with this label (for tests and `explain`).
  public func value(of label: String) -> Value? { steps.first { $0.label == label }?.value }
}

/// A calculation that cannot be done with the inputs given.
public enum CalculationError: Error, Equatable, Sendable {
  /// An input is out of range, with what would work.
  case invalidInput(String)
  /// Two amounts in different currencies met where one currency is needed; `hint` completes
  /// "but … EUR", such as "Germany's contributions are in".
  case currencyMismatch(expected: CurrencyCode, got: CurrencyCode, hint: String)
  /// Overflow or division by zero.
  case arithmetic(ArithmeticError)
  /// Missing market data.
  case market(MarketError)
  /// An exchange-rate problem.
  case exchange(ExchangeError)

  /// A one-line message for the user.
  public var message: String {
    switch self {
    case .invalidInput(let text): text
    case .currencyMismatch(let expected, let got, let hint): "the amount is in \(got), but \(hint) \(expected)"
    case .arithmetic(let error): error.message
    case .market(let error): error.message
    case .exchange(let error): error.message
    }
  }
}

/// Exact arithmetic that reports overflow as a ``CalculationError``.
enum Exact {
  static func add(_ a: Amount, _ b: Amount) throws(CalculationError) -> Amount {
    do { return try a.adding(b) } catch { throw .arithmetic(error) }
  }

  static func subtract(_ a: Amount, _ b: Amount) throws(CalculationError) -> Amount {
    do { return try a.subtracting(b) } catch { throw .arithmetic(error) }
  }

  static func multiply(_ a: Amount, _ b: Amount) throws(CalculationError) -> Amount {
    do { return try a.multiplied(by: b) } catch { throw .arithmetic(error) }
  }

  static func divide(_ a: Amount, _ b: Amount) throws(CalculationError) -> Amount {
    do { return try a.divided(by: b) } catch { throw .arithmetic(error) }
  }

  /// `a × b ÷ c` with one rounding.
  static func scale(_ a: Amount, by b: Amount, over c: Amount) throws(CalculationError) -> Amount {
    do { return try Amount.product(a, b, dividedBy: c) } catch { throw .arithmetic(error) }
  }

}
