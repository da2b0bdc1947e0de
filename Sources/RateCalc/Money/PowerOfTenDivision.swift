/// Division of a two-limb number by a power of ten (10⁰ … 10¹⁸) with two multiplications instead
/// of a division: Möller and Granlund's "Improved division by invariant integers" (IEEE Transactions
/// on Computers, 2011), algorithm 4, with each power's reciprocal written out below.
///
/// Swift has no 128-by-64 division instruction of its own: `UInt64.dividingFullWidth` calls the
/// runtime's 128-bit division. Rounding an amount to a currency's minor unit divides by a power of
/// ten every time, so this is where a conversion spent a fifth of its time.
enum PowerOfTenDivision {
  /// For each n in 0...18, `⌊(2¹²⁸ − 1) ÷ d⌋ − 2⁶⁴`, where d is 10ⁿ shifted left until its top bit
  /// is set. `PowerOfTenDivisionTests` computes them again from the definition.
  static let reciprocals: [UInt64] = [
    0xFFFF_FFFF_FFFF_FFFF, 0x9999_9999_9999_9999, 0x47AE_147A_E147_AE14, 0x0624_DD2F_1A9F_BE76,
    0xA36E_2EB1_C432_CA57, 0x4F8B_588E_368F_0846, 0x0C6F_7A0B_5ED8_D36B, 0xAD7F_29AB_CAF4_8578,
    0x5798_EE23_08C3_9DF9, 0x12E0_BE82_6D69_4B2E, 0xB7CD_FD9D_7BDB_AB7D, 0x5FD7_FE17_9649_55FD,
    0x1979_9812_DEA1_1197, 0xC25C_2684_9768_1C26, 0x6849_B86A_12B9_B01E, 0x203A_F9EE_7561_59B2,
    0xCD2B_297D_889B_C2B6, 0x70EF_5464_6D49_6892, 0x2725_DD1D_243A_BA0E,
  ]

  /// `(high · 2⁶⁴ + low) ÷ 10ⁿ` and its remainder, exactly, for n in 0...18 and `high` below 10ⁿ
  /// (so that the quotient fits in 64 bits). `divisor` is 10ⁿ itself.
  @inline(__always)
  static func divide(
    high: UInt64, low: UInt64, exponent: Int, divisor: UInt64
  ) -> (quotient: UInt64, remainder: UInt64) {
    let shift = UInt64(divisor.leadingZeroBitCount)
    let normalized = divisor &<< shift
    let upper = high &<< shift | low &>> (64 &- shift)
    let lower = low &<< shift
    let reciprocal = reciprocals[exponent]
    let product = reciprocal.multipliedFullWidth(by: upper)
    let (estimateLow, carry) = product.low.addingReportingOverflow(lower)
    var quotient = product.high &+ upper &+ (carry ? 1 : 0) &+ 1
    var remainder = lower &- quotient &* normalized
    if remainder > estimateLow {
      quotient &-= 1
      remainder &+= normalized
    }
    if remainder >= normalized {
      quotient &+= 1
      remainder &-= normalized
    }
    return (quotient, remainder &>> shift)
  }
}
