/// How sure the sources are of a figure, as `Rates/` marks it.
public enum Confidence: String, Sendable, Comparable {
  /// Primary or official text, or several consistent sources.
  case high = "H"
  /// A reputable secondary source.
  case medium = "M"
  /// One weak source, or a figure derived by hand.
  case low = "L"

  /// `high`, `medium` or `low`.
  public var word: String {
    switch self {
    case .high: "high"
    case .medium: "medium"
    case .low: "low"
    }
  }

  /// Whether `lhs` is less sure than `rhs`.
  public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
    let order: [Confidence] = [.low, .medium, .high]
    return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
  }
}

/// A figure that a source may not give: `Rates/` writes `unknown` rather than invent one.
public enum Known<Value: Sendable & Equatable>: Sendable, Equatable {
  /// The source gives this value.
  case known(Value)
  /// The source does not give it.
  case unknown

  /// The value, or `nil` when unknown.
  public var value: Value? {
    if case .known(let value) = self { return value }
    return nil
  }
}

/// Where a data row came from: its file, line, and whether that file is built in or the user's.
public struct Origin: Sendable, Equatable, CustomStringConvertible {
  /// The file's name as shown to the user (`Rates/bands.csv`, or the user's path).
  public let file: String
  /// The 1-based line number of the row.
  public let line: Int
  /// Whether the file is the user's own (from `--rates` or the config folder).
  public let isUserFile: Bool

  /// Creates an origin.
  public init(file: String, line: Int, isUserFile: Bool) {
    self.file = file
    self.line = line
    self.isUserFile = isUserFile
  }

  /// `file:line`.
  public var description: String { "\(file):\(line)" }
}

/// A source that figures in `Rates/` cite by id.
public struct Source: Sendable, Equatable {
  /// The id rows cite, such as `seed-cityjobs`.
  public let id: String
  /// The document's title.
  public let title: String
  /// Who published it.
  public let publisher: String
  /// A URL or a path where it can be read.
  public let location: String
  /// The date its figures are current to (YYYY, YYYY-MM or YYYY-MM-DD).
  public let asOf: String
  /// Anything else worth knowing.
  public let note: String
  /// The row it was read from.
  public let origin: Origin

  /// Creates a source record.
  public init(
    id: String, title: String, publisher: String, location: String, asOf: String, note: String, origin: Origin
  ) {
    self.id = id
    self.title = title
    self.publisher = publisher
    self.location = location
    self.asOf = asOf
    self.note = note
    self.origin = origin
  }
}
