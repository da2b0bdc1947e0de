import RateCalc
import TestSupport
import Testing

@Suite struct AmountTests {
  func amount(_ text: String) throws -> Amount { try Amount(parsing: text) }

  @Test(arguments: [
    ("87.105", 2, RoundingMode.halfUp, "87.11"),
    ("87.105", 2, .halfEven, "87.1"),
    ("87.115", 2, .halfEven, "87.12"),
    ("-87.105", 2, .halfUp, "-87.11"),
    ("-87.105", 2, .halfEven, "-87.1"),
    ("2.5", 0, .halfEven, "2"),
    ("3.5", 0, .halfEven, "4"),
    ("2.5", 0, .halfUp, "3"),
    ("0.004999", 2, .halfUp, "0"),
    ("15983396.097", 0, .halfUp, "15983396"),
    ("1.0005", 3, .halfUp, "1.001"),
  ])
  func roundsToPlacesInEachMode(text: String, places: Int, mode: RoundingMode, expected: String) throws {
    #expect(try amount(text).rounded(places: places, mode: mode).description == expected)
  }

  @Test func keepsEighteenDecimalsExactly() throws {
    let value = try amount("0.000000000000000001")
    #expect(value.units == 1)
    #expect(try value.adding(value).description == "0.000000000000000002")
  }

  @Test func multipliesAndDividesWithOneHalfEvenRoundingAtTheEighteenthPlace() throws {
    #expect(try amount("55000").divided(by: amount("1950")).description == "28.205128205128205128")
    #expect(try amount("1").divided(by: amount("3")).description == "0.333333333333333333")
    #expect(try amount("2").divided(by: amount("3")).description == "0.666666666666666667")
    #expect(try amount("1.1684").multiplied(by: amount("0.87058")).description == "1.017185672")
  }

  @Test func productDividedDividesOnce() throws {
    let value = try Amount.product(amount("55000"), amount("1.1684"), dividedBy: amount("0.87058"))
    #expect(value.description == "73815.157710951319809782")
  }

  @Test func divisionByZeroIsAnErrorNotATrap() throws {
    #expect(throws: ArithmeticError.divisionByZero) { try amount("1").divided(by: .zero) }
    #expect(throws: ArithmeticError.divisionByZero) {
      try amount("1").rounded(toMultipleOf: .zero, mode: .halfUp)
    }
  }

  @Test func overflowIsReportedAtTheStatedMaximum() throws {
    #expect(Amount.maximum.description == "99999999999999999999.999999999999999999")
    #expect(throws: ArithmeticError.overflow) { try Amount.maximum.adding(amount("0.000000000000000001")) }
    #expect(throws: ArithmeticError.overflow) { try Amount.maximum.negated.subtracting(.one) }
    #expect(throws: ArithmeticError.overflow) { try amount("10000000000").multiplied(by: amount("10000000000")) }
    #expect(throws: ArithmeticError.overflow) {
      try amount("1").divided(by: amount("0.000000000000000001")).multiplied(by: amount("1000"))
    }
    #expect(try amount("99999999999999999999").description == "99999999999999999999")
  }

  @Test func aFourHundredDigitAmountIsAnErrorNotACrash() {
    let text = String(repeating: "9", count: 400)
    #expect(throws: SyntaxError.self) { try Amount(parsing: text) }
    #expect(throws: SyntaxError.self) { try AmountParser.parse("£" + text) }
  }

  @Test func formatsWithGroupingAndFixedPlaces() throws {
    #expect(try amount("73815.157710951").text(places: 2, grouping: true) == "73,815.16")
    #expect(try amount("1234567").text(places: 0, grouping: true) == "1,234,567")
    #expect(try amount("-0.5").text(places: 2) == "-0.50")
    #expect(try amount("999.995").text(places: 2, grouping: true) == "1,000.00")
    #expect(try amount("87.105").text(places: 2, mode: .halfEven) == "87.10")
  }

  /// The text of a value from the decimal digits of its units, the slow and obvious way.
  func reference(_ value: Amount, places: Int, grouping: Bool) -> String {
    let digits = String(value.units.magnitude)
    let padded = String(repeating: "0", count: max(0, 19 - digits.count)) + digits
    var whole = String(padded.dropLast(18))
    let fraction = String(padded.suffix(18).prefix(places))
    if grouping {
      var grouped = ""
      for (index, digit) in whole.enumerated() {
        if index > 0 && (whole.count - index) % 3 == 0 { grouped += "," }
        grouped.append(digit)
      }
      whole = grouped
    }
    return (value.isNegative ? "-" : "") + whole + (places > 0 ? "." + fraction : "")
  }

  /// Formatting writes bytes into a buffer, with a 64-bit path below 2⁶⁴ whole units and another
  /// above: across the whole range, signs, every number of places and both modes, it writes the
  /// digits the units hold.
  @Test func theFastWriterWritesTheDigitsTheUnitsHold() throws {
    var random = SeededGenerator(seed: 4_217)
    let extremes: [Int128] = [0, 1, -1, 999_999_999_999_999_999, Amount.maximum.units, -Amount.maximum.units]
    for round in 0..<20_000 {
      let bits = Int128(random.next()) << 64 | Int128(random.next())
      let units = round < extremes.count ? extremes[round] : bits % Amount.maximum.units >> random.int(in: 0...120)
      let value = try Amount(units: units)
      let places = random.int(in: 0...18)
      let mode = random.element(of: RoundingMode.allCases)
      let grouping = random.next() & 1 == 0
      let rounded = value.rounded(places: places, mode: mode)
      #expect(
        value.text(places: places, mode: mode, grouping: grouping)
          == reference(rounded, places: places, grouping: grouping))
      var exact = reference(value, places: 18, grouping: false)
      while exact.hasSuffix("0") && exact.contains(".") { exact.removeLast() }
      if exact.hasSuffix(".") { exact.removeLast() }
      #expect(value.description == (exact == "-0" ? "0" : exact))
    }
  }

  @Test func roundsToAMultiple() throws {
    #expect(try amount("612.4").rounded(toMultipleOf: amount("5"), mode: .halfUp).description == "610")
    #expect(try amount("612.5").rounded(toMultipleOf: amount("5"), mode: .halfUp).description == "615")
    #expect(try amount("48730").rounded(toMultipleOf: amount("500"), mode: .halfUp).description == "48500")
  }

  @Test func mantissaAndPlaces() throws {
    #expect(try Amount(mantissa: 87105, places: 3) == amount("87.105"))
    #expect(throws: ArithmeticError.overflow) { try Amount(mantissa: 1, places: 19) }
  }
}

/// Products whose quotient is the largest 128-bit number before rounding up: an overflow error,
/// never a trap (issue 9: the rounding step used to increment past `UInt128.max`).
@Suite struct AmountRoundingAtTheLimitTests {
  @Test func roundingUpAtTheLargestQuotientIsAnOverflow() throws {
    let rate = try Amount(parsing: "85070591730234615653.167172532355513731")
    let days = try Amount(parsing: "4.00000000000000001")
    #expect(throws: ArithmeticError.overflow) { try rate.multiplied(by: days) }
    #expect(throws: ArithmeticError.overflow) { try Amount.product(rate, days, dividedBy: .one) }
    #expect(throws: ArithmeticError.overflow) { try Amount.maximum.multiplied(by: Amount.maximum) }
  }

  /// Extremes through every operation: a result or an error, for every pair.
  @Test func everyOperationOnExtremesReturnsOrThrows() throws {
    let extremes: [Amount] = [
      .zero, .one, try Amount(units: 1), .maximum, try Amount(units: -Amount.maximum.units), try Amount(parsing: "0.5"),
      try Amount(parsing: "99999999999999999999.999999999999999999"), try Amount(parsing: "4.00000000000000001"),
    ]
    for a in extremes {
      for b in extremes {
        _ = try? a.adding(b)
        _ = try? a.subtracting(b)
        _ = try? a.multiplied(by: b)
        _ = try? a.divided(by: b)
        for c in extremes { _ = try? Amount.product(a, b, dividedBy: c) }
        #expect(a.rounded(places: 2, mode: .halfUp).units.magnitude <= Amount.maximum.units.magnitude)
      }
    }
  }
}
