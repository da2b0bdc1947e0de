import RateCalc
import Testing

@Suite struct AmountParserTests {
  func single(_ text: String) throws -> WrittenAmount {
    let quantity = try AmountParser.parse(text)
    #expect(quantity.amounts.count == 1, "expected one amount from \(text)")
    return try #require(quantity.amounts.first)
  }

  @Test(
    arguments: [
      ("55000", "55000", nil),
      ("55,000", "55000", nil),
      ("55000.50", "55000.5", nil),
      ("55k", "55000", nil),
      ("55K", "55000", nil),
      ("1.2m", "1200000", nil),
      ("2bn", "2000000000", nil),
      ("£55k", "55000", "£"),
      ("€50,000", "50000", "€"),
      ("50€", "50", "€"),
      ("55 000", "55000", nil),
      ("1,234,567.89", "1234567.89", nil),
      ("US$120k", "120000", "US$"),
      ("C$95k", "95000", "C$"),
      ("R450k", "450000", "R"),
      ("₦6m", "6000000", "₦"),
      ("-12.5", "-12.5", nil),
      ("£-5", "-5", "£"),
      ("0.000000000000000001", "0.000000000000000001", nil),
    ] as [(String, String, String?)])
  func readsAmountsAsPeopleWriteThem(text: String, value: String, currency: String?) throws {
    let amount = try single(text)
    #expect(amount.value.description == value)
    #expect(amount.currencyText == currency)
  }

  @Test(
    arguments: [
      ("40k-90k", "40000", "90000", nil),
      ("£40k–£90k", "40000", "90000", "£"),
      ("$33-$106", "33", "106", "$"),
      ("40k - 90k", "40000", "90000", nil),
      ("€30,000—€60,000", "30000", "60000", "€"),
      ("33-106 ", "33", "106", nil),
    ] as [(String, String, String, String?)])
  func readsRanges(text: String, low: String, high: String, currency: String?) throws {
    guard case .range(let from, let to) = try AmountParser.parse(text) else {
      Issue.record("expected a range from \(text)")
      return
    }
    #expect(from.value.description == low)
    #expect(to.value.description == high)
    #expect(from.currencyText == currency)
  }

  @Test(arguments: [
    ("1,1476", 2, "',' at position 2 is not a thousands separator"),
    ("12abc", 3, "unexpected 'a' at position 3"),
    ("1..2", 3, "unexpected '.' at position 3"),
    ("1.2.3", 4, "unexpected '.' at position 4"),
    ("12,34", 3, "',' at position 3 is not a thousands separator"),
    ("1234,567", 5, "',' at position 5 is not a thousands separator"),
    ("abc", 4, "expected a number at position 4"),
    ("", 1, "expected an amount"),
    ("12km", 4, "unexpected 'm' at position 4"),
    ("5.", 3, "expected a digit after the decimal point"),
    ("90k-40k", 1, "a range goes from low to high"),
    ("£40k-$90k", 6, "a range has one currency"),
  ])
  func rejectsMalformedTextNamingTheCharacterAndPosition(text: String, position: Int, message: String) {
    do {
      _ = try AmountParser.parse(text)
      Issue.record("\(text) should not parse")
    } catch {
      #expect(error.position == position)
      #expect(error.message.hasPrefix(message), "\(error.message)")
    }
  }

  @Test func plainNumbersForDataFilesRejectSeparatorsAndMultipliers() {
    #expect(throws: SyntaxError.self) { try Amount(parsing: "1,1476") }
    #expect(throws: SyntaxError.self) { try Amount(parsing: "55k") }
    #expect(throws: SyntaxError.self) { try Amount(parsing: " 1.5") }
    #expect(throws: SyntaxError.self) { try Amount(parsing: "N/A") }
    #expect(throws: SyntaxError.self) { try Amount(parsing: "0.0000000000000000001") }
  }
}
