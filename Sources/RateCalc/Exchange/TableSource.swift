/// Where an exchange table came from.
///
/// A value type over one shared immutable storage object, so a conversion result can carry it
/// cheaply.
public struct TableSource: Hashable, Sendable, CustomStringConvertible {
  private let details: Details

  private final class Details: Sendable {
    let name: String
    let detail: String
    let file: String

    init(name: String, detail: String, file: String) {
      self.name = name
      self.detail = detail
      self.file = file
    }
  }

  /// Creates a source description.
  public init(name: String, detail: String, file: String) {
    details = Details(name: name, detail: detail, file: file)
  }

  /// A short name to show beside a figure: `ECB`, `AED peg to USD (CBUAE)`.
  public var name: String { details.name }
  /// What the source is, in full.
  public var detail: String { details.detail }
  /// The file the table was read from (a path inside `Rates/` for built-in data).
  public var file: String { details.file }

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
