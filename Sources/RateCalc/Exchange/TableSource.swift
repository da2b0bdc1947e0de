/// Where an exchange table came from.
///
/// A value type over one shared immutable record, kept for the whole run (see
/// ``PermanentRecords``), so a conversion result carries it without reference counting.
public struct TableSource: Hashable, Sendable, CustomStringConvertible {
  private let details: RecordReference<Details>

  /// The three texts.
  private struct Fields: Hashable, Sendable {
    let name: String
    let detail: String
    let file: String
  }

  private final class Details: Sendable {
    let fields: Fields
    let isBuiltIn: Bool
    init(_ fields: Fields) {
      self.fields = fields
      isBuiltIn = fields.file.hasPrefix("Rates/")
    }
  }

  /// The most distinct sources one run keeps: a few dozen are built in, and each file a user
  /// loads adds one (the same file loaded again adds nothing).
  public static let recordLimit = 20_000

  /// Every distinct source made in this run.
  private static let records = PermanentRecords<Fields, Details>(
    limit: recordLimit,
    standIn: Details(
      Fields(
        name: "(source not kept)", detail: "this run already holds \(recordLimit) sources, the most it keeps",
        file: "(not kept)")))

  /// Creates a source description. Past ``recordLimit`` distinct sources in one run it reads as
  /// not kept (a table reader refuses such a file instead, with an error).
  public init(name: String, detail: String, file: String) {
    self = TableSource(keeping: name, detail: detail, file: file) ?? TableSource(details: TableSource.records.standIn)
  }

  private init(details: RecordReference<Details>) {
    self.details = details
  }

  /// Creates a source description, or `nil` when the run already holds ``recordLimit`` sources
  /// and this one would be new.
  init?(keeping name: String, detail: String, file: String) {
    let fields = Fields(name: name, detail: detail, file: file)
    guard let details = TableSource.records.reference(for: fields, make: { Details(fields) }) else { return nil }
    self.init(details: details)
  }

  /// A source for a file being read, or an error at its first line when the run already holds
  /// ``recordLimit`` sources.
  static func forReading(name: String, detail: String, file: String) throws(DataFileError) -> TableSource {
    guard let source = TableSource(keeping: name, detail: detail, file: file) else {
      throw DataFileError(
        file: file, line: 1, column: 1, text: "",
        reason: "this run already holds \(recordLimit) exchange-table sources, the most it keeps: "
          + "restart ratecalc to load this file")
    }
    return source
  }

  /// A short name to show beside a figure: `ECB`, `AED peg to USD (CBUAE)`.
  public var name: String { details.read { $0.fields.name } }
  /// What the source is, in full.
  public var detail: String { details.read { $0.fields.detail } }
  /// The file the table was read from (a path inside `Rates/` for built-in data).
  public var file: String { details.read { $0.fields.file } }
  /// Whether the table is one of ratecalc's own (its file is inside `Rates/`), not a user's.
  public var isBuiltIn: Bool { details.read { $0.isBuiltIn } }

  /// The short name.
  public var description: String { name }

  /// Whether two sources have the same name, detail and file.
  public static func == (lhs: TableSource, rhs: TableSource) -> Bool {
    lhs.details === rhs.details
      || (lhs.name == rhs.name && lhs.detail == rhs.detail && lhs.file == rhs.file)
  }

  /// Hashes name and file.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(name)
    hasher.combine(file)
  }
}
