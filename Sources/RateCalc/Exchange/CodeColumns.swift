/// The currencies of a table being read, each numbered by the order it first appeared: the
/// columns of its rates.
struct CodeColumns {
  /// The codes, in column order.
  private(set) var codes: [CurrencyCode] = []
  private var columnOf: [CurrencyCode: Int32] = [:]

  /// The column of `code`, given the next number when it is new.
  mutating func column(for code: CurrencyCode) -> Int32 {
    if let known = columnOf[code] { return known }
    let column = Int32(codes.count)
    columnOf[code] = column
    codes.append(code)
    return column
  }

  /// The column of `code`, if it has one.
  func column(of code: CurrencyCode) -> Int32? { columnOf[code] }
}
