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
