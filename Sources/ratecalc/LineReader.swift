#if canImport(Glibc)
  import Glibc
#endif

/// Reads lines of bytes from a file descriptor in constant memory: a line longer than
/// ``maximumBytes`` is read on to its end but only its first bytes are kept, with its true length.
struct LineReader {
  /// The longest line ratecalc reads: 64 KiB.
  static let maximumBytes = 65_536

  /// One line: its kept bytes (no newline) and how long it really was.
  struct Line {
    let bytes: [UInt8]
    let length: Int
    var isTooLong: Bool { length > LineReader.maximumBytes }
  }

  private let descriptor: Int32
  private var buffer = [UInt8](repeating: 0, count: 65_536)
  private var start = 0
  private var end = 0
  private var atEnd = false

  init(descriptor: Int32) { self.descriptor = descriptor }

  /// The next line, or `nil` at the end of input. A last line without a newline counts.
  mutating func next() -> Line? {
    var kept: [UInt8] = []
    var length = 0
    var sawAny = false
    while true {
      if start == end {
        guard !atEnd, refill() else { return sawAny ? Line(bytes: kept, length: length) : nil }
      }
      sawAny = true
      let chunk = buffer[start..<end]
      if let newline = chunk.firstIndex(of: 10) {
        append(buffer[start..<newline], to: &kept, length: &length)
        start = newline + 1
        return Line(bytes: kept, length: length)
      }
      append(chunk, to: &kept, length: &length)
      start = end
    }
  }

  private func append(_ bytes: ArraySlice<UInt8>, to kept: inout [UInt8], length: inout Int) {
    let room = LineReader.maximumBytes - kept.count
    if room > 0 { kept += bytes.prefix(room) }
    length += bytes.count
  }

  private mutating func refill() -> Bool {
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        start = 0
        end = count
        return true
      }
      if count < 0 && errno == EINTR { continue }
      atEnd = true
      return false
    }
  }
}
