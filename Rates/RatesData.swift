// The anchor of the RatesData target: SwiftPM needs one Swift file to treat Rates/ as a target.
// The EmbedRates plugin adds `BuiltInRates.files` from the data files beside this one.

/// The data files of `Rates/`, compiled into the binary.
public enum BuiltInRates {
  /// One data file: its path inside `Rates/` and its whole text.
  public struct File: Sendable {
    /// The path relative to `Rates/`, such as `exchange/ecb-hist.csv`.
    public let path: String
    /// The file's text, exactly as in the repository.
    public let text: String
  }
}
