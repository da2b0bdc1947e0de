/// A line of text built from pieces as bytes and made into one string at the end.
///
/// Appending to a `String` checks its storage and capacity on every piece, a few hundred
/// instructions each; a line of a dozen pieces cost more than the conversion it described.
/// Bytes are copied as they are, and the string is made (and its UTF-8 checked) once.
struct TextBuilder {
  private var bytes: [UInt8] = []

  /// An empty builder with room for `capacity` bytes.
  init(capacity: Int) {
    bytes.reserveCapacity(capacity)
  }

  /// Whether nothing has been appended.
  var isEmpty: Bool { bytes.isEmpty }

  /// Appends a piece.
  mutating func append(_ piece: String) {
    var piece = piece
    piece.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// The text.
  var text: String { String(decoding: bytes, as: UTF8.self) }
}
