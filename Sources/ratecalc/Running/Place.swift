import RateCalc

/// The country and year a result is for, as data; renderers write the words
/// ("United Kingdom, 2026/27").
struct Place {
  /// The country's profile, `nil` without a country.
  let country: CountryProfile?
  /// The year, by the calendar year its contribution year starts in.
  let year: Int

  /// The contribution years of the country (January to December without one).
  var years: ContributionYear { ContributionYear(startMonth: country?.contributionYearStart ?? 1) }
}
