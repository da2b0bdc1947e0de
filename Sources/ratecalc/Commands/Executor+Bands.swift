import RateCalc

/// Salary figures for a role, converted at market rates or PPP.
extension Executor {
  mutating func bands(role: Token?, options: ParsedOptions, settings: Settings) throws(CommandFailure) -> Outcome {
    let roleName = role?.text ?? (book.roles.count == 1 ? book.roles[0] : "")
    guard !roleName.isEmpty else {
      throw .calculation(
        "which role? bands \"\(book.roles.first ?? "machine learning engineer")\" (roles: \(book.roles.joined(separator: ", ")))"
      )
    }
    var countryCode: String? = nil
    if let country = settings.country { countryCode = country }
    let figures: [BandFigure]
    do { figures = try book.figures(role: roleName, country: countryCode) } catch {
      if let role { throw .at(role, error.message) }
      throw .calculation(error.message)
    }
    var targets: [Currency] = []
    for token in options.values("in") {
      for part in token.text.split(separator: ",") {
        targets.append(try resolve(String(part), at: token, settings: settings))
      }
    }
    var period: Period? = nil
    if let token = options.value("per") {
      guard let parsed = Period(word: token.text) else {
        throw .at(token, "a period is hour, day, week, month or year")
      }
      period = parsed
    }
    let exchangeOptions = try self.exchangeOptions(options)
    var rows: [BandsListing.Row] = []
    var warnings: [String] = []
    var breakdown = Breakdown()
    var pppLabel: String? = nil
    let pppYear: Int?
    if let token = options.value("ppp") {
      guard let year = Int(token.text) else { throw .at(token, "--ppp takes a year, such as 2024") }
      pppYear = year
    } else {
      pppYear = nil
    }
    for figure in figures {
      var converted: [ConvertedTarget] = []
      let figurePeriod = period ?? figure.period
      let basis = try self.basis(settings, country: figure.country ?? settings.country)
      let band = Band(typical: figure.money.amount, currency: figure.money.currency, period: figure.period)
      if let pppYear {
        guard let country = figure.country else { rows.append(.init(figure: figure, converted: [])); continue }
        let toCountries: [String?] =
          targets.isEmpty
          ? [nil]
          : targets.map { currency in
            book.countries.first { $0.currency == currency && $0.code != country }?.code
              ?? (currency == figure.money.currency ? country : nil)
          }
        for toCountry in toCountries {
          do {
            let result = try BandConversion.ppp(
              band, fromCountry: country, toCountry: toCountry, year: pppYear, book: book)
            pppLabel = "PPP \(pppYear)"
            if let value = result.band.typical {
              converted.append(
                .init(values: [Money(value, result.band.currency)], period: figure.period, exchange: nil, basis: nil))
            }
            for row in result.breakdown.rows { breakdown.use(row) }
          } catch {
            warnings.append("\(country): \(error.message)")
          }
        }
      } else {
        for currency in targets {
          do {
            let result = try BandConversion.convert(
              band, to: currency, period: figurePeriod, basis: basis,
              exchange: exchangeOptions.date == nil ? book.latestExchange : book.exchange, options: exchangeOptions,
              roundTo: settings.roundTo)
            if let value = result.band.typical {
              converted.append(
                .init(values: [Money(value, currency)], period: figurePeriod, exchange: result.exchange, basis: basis))
            }
            for row in result.breakdown.rows { breakdown.use(row) }
            for note in result.breakdown.notes where !note.hasPrefix("periods") && !note.hasPrefix("ends") {
              if !warnings.contains(note) { warnings.append(note) }
            }
          } catch {
            let note = "\(figure.money.currency.code) → \(currency.code): \(error.message)"
            if !warnings.contains(note) { warnings.append(note) }
          }
        }
      }
      breakdown.use(
        .init(
          description: Render.figureTitle(figure), origin: figure.origin, source: figure.sourceID,
          date: figure.year.map(String.init) ?? "year unknown"))
      rows.append(.init(figure: figure, converted: converted))
    }
    let listing = BandsListing(role: figures[0].role, rows: rows, targets: targets, period: period, pppLabel: pppLabel)
    return Outcome(.bands(listing), breakdown: breakdown, warnings: warnings)
  }
}
