extension [UInt8] {
  /// Whether the bytes hold `text`'s UTF-8 bytes, in a row. Text is looked for as bytes where a
  /// `String` search would build a table keyed by `Character`, which costs the first search of a
  /// run a scan of the binary's conformances (about 200,000 instructions).
  func contains(bytes text: String) -> Bool {
    let wanted = Array(text.utf8)
    guard wanted.count <= count else { return false }
    return (0...(count - wanted.count)).contains { start in self[start..<start + wanted.count].elementsEqual(wanted) }
  }
}
