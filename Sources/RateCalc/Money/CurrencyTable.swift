/// Every currency ratecalc knows, and how to find one from what the user typed.
///
/// Built from `Rates/currencies.csv` (ISO 4217 with RubyMoney's symbols). Resolves codes in any
/// case (`gbp`), and symbols: `£`, `€`, `$` (USD unless another dollar is chosen), `US$`,
/// `C$`/`CA$`, `A$`/`AU$`, `NZ$`, `R` (ZAR), `₦` (NGN). A symbol several currencies share with no
/// usual owner, such as `¥` (JPY or CNY), is an error that lists them.
public struct CurrencyTable: Sendable {
  /// The look-ups, in one shared object: a table is copied into every book and format, and one
  /// reference counts once where five collections counted five times.
  private final class Storage: Sendable {
    let byCode: [CurrencyCode: Currency]
    let bySymbol: [String: [CurrencyCode]]
    /// ``displaySymbol(for:)`` of every currency in the table that has one, worked out once:
    /// money is formatted far more often than tables are made. Found by ``CodeIndex`` rather
    /// than a dictionary: no hashing for each figure shown.
    let displaySymbolIndex: CodeIndex
    /// The symbols, in the index's order.
    let displaySymbolList: [String]

    init(
      byCode: [CurrencyCode: Currency], bySymbol: [String: [CurrencyCode]], displaySymbolIndex: CodeIndex,
      displaySymbolList: [String]
    ) {
      self.byCode = byCode
      self.bySymbol = bySymbol
      self.displaySymbolIndex = displaySymbolIndex
      self.displaySymbolList = displaySymbolList
    }
  }

  private let storage: Storage
  private var byCode: [CurrencyCode: Currency] { storage.byCode }
  private var bySymbol: [String: [CurrencyCode]] { storage.bySymbol }

  /// Currencies most people mean, first in suggestions and owners of shared symbols.
  static let common: [String] = [
    "USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "CNY", "NZD", "SEK", "NOK", "DKK", "INR",
    "ZAR", "AED", "NGN", "SGD", "HKD", "PLN", "CZK", "BRL", "MXN",
  ]

  /// The usual owner of a symbol several currencies share.
  static let symbolOwners: [String: String] = [
    "$": "USD", "£": "GBP", "€": "EUR", "R": "ZAR", "C$": "CAD",
  ]

  /// Creates a table from currency records.
  public init(_ currencies: [Currency]) {
    var byCode: [CurrencyCode: Currency] = [:]
    byCode.reserveCapacity(currencies.count)
    var bySymbol: [String: [CurrencyCode]] = [:]
    bySymbol.reserveCapacity(currencies.count)
    for currency in currencies {
      byCode[currency.code] = currency
      guard currency.withdrawn == nil else { continue }
      var symbols: [String] = []
      for symbol in [currency.symbol, currency.distinctSymbol] + currency.alternateSymbols
      where !symbol.isEmpty && !symbols.contains(symbol) && CurrencyCode(symbol) == nil {
        symbols.append(symbol)
        bySymbol[symbol, default: []].append(currency.code)
      }
    }
    let sortedBySymbol = bySymbol.mapValues { $0.count > 1 ? $0.sorted() : $0 }
    var displaySymbols: [CurrencyCode: String] = [:]
    for currency in currencies {
      displaySymbols[currency.code] = CurrencyTable.chooseDisplaySymbol(for: currency, bySymbol: sortedBySymbol)
    }
    let symbols = displaySymbols.sorted { $0.key < $1.key }
    storage = Storage(
      byCode: byCode, bySymbol: sortedBySymbol, displaySymbolIndex: CodeIndex(symbols.map(\.key)),
      displaySymbolList: symbols.map(\.value))
  }

  /// Every currency, active and withdrawn, by code.
  public var all: [Currency] { byCode.values.sorted { $0.code < $1.code } }

  /// The currency with this code, active or withdrawn.
  public func currency(_ code: CurrencyCode) -> Currency? { byCode[code] }

  /// The currency with this code, or an error with the nearest known codes.
  public func currency(code text: String) throws(CurrencyError) -> Currency {
    if let code = CurrencyCode(text), let currency = byCode[code] { return currency }
    throw .unknown(text, suggestions: suggestions(for: text))
  }

  /// Resolves a code or symbol as the user typed it.
  /// - Parameters:
  ///   - text: `GBP`, `gbp`, `£`, `US$`, `C$`…
  ///   - dollar: the currency a bare `$` means (USD unless the user chose another).
  public func resolve(_ text: String, dollar: CurrencyCode? = nil) throws(CurrencyError) -> Currency {
    if text == "$", let dollar, let currency = byCode[dollar] { return currency }
    if let code = CurrencyCode(text), let currency = byCode[code] { return currency }
    if let owners = bySymbol[text] {
      if owners.count == 1, let only = owners.first, let currency = byCode[only] { return currency }
      if let owner = CurrencyTable.symbolOwners[text], let code = CurrencyCode(owner),
        let currency = byCode[code]
      {
        return currency
      }
      let ranked = owners.sorted { rank($0) < rank($1) }
      throw .ambiguousSymbol(text, candidates: ranked.map(\.description))
    }
    if let (search, named) = named(text) {
      let ranked = named.map(\.code).sorted { (rank($0), $0) < (rank($1), $1) }.map(\.description)
      throw .named(text, codes: ranked, search: search)
    }
    throw .unknown(text, suggestions: suggestions(for: text))
  }

  /// The most codes a currency named by a word offers in its error.
  static let namedCodesShown = 5

  /// The active currencies with a whole word of their name equal to `text` (`dollar`, `yen`;
  /// `pounds` as `pound`), with that word; `nil` for text that is not a word of 3 to 40 letters,
  /// or finds none.
  private func named(_ text: String) -> (search: String, currencies: [Currency])? {
    guard text.count >= 3, text.count <= 40, text.allSatisfy(\.isLetter) else { return nil }
    let lowered = text.lowercased()
    for word in [lowered, lowered.hasSuffix("s") ? String(lowered.dropLast()) : nil].compactMap({ $0 }) {
      let found = all.filter { currency in
        currency.withdrawn == nil
          && currency.name.lowercased().split { !$0.isLetter }.contains { $0 == word }
      }
      if !found.isEmpty { return (word, found) }
    }
    return nil
  }

  private func rank(_ code: CurrencyCode) -> Int {
    CurrencyTable.common.firstIndex(of: code.description) ?? CurrencyTable.common.count
  }

  /// The codes nearest to an unknown one.
  public func suggestions(for text: String) -> [String] {
    // Common currencies first, so that ties favour them; built only when a code was not found.
    // Active currencies before withdrawn ones: a withdrawn code is suggested only for a mistyped
    // code (`DEX`: DEM) with no active one as near, never for a word (`rate` is not ATS).
    let common = CurrencyTable.common
    let commonSet = Set(common)
    let others = byCode.values.filter { !commonSet.contains($0.code.description) }.sorted { $0.code < $1.code }
    let maximum = text.count <= 3 ? 1 : 2
    let active = common + others.filter { $0.withdrawn == nil }.map(\.code.description)
    let found = EditDistance.suggestions(for: text.uppercased(), among: active, maximum: maximum)
    guard found.isEmpty, text.count == 3 else { return found }
    let withdrawn = others.filter { $0.withdrawn != nil }.map(\.code.description)
    return EditDistance.suggestions(for: text.uppercased(), among: withdrawn, maximum: maximum)
  }

  /// The symbol to print before an amount in `currency`: its own symbol where that is a currency
  /// sign no other currency uses as its main one (`£`, `€`, `₦`), `$` for USD, its distinct
  /// symbol where it shares one (`C$`, `A$`), and otherwise nothing (the code is printed instead).
  public func displaySymbol(for currency: Currency) -> String? {
    if let index = storage.displaySymbolIndex.index(of: currency.code) { return storage.displaySymbolList[index] }
    return byCode[currency.code] == nil ? CurrencyTable.chooseDisplaySymbol(for: currency, bySymbol: bySymbol) : nil
  }

  /// Whether a symbol reads as a sign beside a number: currency signs and capital letters, at
  /// least one sign (`$`, `C$`, `€`; not `kr` or `Fr`). ASCII symbols are read as bytes (the only
  /// ASCII currency sign is `$`); the Unicode properties answer for the rest.
  static func isSign(_ symbol: String) -> Bool {
    if symbol.utf8.allSatisfy({ $0 < 0x80 }) {
      return symbol.utf8.contains(UInt8(ascii: "$"))
        && symbol.utf8.allSatisfy { $0 == UInt8(ascii: "$") || $0 &- UInt8(ascii: "A") < 26 }
    }
    return symbol.allSatisfy { $0.isCurrencySymbol || ($0.isASCII && $0.isUppercase) }
      && symbol.contains { $0.isCurrencySymbol }
  }

  private static func chooseDisplaySymbol(for currency: Currency, bySymbol: [String: [CurrencyCode]]) -> String? {
    /// Whether `symbol` is a sign that only this currency uses, or that it is the usual owner of.
    func isOwn(_ symbol: String) -> Bool {
      // Most withdrawn currencies have no symbol: no look-ups for them.
      guard !symbol.isEmpty, isSign(symbol) else { return false }
      return (bySymbol[symbol]?.count ?? 0) <= 1 || CurrencyTable.symbolOwners[symbol] == currency.code.description
    }
    let symbol = currency.symbol
    if isOwn(symbol) { return symbol }
    let distinct = currency.distinctSymbol
    return isOwn(distinct) ? distinct : nil
  }
}

/// A currency the user named that ratecalc cannot use.
public enum CurrencyError: Error, Equatable, Sendable {
  /// No currency has this code or symbol; the nearest codes follow.
  case unknown(String, suggestions: [String])
  /// A word of currencies' names (`pounds`), not a code: the codes it may mean (common ones
  /// first) and the word `currencies` finds them all with.
  case named(String, codes: [String], search: String)
  /// The symbol belongs to several currencies; write one of these codes instead.
  case ambiguousSymbol(String, candidates: [String])
  /// The currency was withdrawn before the date asked about.
  case withdrawn(CurrencyCode, since: YearMonth, successor: CurrencyCode?)
  /// ISO lists no minor unit for it (a fund or metal such as XAU), so ratecalc keeps no money in it.
  case noMinorUnit(CurrencyCode)

  /// A one-line message for the user.
  public var message: String {
    switch self {
    case .unknown(let text, let suggestions):
      let hint = suggestions.isEmpty ? "" : " (did you mean \(CurrencyError.list(suggestions))?)"
      return "unknown currency '\(Quoted.text(text))'\(hint)"
    case .named(let text, let codes, let search):
      let shown = Array(codes.prefix(CurrencyTable.namedCodesShown))
      let all = codes.count > shown.count ? " all \(codes.count)" : ""
      return
        "'\(Quoted.text(text))' is not a currency code: write \(CurrencyError.list(shown)) "
        + "(currencies \(search) \(codes.count == 1 ? "shows it" : "lists" + (all.isEmpty ? " them" : all)))"
    case .ambiguousSymbol(let symbol, let candidates):
      return
        "'\(Quoted.text(symbol))' is used by several currencies: write \(CurrencyError.list(candidates, joiner: "or"))"
    case .withdrawn(let code, let since, let successor):
      let replaced = successor.map { ", replaced by \($0)" } ?? ""
      return "\(code) was withdrawn in \(since)\(replaced)"
    case .noMinorUnit(let code):
      return "\(code) is an ISO 4217 fund or metal without a minor unit; ratecalc keeps no money in it"
    }
  }

  static func list(_ items: [String], joiner: String = "or") -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " \(joiner) " + (items.last ?? "")
    }
  }
}
