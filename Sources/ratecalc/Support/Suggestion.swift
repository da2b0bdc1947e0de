import RateCalc

/// "Did you mean" hints: the nearest known word to a mistyped one.
enum Suggestion {
  /// ` (did you mean WORD?)` for the nearest of `candidates` within `maximum` edits, else
  /// `otherwise`; `prefix` goes before the suggested word (`--` for options).
  static func hint(
    for word: String, among candidates: [String], maximum: Int = 2, prefix: String = "", otherwise: String = ""
  ) -> String {
    let nearest = EditDistance.suggestions(
      for: word, among: candidates.filter { $0.lowercased() != word.lowercased() }, maximum: maximum, limit: 1)
    return nearest.first.map { " (did you mean \(prefix)\($0)?)" } ?? otherwise
  }
}
