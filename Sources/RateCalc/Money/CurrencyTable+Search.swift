/// Finding currencies by what a user remembers of them: part of a code, a symbol, or words of
/// the name.
extension CurrencyTable {
  /// The currencies whose code starts with `text`, whose symbol is `text`, or whose name has a
  /// word starting with each word of `text` (any case), by code; withdrawn ones only when asked.
  /// An empty text matches every currency.
  public func matching(_ text: String, includingWithdrawn: Bool = false) -> [Currency] {
    let lowered = text.lowercased()
    let words = lowered.split(separator: " ").map(String.init)
    return all.filter { currency in
      guard includingWithdrawn || currency.withdrawn == nil else { return false }
      if words.isEmpty { return true }
      if currency.code.description.lowercased().hasPrefix(lowered) { return true }
      if !currency.symbol.isEmpty && currency.symbol == text || currency.alternateSymbols.contains(text) {
        return true
      }
      let name = currency.name.lowercased().split { !$0.isLetter && !$0.isNumber }
      return words.allSatisfy { word in name.contains { $0.hasPrefix(word) } }
    }
  }
}
