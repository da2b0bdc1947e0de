/// Edit distances for "did you mean" suggestions.
public enum EditDistance {
  /// The longest word compared; a longer one is given no suggestions.
  public static let maximumWordLength = 64

  /// The optimal-string-alignment distance between two words, case-insensitive: insertions,
  /// deletions, substitutions and swaps of two neighbours each cost 1 (`GPB` → `GBP` is 1).
  /// Words over ``maximumWordLength`` characters are not compared: the longer length is returned,
  /// an upper bound, so the work is bounded whatever the input. Three rows of at most 65 cells,
  /// on the stack: no allocation per comparison for ASCII words.
  public static func between(_ a: String, _ b: String) -> Int {
    let a = folded(a)
    let b = folded(b)
    guard a.count <= maximumWordLength, b.count <= maximumWordLength else { return max(a.count, b.count) }
    return distance(a, b)
  }

  /// Case-folded units to compare: ASCII letters folded byte by byte, anything else by
  /// lowercasing its characters.
  static func folded(_ word: String) -> [UInt32] {
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      return word.utf8.map { byte in UInt32(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
    }
    return word.lowercased().unicodeScalars.map(\.value)
  }

  static func distance(_ a: [UInt32], _ b: [UInt32]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    ReadWork.add(a.count * b.count)
    let width = b.count + 1
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: width * 3) { cells in
      // Rows i-2, i-1 and i, rotating.
      func at(_ row: Int, _ column: Int) -> Int { cells[(row % 3) * width + column] }
      func set(_ row: Int, _ column: Int, _ value: Int) { cells[(row % 3) * width + column] = value }
      for j in 0...b.count { set(0, j, j) }
      for i in 1...a.count {
        set(i, 0, i)
        for j in 1...b.count {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          var best = min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
          if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
            best = min(best, at(i - 2, j - 2) + 1)
          }
          set(i, j, best)
        }
      }
      return at(a.count, b.count)
    }
  }

  /// The candidates nearest to `word`, at most `limit`, within `maximum` edits; ties keep the
  /// candidates' order, so put the likelier ones first.
  public static func suggestions(
    for word: String, among candidates: [String], maximum: Int = 2, limit: Int = 3
  ) -> [String] {
    let folded = folded(word)
    guard folded.count <= maximumWordLength else { return [] }
    var scored: [(Int, Int, String)] = []
    for (index, candidate) in candidates.enumerated() {
      guard abs(candidate.utf8.count - folded.count) <= maximum || !candidate.utf8.allSatisfy({ $0 < 0x80 }) else {
        continue
      }
      let other = EditDistance.folded(candidate)
      guard abs(other.count - folded.count) <= maximum, other.count <= maximumWordLength else { continue }
      let distance = distance(folded, other)
      if distance <= maximum { scored.append((distance, index, candidate)) }
    }
    return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.2)
  }
}
