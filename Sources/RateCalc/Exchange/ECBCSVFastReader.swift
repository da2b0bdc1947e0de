#if canImport(Glibc)
  import Glibc
#endif

/// A byte-level reader for well-formed ECB CSV files: the common case, about 30 times faster than
/// the field-by-field reader. It reads UTF-8 bytes in place, parses rates straight into
/// ``Amount`` units and allocates no strings. On anything unusual (a malformed rate, a date in
/// another form, a row of the wrong length) it gives up and returns `nil`, so that
/// ``ECBCSVReader`` reads the file again carefully and reports the exact line and column.
///
/// The `Date` column must come first; ``readNewest(_:codes:source:atTop:)`` relies on it.
enum ECBCSVFastReader {
  /// What the fast reader made of a file.
  enum Outcome {
    /// The whole table.
    case table(ExchangeTable)
    /// It stopped on this line (text and 1-based number; every line before it read well): the
    /// careful reader looks at it. `rest` is the byte offset where the next line starts.
    case stopped(String, line: Int, rest: Int)
    /// It gave up for a reason of the whole file (rows out of order, no rows).
    case gaveUp
  }

  static func read(_ text: String, codes: [CurrencyCode], source: TableSource) -> Outcome {
    var text = text
    return text.withUTF8 { bytes in read(bytes, codes: codes, source: source) }
  }

  /// Only the newest row: line starts found with `memchr`, each line's date compared as bytes, and that one
  /// row parsed. What a conversion at the latest rates needs, for a fraction of the work.
  /// `nil` when anything is unusual (the caller then reads the whole file). `atTop`: the caller
  /// vouches that the rows are newest first, so the first row is taken without reading on.
  static func readNewest(
    _ text: String, codes: [CurrencyCode], source: TableSource, atTop: Bool = false
  ) -> ExchangeTable? {
    var text = text
    return text.withUTF8 { bytes -> ExchangeTable? in
      guard let base = bytes.baseAddress else { return nil }
      // The newest row by its first ten bytes: ISO dates of the form YYYY-MM-DD sort as bytes, so
      // each row costs a shape check and a ten-byte comparison; only the newest is read as a day
      // (and the full reader checks every date of a file this path does not accept).
      var newestStart: Int? = nil
      var lineStart = 0
      var isHeader = true
      while lineStart < bytes.count {
        let rest = bytes.count - lineStart
        let found = memchr(base + lineStart, Int32(newline), rest)
        let lineEnd = found.map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? bytes.count
        if isHeader {
          isHeader = false
        } else if lineEnd - lineStart >= 10 {
          guard hasDateShape(bytes, at: lineStart) else { return nil }
          if newestStart.map({ memcmp(base + lineStart, base + $0, 10) > 0 }) ?? true { newestStart = lineStart }
          if atTop { break }
        } else if lineEnd > lineStart && !(lineEnd == lineStart + 1 && bytes[lineStart] == carriageReturn) {
          return nil
        }
        lineStart = lineEnd + 1
      }
      guard let start = newestStart, let day = isoDay(bytes, at: start) else { return nil }
      let newest = (day: day, start: start)
      var lineEnd = newest.start
      while lineEnd < bytes.count && bytes[lineEnd] != newline { lineEnd += 1 }
      // Appended code by code: the first `joined(separator:)` of a run looks up a conformance
      // of `[String]` by scanning all of them (about 180,000 instructions of a one-shot).
      var header = "Date"
      for code in codes { header += "," + code.description }
      header += "\n"
      let row = String(decoding: UnsafeBufferPointer(rebasing: bytes[newest.start..<lineEnd]), as: UTF8.self)
      var single = header + row + "\n"
      return single.withUTF8 { bytes -> ExchangeTable? in
        if case .table(let table) = read(bytes, codes: codes, source: source) { return table }
        return nil
      }
    }
  }

  private static let comma = UInt8(ascii: ",")
  private static let space = UInt8(ascii: " ")
  private static let newline = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let zero = UInt8(ascii: "0")
  private static let point = UInt8(ascii: ".")

  private static func read(_ bytes: UnsafeBufferPointer<UInt8>, codes: [CurrencyCode], source: TableSource) -> Outcome {
    var position = 0
    let end = bytes.count
    // Skip the header line.
    while position < end && bytes[position] != newline { position += 1 }
    position += 1
    var lineNumber = 1
    var lineStart = position
    /// The line being read, for the careful reader.
    func stopped() -> Outcome {
      var lineEnd = lineStart
      while lineEnd < end && bytes[lineEnd] != newline { lineEnd += 1 }
      let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
      return .stopped(line, line: lineNumber, rest: min(lineEnd + 1, end))
    }
    var days: [Day] = []
    var rates: [Amount] = []
    days.reserveCapacity(end / (codes.count * 6 + 12))
    rates.reserveCapacity(days.capacity * codes.count)
    while position < end {
      if position == 0 || bytes[position - 1] == newline {
        lineNumber += 1
        lineStart = position
      }
      // Blank lines and comments end the fast path only if they hold something else.
      if bytes[position] == newline || bytes[position] == carriageReturn {
        position += 1
        continue
      }
      guard position + 10 <= end, let day = isoDay(bytes, at: position) else { return stopped() }
      position += 10
      days.append(day)
      for _ in codes {
        guard position < end, bytes[position] == comma else { return stopped() }
        position += 1
        while position < end && bytes[position] == space { position += 1 }
        guard let (rate, next) = rateField(bytes, at: position) else { return stopped() }
        rates.append(rate)
        position = next
      }
      // What may follow the last rate: a trailing comma, spaces, the line end.
      while position < end && (bytes[position] == comma || bytes[position] == space) { position += 1 }
      if position < end && bytes[position] == carriageReturn { position += 1 }
      guard position >= end || bytes[position] == newline else { return stopped() }
      position += 1
    }
    // Newest first in the ECB's files; store oldest first. Any other order goes the careful way.
    var ordered = true
    for index in days.indices.dropFirst() where days[index] >= days[index - 1] {
      ordered = false
      break
    }
    guard ordered, !days.isEmpty else { return .gaveUp }
    let width = codes.count
    var oldestFirst: [Amount] = []
    oldestFirst.reserveCapacity(rates.count)
    for row in stride(from: days.count - 1, through: 0, by: -1) {
      oldestFirst += rates[(row * width)..<((row + 1) * width)]
    }
    return .table(
      ExchangeTable(
        base: .eur, source: source, days: days.reversed(), codes: codes,
        rates: oldestFirst))
  }

  /// `YYYY-MM-DD` at a position, or `nil`.
  /// Whether ten bytes have the shape `DDDD-DD-DD` (digits and dashes).
  private static func hasDateShape(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    for offset in 0..<10 {
      let byte = bytes[start + offset]
      if offset == 4 || offset == 7 {
        guard byte == UInt8(ascii: "-") else { return false }
      } else if byte &- zero >= 10 {
        return false
      }
    }
    return true
  }

  private static func isoDay(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Day? {
    func digits(_ from: Int, _ count: Int) -> Int? {
      var value = 0
      for offset in 0..<count {
        let digit = bytes[from + offset] &- zero
        guard digit < 10 else { return nil }
        value = value * 10 + Int(digit)
      }
      return value
    }
    guard bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
      let year = digits(start, 4), let month = digits(start + 5, 2), let day = digits(start + 8, 2)
    else { return nil }
    return Day(year: year, month: month, day: day)
  }

  /// A rate (`1.1684`), or `N/A` or nothing for no quote (zero), ending at a comma or line end.
  private static func rateField(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Amount, Int)? {
    var position = start
    let end = bytes.count
    if position + 3 <= end && bytes[position] == UInt8(ascii: "N") && bytes[position + 1] == UInt8(ascii: "/")
      && bytes[position + 2] == UInt8(ascii: "A")
    {
      position += 3
    } else if position < end && (bytes[position] == comma || bytes[position] == newline) {
      // An empty field: no quote.
    } else {
      // Rates have few digits: gather them in 64 bits and widen once.
      var mantissa: UInt64 = 0
      var integerDigits = 0
      var decimals = -1
      while position < end {
        let byte = bytes[position]
        let digit = byte &- zero
        if digit < 10 {
          mantissa = mantissa &* 10 &+ UInt64(digit)
          if decimals >= 0 { decimals += 1 } else { integerDigits += 1 }
          guard integerDigits + max(decimals, 0) <= 18 else { return nil }
        } else if byte == point && decimals < 0 {
          decimals = 0
        } else {
          break
        }
        position += 1
      }
      guard integerDigits > 0, decimals != 0, mantissa > 0 else { return nil }
      let units = Int128(mantissa) * Amount.powerOfTen(Amount.fractionDigits - max(decimals, 0))
      while position < end && bytes[position] == space { position += 1 }
      guard
        position >= end || bytes[position] == comma || bytes[position] == newline
          || bytes[position] == carriageReturn
      else { return nil }
      return (Amount(unchecked: units), position)
    }
    while position < end && bytes[position] == space { position += 1 }
    return (.zero, position)
  }
}
