import RateCalc

/// A JSON value with object keys kept in order, written by hand so that numbers stay exact
/// decimal strings.
indirect enum JSON {
  case object([(String, JSON)])
  case array([JSON])
  case string(String)
  case bool(Bool)
  /// A whole number (a count or a line number), written as a JSON number.
  case integer(Int)
  case null

  /// Compact JSON text.
  var text: String {
    switch self {
    case .object(let members):
      "{" + members.map { JSON.quote($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
    case .array(let items): "[" + items.map(\.text).joined(separator: ",") + "]"
    case .string(let string): JSON.quote(string)
    case .bool(let value): value ? "true" : "false"
    case .integer(let value): String(value)
    case .null: "null"
    }
  }

  static func quote(_ string: String) -> String {
    var out = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let c where c.value < 0x20:
        let hex = String(c.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  static func optional(_ value: String?) -> JSON { value.map { .string($0) } ?? .null }
}

/// Turns results into one JSON document per command, with stable field names: money is
/// `{"currency","amount","exact"}` where `amount` is rounded to the minor unit and `exact` has
/// every digit; other numbers are exact decimal strings.
struct JSONRenderer {
  let rounding: RoundingMode

  func money(_ money: Money) -> JSON {
    .object([
      ("currency", .string(money.currency.code.description)),
      ("amount", .string(money.amount.text(places: money.currency.displayPlaces, mode: rounding))),
      ("exact", .string(money.amount.description)),
    ])
  }

  func money(_ value: Money, per period: Period?) -> JSON {
    guard case .object(var members) = money(value) else { return .null }
    members.append(("per", JSON.optional(period?.rawValue)))
    return .object(members)
  }

  func number(_ value: Amount) -> JSON { .string(value.description) }

  /// A payroll run: each pay period with its pay and charges, and the caps reached.
  func payroll(_ run: PayrollRun) -> JSON {
    let currency = run.input.salary.currency
    return .object([
      ("start", .string(run.input.start.description)),
      (
        "periods",
        .array(
          run.periods.map { period in
            .object([
              ("month", .string(period.month.description)),
              ("contribution_year", .string(run.years.name(period.contributionYear))),
              ("rules_year", .string(run.years.name(period.rulesYear))),
              ("pay", money(Money(period.pay, currency))),
              (
                "charges",
                .array(
                  period.charges.map { charge in
                    .object([
                      ("name", .string(charge.component.name)), ("base", number(charge.base)),
                      ("charge", money(Money(charge.amount, currency))),
                      ("owed_after_a_year", .bool(charge.component.accrual == .service)),
                    ])
                  })
              ),
            ])
          })
      ),
      (
        "caps_reached",
        .array(
          run.capsReached.map { cap in
            .object([("name", .string(cap.name)), ("month", .string(cap.month.description))])
          })
      ),
    ])
  }

  func conversion(_ conversion: Conversion) -> JSON {
    .object([
      ("rate", JSON.optional(conversion.rate?.description)),
      ("requested_date", JSON.optional(conversion.requestedDate?.description)),
      ("date", JSON.optional(conversion.observedOn?.description)),
      (
        "legs",
        .array(
          conversion.legs.map { leg in
            .object([
              ("from", .string(leg.from.description)), ("to", .string(leg.to.description)),
              ("base", .string(leg.base.description)), ("from_rate", number(leg.fromRate)),
              ("to_rate", number(leg.toRate)), ("date", .string(leg.observedOn.description)),
              ("peg", .bool(leg.isPeg)), ("source", .string(leg.source.name)), ("file", .string(leg.source.file)),
            ])
          })
      ),
      ("warnings", .array(conversion.warnings.map { .string($0.message) })),
    ])
  }

  func calendar(_ calendar: WorkingCalendar) -> JSON {
    let days = calendar.shown
    return .object([
      ("weekdays", number(calendar.weekdays)), ("public_holidays", number(calendar.publicHolidays)),
      ("leave", days.map { number($0.leave) } ?? .null), ("sick_days", number(calendar.sickDays)),
      ("training_days", number(calendar.trainingDays)), ("days_worked", days.map { number($0.worked) } ?? .null),
      ("utilisation", number(calendar.utilisation)), ("billable_days", days.map { number($0.billable) } ?? .null),
      ("hours_per_day", number(calendar.hoursPerDay)),
    ])
  }

  func breakdown(_ breakdown: Breakdown) -> JSON {
    .object([
      (
        "steps",
        .array(
          breakdown.steps.map { step in
            .object([("label", .string(step.label)), ("formula", .string(step.formula)), ("value", value(step.value))])
          })
      ),
      (
        "data",
        .array(
          breakdown.rows.map { row in
            .object([
              ("description", .string(row.description)), ("source", .string(row.source)), ("date", .string(row.date)),
              ("file", JSON.optional(row.origin?.file)), ("line", JSON.optional(row.origin.map { String($0.line) })),
              ("confidence", JSON.optional(row.confidence?.word)),
            ])
          })
      ),
      ("notes", .array(breakdown.notes.map { .string($0) })),
    ])
  }

  func value(_ value: Breakdown.Value) -> JSON {
    switch value {
    case .money(let money): self.money(money)
    case .rate(let money, let period): self.money(money, per: period)
    case .days(let days): .object([("days", number(days))])
    case .hours(let hours): .object([("hours", number(hours))])
    case .percent(let fraction): .object([("fraction", number(fraction))])
    case .number(let value): number(value)
    case .text(let text): .string(text)
    }
  }

  func document(_ outcome: Outcome, command: String, explain: Bool) -> JSON {
    var members: [(String, JSON)] = [("command", .string(command))]
    members += body(outcome.result)
    members.append(("warnings", .array(outcome.warnings.map { .string($0) })))
    if explain, let breakdown = outcome.breakdown { members.append(("breakdown", self.breakdown(breakdown))) }
    return .object(members)
  }

  func quote(_ quote: Quote) -> [(String, JSON)] {
    [
      ("income", money(quote.input.income)), ("hourly", money(quote.hourly)), ("daily", money(quote.daily)),
      ("weekly", money(quote.weekly)), ("monthly", money(quote.monthly)), ("annual", money(quote.annual)),
      ("billable_days", number(quote.billableDays)), ("calendar", calendar(quote.input.calendar)),
    ]
  }

  func body(_ result: CommandResult) -> [(String, JSON)] {
    switch result {
    case .conversion(let original, let period, let targets):
      return [
        ("type", .string("conversion")), ("from", .array(original.map { money($0, per: period) })),
        (
          "to",
          .array(
            targets.map { target in
              .object([
                ("values", .array(target.values.map { money($0, per: target.period) })),
                ("exchange", target.exchange.map(conversion) ?? .null),
                ("period_basis", JSON.optional(target.basis?.name)),
              ])
            })
        ),
      ]
    case .quotes(let quotes, let context):
      return [
        ("type", .string("quote")), ("context", .string(context)),
        (
          "quotes",
          .array(
            quotes.map { item in
              var members: [(String, JSON)] = [("title", .string(item.title))]
              if let figure = item.figure {
                members.append(("figure", band(figure)))
              }
              return .object(members + quote(item.quote))
            })
        ),
      ]
    case .salary(let result, let context):
      return [
        ("type", .string("salary_equivalent")), ("context", .string(context)), ("day_rate", money(result.dayRate)),
        ("client_equivalent_salary", money(result.clientEquivalent)),
        ("freelancer_equivalent_salary", money(result.freelancerEquivalent)),
      ]
    case .cost(let cost, let context):
      return [
        ("type", .string("employer_cost")), ("context", .string(context)),
        ("rules_year", .string(String(cost.rulesYear))),
        ("salary", money(cost.input.salary)),
        (
          "contributions",
          .array(
            cost.charges.map { charge in
              .object([
                ("name", .string(charge.component.name)), ("charged_on", number(charge.chargedOn)),
                ("charge", money(charge.charge)), ("confidence", .string(charge.component.confidence.word)),
                ("source", .string(charge.component.sourceID)),
              ])
            })
        ),
        ("total", money(cost.total)), ("multiplier", number(cost.multiplier)),
        ("per_worked_day", money(cost.perWorkedDay)), ("per_worked_hour", money(cost.perWorkedHour)),
        ("calendar", calendar(cost.input.calendar)), ("payroll", payroll(cost.payroll)),
      ]
    case .comparison(let comparison, let months, let context):
      return [
        ("type", .string("comparison")), ("context", .string(context)), ("months", number(months)),
        ("employer_cost", money(comparison.employerCost.total)), ("client_day_rate", money(comparison.clientDayRate)),
        ("employee_total", money(comparison.employeeTotal)), ("freelancer_total", money(comparison.freelancerTotal)),
        ("break_even_day_rate", money(comparison.breakEvenDayRate)),
        ("crossover_month", JSON.optional(comparison.crossoverMonth.map(String.init))),
        (
          "series",
          .array(
            comparison.series.map { month in
              .object([
                ("month", .string(String(month.month))), ("employee", money(month.employee)),
                ("freelancer", money(month.freelancer)),
              ])
            })
        ),
        ("payroll", payroll(comparison.payroll)),
      ]
    case .budget(let budget, let context):
      return [
        ("type", .string("budget")), ("context", .string(context)), ("budget", money(budget.budget)),
        ("freelancer_days", number(budget.freelancerDays)), ("fte_months", number(budget.freelancerFTEMonths)),
        ("salary_for_a_year", money(budget.salaryForAYear)),
        ("months_of_salary", JSON.optional(budget.monthsOfSalary?.description)),
      ]
    case .bands(let listing):
      return [
        ("type", .string("bands")), ("role", .string(listing.role)), ("ppp", JSON.optional(listing.pppLabel)),
        (
          "figures",
          .array(
            listing.rows.map { row in
              guard case .object(var members) = band(row.figure) else { return .null }
              members.append(
                (
                  "converted",
                  .array(
                    row.converted.map { converted in
                      .object([
                        ("values", .array(converted.values.map { money($0, per: converted.period) })),
                        ("exchange", converted.exchange.map(conversion) ?? .null),
                      ])
                    })
                ))
              return .object(members)
            })
        ),
      ]
    case .rates(let listing):
      return [
        ("type", .string("rates")),
        (
          "tables",
          .array(
            listing.tables.map { entry in
              .object([
                ("source", .string(entry.table.source.name)), ("file", .string(entry.table.source.file)),
                ("files", .array(entry.table.sources.map { .string($0.file) })),
                ("base", .string(entry.table.base.description)), ("kind", .string(entry.table.kind.rawValue)),
                ("oldest", JSON.optional(entry.table.oldest?.description)),
                ("newest", JSON.optional(entry.table.newest?.description)),
                ("currencies", .array(entry.table.quoted.map { .string($0.description) })),
                ("unknown", .array(entry.table.unknown.keys.sorted().map { .string($0.description) })),
                ("age_days", JSON.optional(entry.ageInDays.map(String.init))), ("user_file", .bool(entry.isUserFile)),
              ])
            })
        ),
      ]
    case .sources(let sources):
      return [
        ("type", .string("sources")),
        (
          "sources",
          .array(
            sources.map { source in
              .object([
                ("id", .string(source.id)), ("title", .string(source.title)), ("publisher", .string(source.publisher)),
                ("location", .string(source.location)), ("as_of", .string(source.asOf)), ("note", .string(source.note)),
              ])
            })
        ),
      ]
    case .countries(let profiles):
      return [
        ("type", .string("countries")),
        (
          "countries",
          .array(
            profiles.map { profile in
              .object([
                ("code", .string(profile.code)), ("name", .string(profile.name)),
                ("year", .string(String(profile.year))),
                ("currency", .string(profile.currency.code.description)), ("weekly_hours", number(profile.weeklyHours)),
                ("hours_per_day", number(profile.hoursPerDay)),
                ("minimum_leave_days", number(profile.minimumLeaveDays)),
                ("leave_includes_public_holidays", .bool(profile.leaveIncludesPublicHolidays)),
                ("confidence", .string(profile.confidence.word)), ("source", .string(profile.sourceID)),
              ])
            })
        ),
      ]
    case .settings(let listing):
      return [("type", .string("settings")), ("settings", .object(listing.map { ($0.name, JSON.optional($0.value)) }))]
    case .message(let text):
      return [("type", .string("message")), ("message", .string(text))]
    case .help(let text):
      return [("type", .string("help")), ("text", .string(text))]
    case .sensitivity(let table):
      return [
        ("type", .string("sensitivity")), ("input", .string(table.input)),
        ("columns", .array(table.columns.map { .string($0) })),
        (
          "rows",
          .array(
            table.rows.map { row in
              .object([
                ("input", .string(row.input)), ("values", .array(row.values.map { $0.map { money($0) } ?? .null })),
                ("error", JSON.optional(row.error)),
              ])
            })
        ),
      ]
    case .explain(let breakdown, let title):
      return [("type", .string("explain")), ("title", .string(title)), ("breakdown", self.breakdown(breakdown))]
    }
  }

  func band(_ figure: BandFigure) -> JSON {
    .object([
      ("role", .string(figure.role)), ("country", JSON.optional(figure.country)),
      ("region", JSON.optional(figure.region)),
      ("level", .string(figure.level)), ("measure", .string(figure.measure)),
      ("value", money(figure.money, per: figure.period)),
      ("year", JSON.optional(figure.year.map(String.init))), ("qualifier", JSON.optional(figure.qualifier)),
      ("employment", .string(figure.employment)), ("source", .string(figure.sourceID)),
      ("file", .string(figure.origin.file)), ("line", .string(String(figure.origin.line))),
    ])
  }
}
