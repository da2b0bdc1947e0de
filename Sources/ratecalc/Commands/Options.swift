/// An option ratecalc accepts, and what it means.
struct OptionSpec {
  let name: String
  /// The value's placeholder, or `nil` for a flag.
  let value: String?
  let help: String
  /// The settings name (`set NAME`) this option sets for one command, if any.
  let setting: String?
}

/// Every option; ``OptionScope`` says which commands take each (any other command refuses it).
enum Options {
  static let all: [OptionSpec] = [
    OptionSpec(name: "json", value: nil, help: "one JSON document per command", setting: nil),
    OptionSpec(name: "explain", value: nil, help: "show the breakdown: steps, data rows, sources", setting: nil),
    OptionSpec(name: "round", value: "MODE", help: "half-up (default) or half-even", setting: "round"),
    OptionSpec(
      name: "rates", value: "PATH", help: "an extra or replacing data file or folder (repeatable)", setting: nil),
    OptionSpec(
      name: "on", value: "DATE", help: "exchange rates of a date (YYYY-MM-DD); the latest on or before it", setting: nil
    ),
    OptionSpec(name: "exact-date", value: nil, help: "demand rates of exactly that date", setting: nil),
    OptionSpec(
      name: "country", value: "CC", help: "country by ISO code or name: GB, UK, Germany, UAE", setting: "country"),
    OptionSpec(name: "region", value: "CODE", help: "holiday region such as GB-SCT", setting: "region"),
    OptionSpec(
      name: "year", value: "YYYY",
      help:
        "the year (calendar, holidays, contribution rules; default: the current one, read in each country's own contribution year)",
      setting: "year"),
    OptionSpec(
      name: "start", value: "YYYY-MM", help: "compare, budget: the first month of pay (default: the month after today)",
      setting: "start"),
    OptionSpec(
      name: "staff", value: "N", help: "the employer's staff, for levies with a threshold (default 3)", setting: "staff"
    ),
    OptionSpec(
      name: "payroll", value: "AMOUNT", help: "the employer's annual payroll (default: this hire's salary alone)",
      setting: "payroll"),
    OptionSpec(
      name: "state", value: "ST", help: "US state, for FUTA credit reductions (default none)", setting: "state"),
    OptionSpec(
      name: "nationality", value: "WHO", help: "UAE: expatriate (gratuity, the default) or national (GPSSA)",
      setting: "nationality"),
    OptionSpec(name: "currency", value: "CUR", help: "currency for amounts written without one", setting: "currency"),
    OptionSpec(name: "hours", value: "H", help: "hours per working day", setting: "hours"),
    OptionSpec(name: "leave", value: "DAYS", help: "paid leave or vacation days", setting: "leave"),
    OptionSpec(name: "holidays", value: "DAYS", help: "public holidays on weekdays", setting: "holidays"),
    OptionSpec(name: "sick", value: "DAYS", help: "sick days a year (default 5)", setting: "sick"),
    OptionSpec(
      name: "training", value: "DAYS", help: "training and admin days a year (default 5)", setting: "training"),
    OptionSpec(
      name: "utilisation", value: "PCT", help: "billable share of available days (default 100%)", setting: "utilisation"
    ),
    OptionSpec(
      name: "weekdays", value: "N", help: "260 for the 52 × 5 convention instead of the real year", setting: "weekdays"),
    OptionSpec(name: "basis", value: "NAME", help: "period convention: 2080, 1950, 1607 or 22days", setting: "basis"),
    OptionSpec(name: "dollar", value: "CUR", help: "the currency a bare $ means (default USD)", setting: "dollar"),
    OptionSpec(name: "expenses", value: "AMOUNT", help: "business expenses a year", setting: "expenses"),
    OptionSpec(name: "benefits", value: "AMOUNT", help: "benefits a year", setting: "benefits"),
    OptionSpec(
      name: "overhead", value: "AMOUNT", help: "employer overhead a year (equipment, space)", setting: "overhead"),
    OptionSpec(name: "margin", value: "PCT", help: "profit as a share of the price", setting: "margin"),
    OptionSpec(name: "markup", value: "PCT", help: "profit as a share of costs", setting: "markup"),
    OptionSpec(name: "fee", value: "PCT", help: "platform or agency fee taken from the rate", setting: "fee"),
    OptionSpec(
      name: "round-to", value: "STEP", help: "round a rate or band ends to the nearest STEP", setting: "round-to"),
    OptionSpec(name: "employer-costs", value: nil, help: "quote: add what an employer would pay on top", setting: nil),
    OptionSpec(
      name: "include", value: "NAME", help: "cost: include a contribution that is off by default", setting: nil),
    OptionSpec(name: "exclude", value: "NAME", help: "cost: leave a contribution out", setting: nil),
    OptionSpec(name: "recruiting", value: "PCT", help: "recruiting fee as a share of salary", setting: "recruiting"),
    OptionSpec(
      name: "tenure", value: "MONTHS", help: "expected tenure the recruiting fee is spread over (24)", setting: "tenure"
    ),
    OptionSpec(name: "vs", value: "RATE", help: "compare: the freelancer's rate, such as 450 GBP/day", setting: nil),
    OptionSpec(name: "at", value: "RATE", help: "budget: the freelancer's day rate", setting: nil),
    OptionSpec(name: "salary", value: "AMOUNT", help: "budget: months of this salary the budget pays", setting: nil),
    OptionSpec(name: "months", value: "N", help: "engagement length in months", setting: nil),
    OptionSpec(name: "weeks", value: "N", help: "engagement length in weeks", setting: nil),
    OptionSpec(name: "days", value: "N", help: "engagement length in days worked", setting: nil),
    OptionSpec(name: "agency", value: "PCT", help: "compare: agency margin on the freelancer", setting: "agency"),
    OptionSpec(name: "ramp-up", value: "DAYS", help: "compare: onboarding days before full output", setting: "ramp-up"),
    OptionSpec(
      name: "notice", value: "MONTHS", help: "compare: notice at the end of the employment", setting: "notice"),
    OptionSpec(
      name: "notice-pay", value: "HOW", help: "compare: notice worked (the default: no extra cost) or paid in lieu",
      setting: "notice-pay"),
    OptionSpec(name: "in", value: "CUR", help: "bands: currencies to show (repeatable)", setting: nil),
    OptionSpec(name: "per", value: "PERIOD", help: "bands: the period to show (hour, day, month, year)", setting: nil),
    OptionSpec(name: "ppp", value: "YEAR", help: "bands: show at purchasing-power parity of a year", setting: nil),
    OptionSpec(
      name: "vary", value: "NAME", help: "run over a range: --vary utilisation --from 60% --to 90% --step 5%",
      setting: nil),
    OptionSpec(name: "from", value: "VALUE", help: "start of a --vary range", setting: nil),
    OptionSpec(name: "to", value: "VALUE", help: "end of a --vary range", setting: nil),
    OptionSpec(name: "step", value: "VALUE", help: "step of a --vary range", setting: nil),
  ]

  static func spec(_ name: String) -> OptionSpec? { all.first { $0.name == name } }

  /// The settings `set` accepts, with what each means.
  static var settingNames: [String] { all.compactMap(\.setting) }
}
