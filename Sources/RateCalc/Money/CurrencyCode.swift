/// A three-letter ISO 4217 alphabetic code such as `GBP`, packed into 32 bits so that tables keyed
/// by currency hash and compare fast.
public struct CurrencyCode: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The three ASCII letters, packed big-endian into the low 24 bits.
  public let rawValue: UInt32

  /// Creates a code from three ASCII letters in any case (`gbp` → `GBP`); `nil` for anything else.
  public init?(_ text: some StringProtocol) {
    var packed: UInt32 = 0
    var count = 0
    for byte in text.utf8 {
      let upper: UInt8
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): upper = byte
      case UInt8(ascii: "a")...UInt8(ascii: "z"): upper = byte - 32
      default: return nil
      }
      count += 1
      guard count <= 3 else { return nil }
      packed = packed << 8 | UInt32(upper)
    }
    guard count == 3 else { return nil }
    rawValue = packed
  }

  init(packed: UInt32) {
    rawValue = packed
  }

  /// The euro, base of the ECB's tables.
  public static let eur = CurrencyCode(packed: 0x45_5552)
  /// The US dollar.
  public static let usd = CurrencyCode(packed: 0x55_5344)

  /// The code as text, such as `GBP`.
  public var description: String {
    let bytes = [UInt8(rawValue >> 16 & 0xFF), UInt8(rawValue >> 8 & 0xFF), UInt8(rawValue & 0xFF)]
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Alphabetical order.
  public static func < (lhs: CurrencyCode, rhs: CurrencyCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
