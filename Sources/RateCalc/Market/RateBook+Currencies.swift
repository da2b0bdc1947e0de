/// Which exchange tables hold a currency.
extension RateBook {
  /// The sources of the exchange tables that can convert a currency at the latest rates (its
  /// base or one of its quotes), each once: `["ECB"]`, or none when no table has it.
  public func exchangeSources(of currency: Currency) -> [String] {
    var names: [String] = []
    for table in latestExchange.tables where table.base == currency.code || table.quoted.contains(currency.code) {
      if !names.contains(table.source.name) { names.append(table.source.name) }
    }
    return names
  }
}
