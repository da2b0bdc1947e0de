import RateCalc

/// The inputs a user can set for the session (`set country DE`) or for one command
/// (`--country DE`), typed. Unset ones fall back to the country profile or ratecalc's defaults.
/// ``SettingsTable`` says how each is read, cleared and shown.
struct Settings {
  var currency: Currency?
  var country: String?
  /// Several countries side by side (`--country DE,ES,GB`); empty for one.
  var countries: [String] = []
  /// The most countries one command shows side by side.
  static let maximumCountries = 20
  /// The number of salary payments a year (`--payments 14`), when set.
  var payments: Int?
  var region: String?
  var year: Int?
  var hours: Amount?
  var leave: Amount?
  var holidays: Amount?
  var sick: Amount?
  var training: Amount?
  var utilisation: Amount?
  var weekdays260 = false
  var basis: String?
  var dollar: CurrencyCode?
  var expenses: Amount?
  var benefits: Amount?
  var overhead: Amount?
  var margin: Amount?
  var markup: Amount?
  var fee: Amount?
  var roundTo: Amount?
  var recruiting: Amount?
  var tenure: Amount?
  var agency: Amount?
  var rampUp: Amount?
  var notice: Amount?
  var noticePaid = false
  var start: PayMonth?
  var staff: Int?
  var payroll: Amount?
  var state: String?
  var nationality: EmployerSituation.Nationality?
  var round: RoundingMode = .standard

  /// The employer situation these settings describe (ratecalc's defaults for what is unset).
  var situation: EmployerSituation {
    EmployerSituation(
      staff: staff ?? EmployerSituation.defaultStaff, payroll: payroll, state: state,
      nationality: nationality ?? .expatriate)
  }
}
