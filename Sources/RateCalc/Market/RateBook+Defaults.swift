/// The answers the tool would otherwise repeat: which exchange tables answer a conversion, and
/// the year a calculation reads when none is given.
extension RateBook {
  /// Converts money at the options' date. At the latest rates the newest-row tables answer (fast
  /// to load); when they cannot, the full tables answer, so an error names everything they hold.
  public func convert(_ money: Money, to currency: Currency, options: ConversionOptions) throws(ExchangeError)
    -> Conversion
  {
    if let day = options.date {
      // The rows around the day answer; the full tables only for a complete error message.
      do { return try exchange(around: day).convert(money, to: currency, options: options) } catch {
        return try exchange.convert(money, to: currency, options: options)
      }
    }
    do {
      return try latestExchange.convert(money, to: currency, options: options)
    } catch {
      return try exchange.convert(money, to: currency, options: options)
    }
  }

  /// The year a calculation for a country reads when none is given: today's, in the country's
  /// own contribution year (on 14 April 2026 that is 2026/27 in the UK and FY2025-26 in Australia),
  /// or the calendar year without a country or a profile.
  public func defaultYear(country: String?, today: Day) -> Int {
    guard let country, let profile = try? profile(country, year: today.year).value else { return today.year }
    return ContributionYear(startMonth: profile.contributionYearStart).year(of: PayMonth(today))
  }

  /// The contribution years of a country (January to December without a profile).
  public func contributionYears(of country: String?) -> ContributionYear {
    let profile = country.flatMap { code in countries.first { $0.code == code } }
    return ContributionYear(startMonth: profile?.contributionYearStart ?? 1)
  }
}
