import RateCalc
import Testing

@Suite struct MoneyTests {
  @Test func arithmeticBetweenTwoCurrenciesIsAnError() throws {
    let pounds = try Fixtures.money("10", "GBP")
    let dollars = try Fixtures.money("10", "USD")
    #expect(throws: MoneyError.currencyMismatch(pounds.currency.code, dollars.currency.code)) {
      try pounds.adding(dollars)
    }
    #expect(throws: MoneyError.self) { try pounds.subtracting(dollars) }
    #expect(throws: MoneyError.self) { try pounds.isLess(than: dollars) }
    #expect(
      MoneyError.currencyMismatch(pounds.currency.code, dollars.currency.code).message
        == "cannot combine GBP and USD without converting one of them first")
  }

  @Test func sameCurrencyArithmeticIsExact() throws {
    let a = try Fixtures.money("0.1", "GBP")
    let b = try Fixtures.money("0.2", "GBP")
    #expect(try a.adding(b).amount.description == "0.3")
    #expect(try b.subtracting(a).amount.description == "0.1")
  }

  @Test func roundsToTheCurrencysMinorUnit() throws {
    #expect(try Fixtures.money("87.105", "GBP").rounded().amount.description == "87.11")
    #expect(try Fixtures.money("87.105", "GBP").rounded(.halfEven).amount.description == "87.1")
    #expect(try Fixtures.money("15983396.5", "JPY").rounded().amount.description == "15983397")
    #expect(try Fixtures.money("1.0005", "BHD").rounded().amount.description == "1.001")
  }

  @Test(arguments: [
    ("55000", "GBP", "£55,000.00"),
    ("73815.1577", "USD", "$73,815.16"),
    ("15983396.097", "JPY", "JPY 15,983,396"),
    ("-12.5", "EUR", "-€12.50"),
    ("240000", "AED", "AED 240,000.00"),
    ("95000", "CAD", "C$95,000.00"),
    ("6000000", "NGN", "₦6,000,000.00"),
    ("1.2345", "BHD", "BHD 1.235"),
  ])
  func formatsWithSymbolGroupingAndMinorUnits(amount: String, code: String, expected: String) throws {
    let format = MoneyFormat(currencies: Fixtures.currencies)
    #expect(format.string(try Fixtures.money(amount, code)) == expected)
  }
}
