/// What a rate or salary is paid per.
public enum Period: String, Sendable, CaseIterable {
  /// Per hour.
  case hour
  /// Per day.
  case day
  /// Per week.
  case week
  /// Per month.
  case month
  /// Per year.
  case year

  /// Reads `hour`, `hr`, `h`, `day`, `d`, `week`, `wk`, `month`, `mo`, `year`, `yr`, `annual`…
  public init?(word: some StringProtocol) {
    self.init(word: Substring(word))
  }

  /// Reads a period word from a string: see ``init(word:)-(StringProtocol)``.
  public init?(word: String) {
    self.init(word: word[...])
  }

  /// Reads a period word from part of a string: see ``init(word:)-(StringProtocol)``.
  public init?(word: Substring) {
    guard let key = Period.key(word.utf8), let found = Period.words.first(where: { $0.key == key }) else {
      return nil
    }
    self = found.period
  }

  /// Every word for each period, in lower case.
  static let spellings: [(Period, [String])] = [
    (.hour, ["hour", "hours", "hr", "hrs", "h", "hourly"]),
    (.day, ["day", "days", "d", "daily"]),
    (.week, ["week", "weeks", "wk", "w", "weekly"]),
    (.month, ["month", "months", "mo", "mth", "monthly"]),
    (.year, ["year", "years", "yr", "y", "annual", "annually", "yearly", "pa"]),
  ]

  /// The words by their ``key(_:)``: a word is read by packing its letters into 64 bits and
  /// comparing numbers, with no string made (a conversion asks whether `USD` is a period).
  private static let words: [(key: UInt64, period: Period)] = spellings.flatMap { period, spellings in
    spellings.compactMap { spelling in key(spelling[...].utf8).map { ($0, period) } }
  }

  /// A word of 1 to 8 ASCII letters in lower case, packed into 64 bits; `nil` for anything else
  /// (no period is spelled otherwise).
  private static func key(_ bytes: Substring.UTF8View) -> UInt64? {
    // From contiguous bytes when the text has them (almost always): the view's own iteration
    // cost ten times more.
    if let packed = bytes.withContiguousStorageIfAvailable({ key($0) }) { return packed }
    return key(Array(bytes))
  }

  /// ``key(_:)`` over bytes.
  private static func key<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64? {
    guard (1...8).contains(bytes.count) else { return nil }
    var key: UInt64 = 0
    for byte in bytes {
      let lower = byte | 0x20
      guard lower &- UInt8(ascii: "a") < 26 else { return nil }
      key = key << 8 | UInt64(lower)
    }
    return key
  }
}
