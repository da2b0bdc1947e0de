/// Reads the ECB's XML files (`eurofxref-daily.xml`, `eurofxref-hist-90d.xml`,
/// `eurofxref-hist.xml`): a `gesmes:Envelope` with `<Cube time='…'>` elements holding
/// `<Cube currency='USD' rate='1.1252'/>`.
///
/// Read as XML, byte by byte in one pass: comments, CDATA sections and processing instructions
/// are skipped (a commented-out `<Cube …/>` is not a rate), element names match exactly (`CubeX`
/// is not `Cube`), both quote styles work, every element must be closed in order (a truncated
/// file is an error), and no DOCTYPE or entity is expanded (only the five predefined entities and
/// character references are allowed in text, none in a Cube's attributes). A date or a currency
/// within a date given twice is an error. Errors name the line and column.
enum ECBXMLReader {
  /// The deepest element nesting read (the ECB's files nest four deep).
  static let maximumDepth = 64

  static func read(_ text: String, file: String, rules: ExchangeReadRules = ExchangeReadRules())
    throws(DataFileError) -> ExchangeTable
  {
    var text = text
    let result = text.withUTF8 { bytes -> Result<ExchangeTable, DataFileError> in
      var scanner = XMLScanner(bytes: bytes, file: file, rules: rules)
      do throws(DataFileError) {
        return .success(try scanner.table())
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }
}

/// The byte scanner behind ``ECBXMLReader``.
private struct XMLScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  let file: String
  let rules: ExchangeReadRules
  var position = 0
  var line = 1
  var lineStart = 0
  /// Bytes visited and compared, for ``ReadWork``.
  var work = 0

  // What has been read.
  var days: [Day] = []
  var seenDays: Set<Day> = []
  var columns = CodeColumns()
  var observations: [(row: Int, column: Int32, rate: Amount)] = []
  var currentDayCodes: Set<CurrencyCode> = []

  init(bytes: UnsafeBufferPointer<UInt8>, file: String, rules: ExchangeReadRules) {
    self.bytes = bytes
    self.file = file
    self.rules = rules
  }

  /// One open element: where its name is in the bytes, and what kind of Cube it is.
  struct Open {
    let nameStart: Int
    let nameEnd: Int
    let cube: CubeKind
  }

  enum CubeKind {
    case notCube, container, day, rate
  }

  mutating func table() throws(DataFileError) -> ExchangeTable {
    defer { ReadWork.add(work) }
    var stack: [Open] = []
    var sawRoot = false
    if startsWith(byteOrderMark) { position = byteOrderMark.count }
    while position < bytes.count {
      let byte = bytes[position]
      if byte != lt {
        if stack.isEmpty && !isSpace(byte) {
          throw error("text outside the root element")
        }
        if byte == amp { try entity(inAttribute: false) } else { step() }
        continue
      }
      if startsWith(commentStart) {
        try skip(past: commentEnd, what: "a comment")
      } else if startsWith(cdataStart) {
        guard !stack.isEmpty else { throw error("a CDATA section outside the root element") }
        try skip(past: cdataEnd, what: "a CDATA section")
      } else if startsWith(instructionStart) {
        try skip(past: instructionEnd, what: "a processing instruction")
      } else if startsWith(declarationStart) {
        throw error("a DOCTYPE or declaration is not read (it could define entities)")
      } else if startsWith(closingStart) {
        let at = position
        advance(by: 2)
        let name = readName()
        guard let open = stack.last else { throw error("a closing tag with no element open", at: at) }
        skipSpaces()
        guard position < bytes.count else {
          throw error(
            "the file ends inside <\(text(open.nameStart..<open.nameEnd))>: it is cut short or not closed",
            at: bytes.count)
        }
        guard same(name, open) else {
          throw error(
            "a closing </\(text(name))> where </\(text(open.nameStart..<open.nameEnd))> was expected", at: at)
        }
        skipSpaces()
        guard position < bytes.count, bytes[position] == gt else { throw error("a closing tag is not ended by '>'") }
        step()
        stack.removeLast()
      } else {
        guard !(sawRoot && stack.isEmpty) else { throw error("a second root element") }
        sawRoot = true
        let open = try element(inside: stack.last?.cube)
        if let open {
          guard stack.count < ECBXMLReader.maximumDepth else {
            throw error("elements nested more than \(ECBXMLReader.maximumDepth) deep")
          }
          stack.append(open)
        }
      }
    }
    if let open = stack.last {
      throw error(
        "the file ends inside <\(text(open.nameStart..<open.nameEnd))>: it is cut short or not closed", at: bytes.count)
    }
    guard !days.isEmpty else {
      throw DataFileError(
        file: file, line: 1, column: 1, text: "",
        reason: "no <Cube time='…'> element: this is not an ECB XML rates file, or it has no rates")
    }
    return ExchangeRateText.sparseTable(
      base: .eur, source: try ECBCSVReader.source(file: file), kind: .observed, days: days, codes: columns.codes,
      observations: observations)
  }

  /// Reads a start tag at `<`; returns the element opened, or `nil` for an empty element `<…/>`.
  mutating func element(inside parent: CubeKind?) throws(DataFileError) -> Open? {
    let at = position
    step()
    let name = readName()
    guard !name.isEmpty else { throw error("a '<' that starts no element", at: at) }
    let isCube = name.count == 4 && text(name) == "Cube"
    var attributes: [(name: Range<Int>, value: Range<Int>, at: Int)] = []
    while true {
      let hadSpace = skipSpaces()
      guard position < bytes.count else { throw error("the file ends inside a tag", at: at) }
      if bytes[position] == gt || (bytes[position] == slash) { break }
      guard hadSpace else { throw error("attributes are separated by spaces") }
      let nameAt = position
      let attributeName = readName()
      guard !attributeName.isEmpty else { throw error("an attribute name was expected") }
      skipSpaces()
      guard position < bytes.count, bytes[position] == equals else { throw error("an attribute has no '=' value") }
      step()
      skipSpaces()
      guard position < bytes.count, bytes[position] == quote || bytes[position] == apostrophe else {
        throw error("an attribute value is quoted with ' or \"")
      }
      let closing = bytes[position]
      step()
      let valueStart = position
      while position < bytes.count && bytes[position] != closing {
        if bytes[position] == lt { throw error("a '<' inside an attribute value") }
        if bytes[position] == amp {
          if isCube { throw error("an entity in a Cube attribute is not read") }
          try entity(inAttribute: true)
          continue
        }
        step()
      }
      guard position < bytes.count else { throw error("an attribute value is not closed", at: valueStart - 1) }
      let value = valueStart..<position
      step()
      if attributes.contains(where: { text($0.name) == text(attributeName) }) {
        throw error("the attribute \(text(attributeName)) is given twice", at: nameAt)
      }
      attributes.append((attributeName, value, nameAt))
    }
    let selfClosing = bytes[position] == slash
    if selfClosing {
      step()
      guard position < bytes.count, bytes[position] == gt else { throw error("'/' in a tag is followed by '>'") }
    }
    step()
    let kind = isCube ? try cube(attributes, inside: parent, at: at) : .notCube
    return selfClosing ? nil : Open(nameStart: name.lowerBound, nameEnd: name.upperBound, cube: kind)
  }

  /// Reads a Cube's attributes: a container, a day, or a rate.
  mutating func cube(
    _ attributes: [(name: Range<Int>, value: Range<Int>, at: Int)], inside parent: CubeKind?, at: Int
  ) throws(DataFileError) -> CubeKind {
    var time: (value: Range<Int>, at: Int)? = nil
    var currency: (value: Range<Int>, at: Int)? = nil
    var rate: (value: Range<Int>, at: Int)? = nil
    for attribute in attributes {
      switch text(attribute.name) {
      case "time": time = (attribute.value, attribute.value.lowerBound)
      case "currency": currency = (attribute.value, attribute.value.lowerBound)
      case "rate": rate = (attribute.value, attribute.value.lowerBound)
      default: throw error("a Cube has time, or currency and rate; not '\(text(attribute.name))'", at: attribute.at)
      }
    }
    if let time {
      guard currency == nil, rate == nil else { throw error("a Cube has a time or a currency, not both", at: at) }
      guard parent == .container else { throw error("a <Cube time=…> stands inside a plain <Cube>", at: at) }
      let value = text(time.value)
      guard let day = Day(parsing: value), value.utf8.count == 10 else {
        throw error("a Cube time is a date written YYYY-MM-DD", at: time.at, quoting: time.value)
      }
      if let problem = rules.problem(with: day) { throw error(problem, at: time.at, quoting: time.value) }
      guard seenDays.insert(day).inserted else {
        throw error("the date \(day) appears twice", at: time.at, quoting: time.value)
      }
      days.append(day)
      currentDayCodes = []
      return .day
    }
    if let currency {
      guard parent == .day else { throw error("a rate stands inside a <Cube time=…>", at: at) }
      let value = text(currency.value)
      guard let code = CurrencyCode(value) else {
        throw error("a currency is a three-letter code", at: currency.at, quoting: currency.value)
      }
      if let problem = rules.problem(with: code) { throw error(problem, at: currency.at, quoting: currency.value) }
      guard code != .eur else {
        throw error("EUR is the base; it has no rate", at: currency.at, quoting: currency.value)
      }
      guard let rate else { throw error("the Cube for \(code) has no rate", at: currency.at, quoting: currency.value) }
      guard currentDayCodes.insert(code).inserted else {
        let day = days.last.map { " on \($0)" } ?? ""
        throw error("\(code) appears twice\(day)", at: currency.at, quoting: currency.value)
      }
      let rateText = text(rate.value)
      let amount: Amount
      if let parsed = try? Amount(parsing: rateText), parsed > .zero {
        amount = parsed
      } else {
        // Where it is, only for the error: finding a column scans back to the line's start.
        amount = try ExchangeRateText.positiveRate(
          rateText, column: column(of: rate.at), file: file, line: lineNumber(of: rate.at))
      }
      observations.append((days.count - 1, columns.column(for: code), amount))
      return .rate
    }
    if rate != nil { throw error("a Cube with a rate names its currency", at: at) }
    return .container
  }

  // MARK: - Bytes

  /// `&name;` or `&#…;` at the position: the five predefined entities and character references.
  mutating func entity(inAttribute: Bool) throws(DataFileError) {
    let at = position
    step()
    let start = position
    while position < bytes.count && bytes[position] != semicolon && position - start < 12 { step() }
    guard position < bytes.count, bytes[position] == semicolon else {
      throw error("an '&' that starts no entity (write &amp;)", at: at)
    }
    let name = text(start..<position)
    let predefined = ["lt", "gt", "amp", "apos", "quot"].contains(name)
    let reference = name.hasPrefix("#") && name.count > 1 && name.dropFirst().allSatisfy { $0.isHexDigit || $0 == "x" }
    guard predefined || reference else { throw error("the entity &\(name); is not defined", at: at) }
    step()
  }

  /// Moves past the next occurrence of `end`, or fails naming what was left open.
  mutating func skip(past end: [UInt8], what: String) throws(DataFileError) {
    let at = position
    while position < bytes.count {
      if startsWith(end) {
        advance(by: end.count)
        return
      }
      step()
    }
    throw error("\(what) is not closed", at: at)
  }

  /// An XML name at the position (letters, digits, `:`, `_`, `-`, `.`, and any non-ASCII byte).
  mutating func readName() -> Range<Int> {
    let start = position
    while position < bytes.count {
      work += 1
      let byte = bytes[position]
      let isNameByte =
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
        || byte == 0x3A || byte == 0x5F || byte == 0x2D || byte == 0x2E || byte >= 0x80
      guard isNameByte else { break }
      position += 1
    }
    return start..<position
  }

  /// Skips spaces, tabs and line ends; whether any were skipped.
  @discardableResult
  mutating func skipSpaces() -> Bool {
    let start = position
    while position < bytes.count && isSpace(bytes[position]) { step() }
    return position > start
  }

  func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

  /// One byte on, counting lines.
  mutating func step() {
    work += 1
    if bytes[position] == newline {
      line += 1
      lineStart = position + 1
    }
    position += 1
  }

  mutating func advance(by count: Int) {
    for _ in 0..<count where position < bytes.count { step() }
  }

  func startsWith(_ prefix: [UInt8]) -> Bool {
    guard position + prefix.count <= bytes.count else { return false }
    for (offset, byte) in prefix.enumerated() where bytes[position + offset] != byte { return false }
    return true
  }

  func same(_ name: Range<Int>, _ open: Open) -> Bool {
    guard name.count == open.nameEnd - open.nameStart else { return false }
    for offset in 0..<name.count where bytes[name.lowerBound + offset] != bytes[open.nameStart + offset] {
      return false
    }
    return true
  }

  func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// The 1-based character column of a byte offset (only on the way to an error).
  func column(of offset: Int) -> Int {
    var start = min(offset, bytes.count)
    while start > 0 && bytes[start - 1] != newline { start -= 1 }
    var column = 1
    for index in start..<min(offset, bytes.count) where bytes[index] & 0xC0 != 0x80 { column += 1 }
    return column
  }

  /// The line of a byte offset at or before the position (only on the way to an error).
  func lineNumber(of offset: Int) -> Int {
    var count = line
    for index in offset..<max(offset, min(position, bytes.count)) where bytes[index] == newline { count -= 1 }
    return count
  }

  func error(_ reason: String, at offset: Int? = nil, quoting: Range<Int>? = nil) -> DataFileError {
    let at = min(offset ?? position, bytes.count)
    let shown: String
    if let quoting {
      shown = text(quoting)
    } else {
      var end = at
      while end < bytes.count && end - at < 30 && bytes[end] != newline { end += 1 }
      shown = text(at..<end)
    }
    return DataFileError(file: file, line: lineNumber(of: at), column: column(of: at), text: shown, reason: reason)
  }
}

private let commentStart = Array("<!--".utf8)
private let commentEnd = Array("-->".utf8)
private let cdataStart = Array("<![CDATA[".utf8)
private let cdataEnd = Array("]]>".utf8)
private let instructionStart = Array("<?".utf8)
private let instructionEnd = Array("?>".utf8)
private let declarationStart = Array("<!".utf8)
private let closingStart = Array("</".utf8)
private let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
private let lt = UInt8(ascii: "<")
private let gt = UInt8(ascii: ">")
private let amp = UInt8(ascii: "&")
private let slash = UInt8(ascii: "/")
private let equals = UInt8(ascii: "=")
private let quote = UInt8(ascii: "\"")
private let apostrophe = UInt8(ascii: "'")
private let semicolon = UInt8(ascii: ";")
private let newline = UInt8(ascii: "\n")
