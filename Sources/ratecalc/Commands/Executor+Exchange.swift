import RateCalc

/// Conversions between currencies and periods, and the exchange-rate listing.
extension Executor {
  /// The basis for converting between periods: a named convention, the country's calendar, or
  /// 8-hour days and 260 days a year.
  func basis(_ settings: Settings, country: String?) throws(CommandFailure) -> PeriodBasis {
    if let name = settings.basis, let basis = PeriodBasis.convention(named: name) { return basis }
    if let country {
      let (calendar, _) = try self.calendar(settings, country: country)
      let days = try Executor.calculating { () throws(CalculationError) in try calendar.billableDays }
      return try Executor.calculating { () throws(CalculationError) in
        do throws(ArithmeticError) {
          return try .days(
            days, hoursPerDay: calendar.hoursPerDay,
            name: "\(calendar.hoursPerDay) h/day, \(days) days/yr (\(country) \(year(settings)) calendar)")
        } catch { throw .arithmetic(error) }
      }
    }
    let hours = settings.hours ?? Amount(8)
    return try Executor.calculating { () throws(CalculationError) in
      do throws(ArithmeticError) {
        return try .days(Amount(260), hoursPerDay: hours, name: "\(hours) h/day, 260 days/yr")
      } catch {
        throw .arithmetic(error)
      }
    }
  }

  mutating func convert(
    _ term: QuantityTerm, _ targets: [TargetTerm], options: ParsedOptions, settings: Settings
  ) throws(CommandFailure) -> Outcome {
    let (values, period) = try amounts(term, settings: settings)
    let exchangeOptions = try self.exchangeOptions(options)
    var converted: [ConvertedTarget] = []
    var warnings: [String] = []
    var breakdown = Breakdown()
    for target in targets {
      let currency =
        try target.currency.map { (text) throws(CommandFailure) in
          try resolve(text, at: target.token, settings: settings)
        } ?? values[0].currency
      var basis: PeriodBasis? = nil
      if let wanted = target.period, wanted != period {
        guard period != nil else {
          throw .syntax(
            term.error(
              "the amount has no period to convert from: write it per hour, day, month or year, such as \(term.first.text) \(values[0].currency.code)/day"
            ))
        }
        basis = try self.basis(settings, country: settings.country)
      }
      var results: [Money] = []
      var exchange: Conversion? = nil
      for value in values {
        var money = value
        if currency != value.currency {
          do {
            let conversion = try self.exchange(value, to: currency, options: exchangeOptions)
            money = conversion.converted
            exchange = conversion
          } catch {
            throw exchangeFailure(error, target: target.token, options: options)
          }
        }
        if let basis, let from = period, let to = target.period {
          do {
            money = Money(try basis.convert(money.amount, from: from, to: to), currency)
          } catch {
            throw .calculation(error.message)
          }
        }
        results.append(money)
      }
      if let exchange {
        for warning in exchange.warnings where !warnings.contains(warning.message) { warnings.append(warning.message) }
        for leg in exchange.legs {
          breakdown.use(
            .init(
              description: "1 \(leg.base) = \(leg.fromRate) \(leg.from), \(leg.toRate) \(leg.to)", origin: nil,
              source: leg.source.name + (leg.isPeg ? " (peg)" : ""), date: leg.observedOn.description))
        }
      }
      if let basis { breakdown.note("periods converted on \(basis.name)") }
      converted.append(
        ConvertedTarget(values: results, period: target.period ?? period, exchange: exchange, basis: basis))
    }
    breakdown.add("amount", "as given", .money(values[0]))
    for target in converted {
      for value in target.values {
        breakdown.add(
          "in \(value.currency.code)", target.exchange.map { "× \($0.rate?.description ?? "?")" } ?? "same currency",
          .money(value))
      }
    }
    let value = converted.first.flatMap {
      $0.values.count == 1 ? Quantity(money: $0.values[0], period: $0.period) : nil
    }
    return Outcome(
      .conversion(original: values, period: period, targets: converted), breakdown: breakdown, value: value,
      warnings: warnings)
  }

  /// Converts at the requested date; at the latest rates through the newest-row tables (fast to
  /// load), falling back to the full tables for a complete error message.
  func exchange(_ money: Money, to currency: Currency, options: ConversionOptions) throws(ExchangeError) -> Conversion {
    guard options.date == nil else { return try book.exchange.convert(money, to: currency, options: options) }
    do {
      return try book.latestExchange.convert(money, to: currency, options: options)
    } catch {
      return try book.exchange.convert(money, to: currency, options: options)
    }
  }

  /// An exchange error with its caret under the part of the line that caused it, and a hint
  /// where the data simply does not reach.
  func exchangeFailure(_ error: ExchangeError, target: Token, options: ParsedOptions) -> CommandFailure {
    switch error {
    case .noObservation(_, let source, _, let after, let exact):
      var message = error.message
      // Advice to add the full history, unless it is loaded (it starts on the ECB's first day).
      if !exact, let after, let first = Day(year: 1999, month: 1, day: 4), after > first, source.name == "ECB" {
        message += "; add the ECB's full history (eurofxref-hist.csv) with --rates"
      }
      if let date = options.value("on") {
        return .failed(message, position: date.position, length: date.length)
      }
      return .failed(message, position: target.position, length: target.length)
    default:
      return .failed(error.message, position: target.position, length: target.length)
    }
  }

  func rates() -> Outcome {
    let userFiles = Set(book.files.filter(\.isUserFile).map(\.name))
    let tables = book.exchange.tables.map { table in
      RatesListing.Table(
        table: table, ageInDays: table.kind == .peg ? nil : table.newest.map { $0.days(until: today) },
        userFiles: Set(table.sources.map(\.file).filter(userFiles.contains)))
    }
    return Outcome(.rates(RatesListing(tables: tables, staleAfterDays: ConversionOptions().staleAfterDays)))
  }
}
