import RateCalc

/// A JSON value with object keys kept in order, written by hand so that numbers stay exact
/// decimal strings.
indirect enum JSON {
  case object([(String, JSON)])
  case array([JSON])
  case string(String)
  case bool(Bool)
  /// A whole number (a count or a line number), written as a JSON number.
  case integer(Int)
  /// An exact decimal, written as a JSON number with every digit (`1.159515`, `223`).
  case decimal(String)
  case null

  /// Compact JSON text.
  var text: String {
    switch self {
    case .object(let members):
      "{" + members.map { JSON.quote($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
    case .array(let items): "[" + items.map(\.text).joined(separator: ",") + "]"
    case .string(let string): JSON.quote(string)
    case .bool(let value): value ? "true" : "false"
    case .integer(let value): String(value)
    case .decimal(let text): text
    case .null: "null"
    }
  }

  static func quote(_ string: String) -> String {
    var out = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let c where c.value < 0x20:
        let hex = String(c.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  static func optional(_ value: String?) -> JSON { value.map { .string($0) } ?? .null }

  /// A whole number, or `null`.
  static func optional(_ value: Int?) -> JSON { value.map { .integer($0) } ?? .null }
}
