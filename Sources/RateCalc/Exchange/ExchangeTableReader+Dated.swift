/// Reading only the rows a dated conversion needs from an ECB history CSV, so a conversion on
/// any date since 1999 costs about what a conversion at the latest rates does.
extension ExchangeTableReader {
  /// The history CSV cut to the rows around `day`: its header, the newest row, the row on or
  /// before the day and the one after it (for "nearest" in errors), and the oldest row (for
  /// "the table starts on"); `nil` when the text is not a newest-first ECB history CSV, which is
  /// then read whole (as it is when a line the search reads is blank or undated). The row is
  /// found by halving the text (rows are newest first), comparing ten bytes of each line read
  /// and parsing nothing; the oldest row is found from the end.
  public static func rows(around day: Day, in text: String) -> String? {
    var text = text
    let wanted = Array(day.description.utf8)
    return text.withUTF8 { bytes -> String? in
      guard bytes.starts(with: "Date,".utf8) else { return nil }
      var lines: [Range<Int>] = []
      /// The line starting at `start`, without its newline.
      func line(at start: Int) -> Range<Int> {
        var end = start
        while end < bytes.count && bytes[end] != 10 { end += 1 }
        return start..<end
      }
      func isDated(_ range: Range<Int>) -> Bool {
        range.count >= 10 && bytes[range.lowerBound + 4] == UInt8(ascii: "-")
      }
      /// Whether the row's date is on or before the day.
      func onOrBefore(_ range: Range<Int>) -> Bool {
        for offset in 0..<10 {
          let have = bytes[range.lowerBound + offset]
          if have != wanted[offset] { return have < wanted[offset] }
        }
        return true
      }
      let header = line(at: 0)
      let dataStart = header.upperBound + 1
      var end = bytes.count
      while end > 0 && (bytes[end - 1] == 10 || bytes[end - 1] == 13) { end -= 1 }
      guard dataStart < end else { return nil }
      let newest = line(at: dataStart)
      guard isDated(newest) else { return nil }
      lines.append(newest)
      // Rows are newest first: find the first on or before the day by halving the bytes between
      // two line starts, reading one line at each step (about 13 steps for the whole history).
      var low = dataStart
      var high = end
      while low < high {
        var start = (low + high) / 2
        while start > low && bytes[start - 1] != 10 { start -= 1 }
        let current = line(at: start)
        guard isDated(current) else { return nil }
        if onOrBefore(current) { high = start } else { low = current.upperBound + 1 }
      }
      if low < end {
        if low > dataStart {
          var previous = low - 1
          while previous > dataStart && bytes[previous - 1] != 10 { previous -= 1 }
          lines.append(line(at: previous))
        }
        lines.append(line(at: low))
      }
      // The oldest row: the last line that is not empty.
      var first = end
      while first > 0 && bytes[first - 1] != 10 { first -= 1 }
      if first < end, isDated(first..<end) { lines.append(first..<end) }
      var seen = Set<Int>()
      let kept =
        [header] + lines.filter { seen.insert($0.lowerBound).inserted }.sorted { $0.lowerBound < $1.lowerBound }
      return kept.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        .joined(separator: "\n") + "\n"
    }
  }
}
