/// A salary band: low, typical and high, any of them optional, in one currency and period.
public struct Band: Sendable, Equatable {
  /// The low end.
  public var low: Amount?
  /// The typical (average) figure.
  public var typical: Amount?
  /// The high end.
  public var high: Amount?
  /// The currency.
  public var currency: Currency
  /// The period the figures are per.
  public var period: Period

  /// Creates a band.
  public init(low: Amount? = nil, typical: Amount? = nil, high: Amount? = nil, currency: Currency, period: Period) {
    self.low = low
    self.typical = typical
    self.high = high
    self.currency = currency
    self.period = period
  }

  /// An end of a band.
  public enum End: String, Sendable, CaseIterable {
    /// The low end.
    case low
    /// The typical (average) figure.
    case typical
    /// The high end.
    case high
  }

  /// The ends that are present, in order.
  public var ends: [(end: End, amount: Amount)] {
    End.allCases.compactMap { end in self[end].map { (end, $0) } }
  }

  /// One end, if present.
  public subscript(end: End) -> Amount? {
    get {
      switch end {
      case .low: low
      case .typical: typical
      case .high: high
      }
    }
    set {
      switch end {
      case .low: low = newValue
      case .typical: typical = newValue
      case .high: high = newValue
      }
    }
  }
}

/// A band expressed in another currency and period.
public struct ConvertedBand: Sendable {
  /// The converted band.
  public let band: Band
  /// The exchange result (rate, date, source); `nil` for the same currency or a PPP view.
  public let exchange: Conversion?
  /// The steps and data rows.
  public let breakdown: Breakdown
}

/// Converts bands between currencies (at market rates, on a date) and periods (through a
/// basis), or through PPP factors, always labelled as PPP and never mixed with market rates.
public enum BandConversion {
  /// The band in another currency (at the exchange book's rates on the options' date) and period.
  /// - Parameters:
  ///   - roundTo: round each end to the nearest multiple (500 for annual figures), after conversion.
  public static func convert(
    _ band: Band, to currency: Currency, period: Period, basis: PeriodBasis, exchange: ExchangeBook,
    options: ConversionOptions, roundTo: Amount? = nil
  ) throws(CalculationError) -> ConvertedBand {
    try convert(band, to: currency, period: period, basis: basis, options: options, roundTo: roundTo) {
      (money, currency, options) throws(ExchangeError) in try exchange.convert(money, to: currency, options: options)
    }
  }

  /// The band in another currency and period, at the rates the book chooses for the options
  /// (see ``RateBook/convert(_:to:options:)``).
  public static func convert(
    _ band: Band, to currency: Currency, period: Period, basis: PeriodBasis, book: RateBook,
    options: ConversionOptions, roundTo: Amount? = nil
  ) throws(CalculationError) -> ConvertedBand {
    try convert(band, to: currency, period: period, basis: basis, options: options, roundTo: roundTo) {
      (money, currency, options) throws(ExchangeError) in try book.convert(money, to: currency, options: options)
    }
  }

  private static func convert(
    _ band: Band, to currency: Currency, period: Period, basis: PeriodBasis, options: ConversionOptions,
    roundTo: Amount?, exchange: (Money, Currency, ConversionOptions) throws(ExchangeError) -> Conversion
  ) throws(CalculationError) -> ConvertedBand {
    var breakdown = Breakdown()
    var conversion: Conversion? = nil
    var result = Band(currency: currency, period: period)
    for (end, amount) in band.ends {
      var value = amount
      if currency != band.currency {
        let converted: Conversion
        do {
          converted = try exchange(Money(amount, band.currency), currency, options)
        } catch {
          throw .exchange(error)
        }
        value = converted.converted.amount
        conversion = converted
      }
      do { value = try basis.convert(value, from: band.period, to: period) } catch { throw .arithmetic(error) }
      if let step = roundTo {
        do { value = try value.rounded(toMultipleOf: step, mode: .halfUp) } catch { throw .arithmetic(error) }
      }
      result[end] = value
      breakdown.add(
        end.rawValue, "\(amount) \(band.currency.code)/\(band.period.rawValue) → \(currency.code)/\(period.rawValue)",
        .rate(Money(value, currency), period))
    }
    if let conversion {
      for leg in conversion.legs {
        breakdown.use(
          .init(
            description: "\(leg.from)→\(leg.to) \(leg.isPeg ? "peg" : "rate") \(leg.toRate) per \(leg.fromRate)",
            origin: nil, source: leg.source.name, date: leg.observedOn.description))
      }
      for warning in conversion.warnings { breakdown.note(warning.message, kind: .warning) }
    }
    if band.period != period {
      breakdown.note("periods converted on \(basis.name)", kind: .detail)
    }
    if let roundTo { breakdown.note("ends rounded to the nearest \(roundTo)", kind: .detail) }
    return ConvertedBand(band: result, exchange: conversion, breakdown: breakdown)
  }

  /// The band through PPP factors of a year: to international dollars (`toCountry` nil) or to
  /// another country's local currency at that country's PPP.
  ///
  /// `international $ = local ÷ PPP(from)`; `other local = international $ × PPP(to)`.
  public static func ppp(
    _ band: Band, fromCountry: String, toCountry: String?, year: Int, book: RateBook
  ) throws(CalculationError) -> ConvertedBand {
    let from: PPPFactor
    do { from = try book.pppFactor(fromCountry, year: year) } catch { throw .market(error) }
    guard from.currency == band.currency else {
      throw .currencyMismatch(
        expected: from.currency.code, got: band.currency.code, hint: "\(fromCountry)'s PPP factor is for")
    }
    var breakdown = Breakdown()
    breakdown.use(
      .init(
        description: "\(fromCountry) PPP \(year): \(from.factor) \(from.currency.code) per international $",
        origin: from.origin, source: from.sourceID, date: String(year)))
    var to: PPPFactor? = nil
    if let toCountry {
      do { to = try book.pppFactor(toCountry, year: year) } catch { throw .market(error) }
      if let to {
        breakdown.use(
          .init(
            description: "\(toCountry) PPP \(year): \(to.factor) \(to.currency.code) per international $",
            origin: to.origin, source: to.sourceID, date: String(year)))
      }
    }
    // International dollars are written as USD amounts, labelled as PPP.
    let targetCurrency = to?.currency ?? (book.currencies.currency(.usd) ?? band.currency)
    var result = Band(currency: targetCurrency, period: band.period)
    for (end, amount) in band.ends {
      let value = try Exact.scale(amount, by: to?.factor ?? .one, over: from.factor)
      result[end] = value
      let formula =
        to == nil ? "\(amount) ÷ \(from.factor)" : "\(amount) ÷ \(from.factor) × \(to?.factor ?? .one)"
      breakdown.add(end.rawValue, formula, .rate(Money(value, targetCurrency), band.period))
    }
    let label =
      toCountry.map { "PPP \(year), \($0) \(targetCurrency.code) at purchasing-power parity" }
      ?? "PPP \(year), international $"
    breakdown.note("\(label): not a market exchange rate", kind: .detail)
    return ConvertedBand(band: result, exchange: nil, breakdown: breakdown)
  }
}
