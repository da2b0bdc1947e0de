/// Edit distances for "did you mean" suggestions.
public enum EditDistance {
  /// The longest word compared; a longer one is given no suggestions.
  public static let maximumWordLength = 64

  /// The optimal-string-alignment distance between two words, case-insensitive: insertions,
  /// deletions, substitutions and swaps of two neighbours each cost 1 (`GPB` → `GBP` is 1).
  /// Words over ``maximumWordLength`` characters are not compared: the longer length is returned,
  /// an upper bound, so the work is bounded whatever the input.
  public static func between(_ a: String, _ b: String) -> Int {
    guard a.count <= maximumWordLength, b.count <= maximumWordLength else { return max(a.count, b.count) }
    let a = Array(a.lowercased())
    let b = Array(b.lowercased())
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          best = min(best, table[i - 2][j - 2] + 1)
        }
        table[i][j] = best
      }
    }
    return table[a.count][b.count]
  }

  /// The candidates nearest to `word`, at most `limit`, within `maximum` edits; ties keep the
  /// candidates' order, so put the likelier ones first.
  public static func suggestions(
    for word: String, among candidates: [String], maximum: Int = 2, limit: Int = 3
  ) -> [String] {
    guard word.count <= maximumWordLength else { return [] }
    let scored = candidates.enumerated().compactMap { index, candidate -> (Int, Int, String)? in
      guard abs(candidate.count - word.count) <= maximum else { return nil }
      let distance = between(word, candidate)
      return distance <= maximum ? (distance, index, candidate) : nil
    }
    return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.2)
  }
}
