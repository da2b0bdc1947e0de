import RateCalc

/// An option's or setting's value, read by its kind.
enum OptionValue {
  /// A flag was given.
  case flag
  /// A number or a share (as a fraction).
  case number(Amount)
  /// A date.
  case date(Day)
  /// A month.
  case month(PayMonth)
  /// A year.
  case year(Int)
  /// A period.
  case period(Period)
  /// An amount as written.
  case money(QuantityTerm)
  /// A currency, country, chosen word (its value) or free text.
  case text(String)
  /// Words separated by commas: `USD,EUR`.
  case list([String])
}
