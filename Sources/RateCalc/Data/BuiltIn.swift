import RatesData

/// The data compiled into ratecalc from `Rates/`.
public enum BuiltIn {
  /// The text of a file in `Rates/`, such as `currencies.csv`.
  public static func text(of path: String) -> String? {
    BuiltInRates.files.first { $0.path == path }?.text
  }

  /// Reads the ISO 4217 currencies of `Rates/currencies.csv`.
  /// - Throws: ``DataFileError`` if the shipped file is malformed (the tests make sure it is not).
  public static func loadCurrencies() throws(DataFileError) -> CurrencyTable {
    guard let text = text(of: "currencies.csv") else {
      throw DataFileError(
        file: "Rates/currencies.csv", line: 1, column: 1, text: "", reason: "the file is missing from the build")
    }
    return try CurrencyTable(csv: text, file: "Rates/currencies.csv")
  }
}
