import RateCalc

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

  /// An exact decimal as a JSON number.
  func number(_ value: Amount) -> JSON { .decimal(value.description) }

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
      ("rate", conversion.rate.map(number) ?? .null),
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
              ("file", JSON.optional(row.origin?.file)), ("line", JSON.optional(row.origin?.line)),
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
    members += outcome.output.json(self)
    members.append(("warnings", .array(outcome.warnings.map { .string($0) })))
    if explain, let breakdown = outcome.breakdown { members.append(("breakdown", self.breakdown(breakdown))) }
    return .object(members)
  }

  func band(_ figure: BandFigure) -> JSON {
    .object([
      ("role", .string(figure.role)), ("country", JSON.optional(figure.country)),
      ("region", JSON.optional(figure.region)),
      ("level", .string(figure.level)), ("measure", .string(figure.measure)),
      ("value", money(figure.money, per: figure.period)),
      ("year", JSON.optional(figure.year)), ("qualifier", JSON.optional(figure.qualifier)),
      ("employment", .string(figure.employment.rawValue)), ("source", .string(figure.sourceID)),
      ("file", .string(figure.origin.file)), ("line", .integer(figure.origin.line)),
    ])
  }
}
