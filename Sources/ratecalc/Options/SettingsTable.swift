import RateCalc

/// Every setting, one row each, in the order `settings` lists them. `set`, `unset`, `settings`,
/// the options that set a setting for one command, `--vary`, help and completion all read this
/// table.
enum SettingsTable {
  /// The rows.
  static let rows: [SettingSpec] = [
    SettingSpec(
      name: "currency", aliases: [], kind: .currency, placeholder: "CUR",
      help: "currency for amounts written without one", invalid: "a currency is a code such as GBP",
      apply: { (settings, input) throws(CommandFailure) in
        do throws(CurrencyError) {
          settings.currency = try input.book.currencies.resolve(input.text, dollar: settings.dollar)
        } catch {
          throw .at(input.token, error.message)
        }
      }, clear: { $0.currency = nil }, show: { $0.currency?.code.description }),
    SettingSpec(
      name: "country", aliases: [], kind: .country, placeholder: "CC",
      help: "country by ISO code or name: GB, UK, Germany, UAE; several side by side: DE,ES,GB or DE ES GB",
      invalid: "a country is a code such as GB",
      apply: { (settings, input) throws(CommandFailure) in
        let names: [String]
        if case .list(let list) = input.value { names = list } else { names = [input.text] }
        guard names != ["none"] else {
          settings.country = nil
          settings.countries = []
          return
        }
        var codes: [String] = []
        for name in names {
          do throws(MarketError) {
            let code = try input.book.country(name)
            if !codes.contains(code) { codes.append(code) }
          } catch {
            throw .at(input.token, error.message)
          }
        }
        guard codes.count <= Settings.maximumCountries else {
          throw .at(input.token, "at most \(Settings.maximumCountries) countries side by side")
        }
        settings.country = codes.first
        settings.countries = codes.count > 1 ? codes : []
      },
      clear: {
        $0.country = nil
        $0.countries = []
      }, show: { $0.countries.count > 1 ? $0.countries.joined(separator: ",") : $0.country }),
    text("region", "CODE", "holiday region such as GB-SCT", \.region) { $0.uppercased() },
    SettingSpec(
      name: "year", aliases: [], kind: .year, placeholder: "YYYY",
      help:
        "the year (calendar, holidays, contribution rules; default: the current one, read in each country's own contribution year)",
      invalid: "a year is written like 2025",
      apply: { (settings, input) throws(CommandFailure) in
        guard case .year(let year) = input.value, (1999...2100).contains(year) else {
          throw .at(input.token, "a year is written like 2025")
        }
        settings.year = year
      }, clear: { $0.year = nil }, show: { $0.year.map(String.init) }),
    number("hours", "H", "hours per working day", \.hours) { (hours, token) throws(CommandFailure) in
      guard hours > .zero, hours <= Amount(24) else { throw .at(token, "hours per day must be above 0 and at most 24") }
    },
    days("leave", "paid leave or vacation days", \.leave, what: "leave"),
    days("holidays", "public holidays on weekdays", \.holidays, what: "holidays"),
    days("sick", "sick days a year (default 5)", \.sick, what: "sick days"),
    days("training", "training and admin days a year (default 5)", \.training, what: "training days"),
    share("utilisation", "billable share of available days (default 100%)", \.utilisation, aliases: ["utilization"]) {
      (share, token) throws(CommandFailure) in
      guard share > .zero else { throw .at(token, "utilisation must be above 0% and at most 100%") }
    },
    choice(
      "weekdays", "N", "260 for the 52 × 5 convention instead of the real year",
      [("260", "260"), ("convention", "260"), ("actual", "actual"), ("real", "actual")],
      invalid: "weekdays is 260 (52 × 5) or actual", set: { $0.weekdays260 = $1 == "260" },
      show: { $0.weekdays260 ? "260" : nil }),
    choice(
      "basis", "NAME", "period convention: 2080, 1950, 1607 or 22days",
      [("calendar", "calendar")] + PeriodBasis.conventionNames.map { ($0.lowercased(), $0) },
      invalid: "a basis is calendar, \(PeriodBasis.conventionNames.joined(separator: ", "))",
      set: { $0.basis = $1 == "calendar" || $1.isEmpty ? nil : $1 }, show: { $0.basis }),
    SettingSpec(
      name: "dollar", aliases: [], kind: .currency, placeholder: "CUR",
      help: "the currency a bare $ means (default USD)", invalid: "a currency is a code such as CAD",
      apply: { (settings, input) throws(CommandFailure) in
        do throws(CurrencyError) { settings.dollar = try input.book.currencies.currency(code: input.text).code } catch {
          throw .at(input.token, error.message)
        }
      }, clear: { $0.dollar = nil }, show: { $0.dollar?.description }),
    number("expenses", "AMOUNT", "business expenses a year", \.expenses),
    number("benefits", "AMOUNT", "benefits a year", \.benefits),
    number("overhead", "AMOUNT", "employer overhead a year (equipment, space)", \.overhead),
    profit("margin", "profit as a share of the price", \.margin, other: \.markup),
    profit("markup", "profit as a share of costs", \.markup, other: \.margin),
    share("fee", "platform or agency fee taken from the rate", \.fee),
    number("round-to", "STEP", "round a conversion or band ends to the nearest STEP, a quote up to the next", \.roundTo)
    {
      (step, token) throws(CommandFailure) in
      guard step > .zero else { throw .at(token, "round to a positive step such as 5, 10 or 50") }
    },
    share("recruiting", "recruiting fee as a share of salary", \.recruiting),
    number("tenure", "MONTHS", "expected tenure the recruiting fee is spread over (24)", \.tenure),
    share("agency", "compare: agency margin on the freelancer", \.agency),
    number("ramp-up", "DAYS", "compare: onboarding days before full output", \.rampUp),
    number("notice", "MONTHS", "compare: notice at the end of the employment", \.notice),
    choice(
      "notice-pay", "HOW", "compare: notice worked (the default: no extra cost) or paid in lieu",
      [("paid", "paid"), ("in-lieu", "paid"), ("worked", "worked")], invalid: "notice is worked or paid",
      set: { $0.noticePaid = $1 == "paid" }, show: { $0.noticePaid ? "paid" : nil }),
    SettingSpec(
      name: "start", aliases: [], kind: .month, placeholder: "YYYY-MM",
      help: "compare, budget: the first month of pay (default: the month after today)",
      invalid: "a start month is written like 2026-05",
      apply: { (settings, input) throws(CommandFailure) in
        guard case .month(let month) = input.value else {
          throw .at(input.token, "a start month is written like 2026-05")
        }
        settings.start = month
      }, clear: { $0.start = nil }, show: { $0.start?.description }),
    SettingSpec(
      name: "staff", aliases: [], kind: .number, placeholder: "N",
      help: "the employer's staff, for levies with a threshold (default 3)", invalid: "staff is a whole number from 1",
      apply: { (settings, input) throws(CommandFailure) in
        let count = try input.number()
        guard count >= .one, count <= Amount(10_000_000), count.rounded(places: 0, mode: .halfUp) == count else {
          throw .at(input.token, "staff is a whole number from 1")
        }
        settings.staff = Int(count.integerPart)
      }, clear: { $0.staff = nil }, show: { $0.staff.map(String.init) }),
    SettingSpec(
      name: "payments", aliases: [], kind: .number, placeholder: "N",
      help: "salary payments a year of a monthly salary (default: the country's, 12 unless the data says; Spain 14)",
      invalid: "payments are a whole number from 1 to 24",
      apply: { (settings, input) throws(CommandFailure) in
        let count = try input.number()
        guard count >= .one, count <= Amount(24), count.rounded(places: 0, mode: .halfUp) == count else {
          throw .at(input.token, "payments are a whole number from 1 to 24")
        }
        settings.payments = Int(count.integerPart)
      }, clear: { $0.payments = nil }, show: { $0.payments.map(String.init) }),
    number("payroll", "AMOUNT", "the employer's annual payroll (default: this hire's salary alone)", \.payroll),
    text("state", "ST", "US state, for FUTA credit reductions (default none)", \.state) {
      (text, token) throws(CommandFailure) in
      guard text.count == 2, text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
        throw .at(token, "a state is a two-letter code such as CA")
      }
      return text.uppercased()
    },
    choice(
      "nationality", "WHO", "UAE: expatriate (gratuity, the default) or national (GPSSA)",
      [("expatriate", "expatriate"), ("national", "national")], invalid: "nationality is expatriate or national",
      set: { $0.nationality = EmployerSituation.Nationality(rawValue: $1) }, show: { $0.nationality?.rawValue }),
    choice(
      "round", "MODE", "half-up (default) or half-even",
      RoundingMode.allCases.map { ($0.rawValue, $0.rawValue) }, invalid: "rounding is half-up or half-even",
      set: { $0.round = RoundingMode(rawValue: $1) ?? .standard }, show: { $0.round.rawValue }),
  ]

  /// The row for a name or alias (any case).
  static func row(_ name: String) -> SettingSpec? {
    byName[name] ?? byName[name.lowercased()]
  }

  /// Each row under its name and aliases, for a look-up per option (the first row wins a name).
  private static let byName: [String: SettingSpec] = Dictionary(
    rows.flatMap { row in ([row.name] + row.aliases).map { ($0, row) } }, uniquingKeysWith: { first, _ in first })

  /// The settings' names, in order.
  static var names: [String] { rows.map(\.name) }

  /// What each setting is when unset, in words (`settings` shows it, marked as the default).
  static let defaults: [String: String] = [
    "currency": "none: write it with the amount", "country": "none", "region": "the country's",
    "year": "this year, in each country's contribution year", "hours": "the country's (8 without one)",
    "leave": "the country's statutory leave", "holidays": "the region's public holidays", "sick": "5",
    "training": "5", "utilisation": "100%", "weekdays": "actual", "basis": "calendar", "dollar": "USD",
    "expenses": "0", "benefits": "0", "overhead": "0", "margin": "none", "markup": "none", "fee": "0%",
    "round-to": "none", "recruiting": "0%", "tenure": "24", "agency": "0%", "ramp-up": "0", "notice": "0",
    "notice-pay": "worked", "start": "the month after today", "staff": "3",
    "payments": "the country's (12 unless the data says)", "payroll": "this hire's salary",
    "state": "none", "nationality": "expatriate", "round": "half-up",
  ]
}

// The shapes most rows share.
extension SettingsTable {
  fileprivate typealias Check = @Sendable (Amount, Token) throws(CommandFailure) -> Void
  /// The setting a row reads and writes. The shapes take it as an autoclosure, so each key path
  /// is made when its row is first used, not all of them when the table is: making the table's
  /// 30-odd key paths was about 330,000 instructions of every one-shot run.
  fileprivate typealias Path<Value> = WritableKeyPath<Settings, Value?> & Sendable

  /// A number stored as it is, after a check.
  fileprivate static func number(
    _ name: String, _ placeholder: String, _ help: String, _ path: @autoclosure @escaping @Sendable () -> Path<Amount>,
    check: @escaping Check = { _, _ in }
  ) -> SettingSpec {
    SettingSpec(
      name: name, aliases: [], kind: .number, placeholder: placeholder, help: help,
      invalid: "a number is expected here",
      apply: { (settings, input) throws(CommandFailure) in
        let value = try input.number()
        try check(value, input.token)
        settings[keyPath: path()] = value
      }, clear: { $0[keyPath: path()] = nil }, show: { $0[keyPath: path()]?.description })
  }

  /// A count of days in a year, 0 to 366.
  fileprivate static func days(
    _ name: String, _ help: String, _ path: @autoclosure @escaping @Sendable () -> Path<Amount>, what: String
  ) -> SettingSpec {
    number(name, "DAYS", help, path()) { (days, token) throws(CommandFailure) in
      guard days <= WorkingCalendar.maximumDays else { throw .at(token, "\(what) must be from 0 to 366 days") }
    }
  }

  /// A share, shown as a percentage.
  fileprivate static func share(
    _ name: String, _ help: String, _ path: @autoclosure @escaping @Sendable () -> Path<Amount>, aliases: [String] = [],
    check: @escaping Check = { _, _ in }
  ) -> SettingSpec {
    SettingSpec(
      name: name, aliases: aliases, kind: .share, placeholder: "PCT", help: help, invalid: "a share is such as 80%",
      apply: { (settings, input) throws(CommandFailure) in
        let value = try input.number()
        try check(value, input.token)
        settings[keyPath: path()] = value
      }, clear: { $0[keyPath: path()] = nil }, show: { $0[keyPath: path()].map { Render.percent($0) } })
  }

  /// A margin or a markup: setting one clears the other.
  fileprivate static func profit(
    _ name: String, _ help: String, _ path: @autoclosure @escaping @Sendable () -> Path<Amount>,
    other: @autoclosure @escaping @Sendable () -> Path<Amount>
  ) -> SettingSpec {
    SettingSpec(
      name: name, aliases: [], kind: .share, placeholder: "PCT", help: help, invalid: "a share is such as 20%",
      apply: { (settings, input) throws(CommandFailure) in
        settings[keyPath: path()] = try input.number()
        settings[keyPath: other()] = nil
      },
      clear: {
        $0[keyPath: path()] = nil
        $0[keyPath: other()] = nil
      }, show: { $0[keyPath: path()].map { Render.percent($0) } })
  }

  /// Free text, checked and normalised.
  fileprivate static func text(
    _ name: String, _ placeholder: String, _ help: String, _ path: @autoclosure @escaping @Sendable () -> Path<String>,
    normalise: @escaping @Sendable (String, Token) throws(CommandFailure) -> String
  ) -> SettingSpec {
    SettingSpec(
      name: name, aliases: [], kind: .text, placeholder: placeholder, help: help, invalid: "\(name) is a code",
      apply: { (settings, input) throws(CommandFailure) in
        settings[keyPath: path()] = try normalise(input.text, input.token)
      }, clear: { $0[keyPath: path()] = nil }, show: { $0[keyPath: path()] })
  }

  /// Free text, normalised.
  fileprivate static func text(
    _ name: String, _ placeholder: String, _ help: String, _ path: @autoclosure @escaping @Sendable () -> Path<String>,
    normalise: @escaping @Sendable (String) -> String
  ) -> SettingSpec {
    text(name, placeholder, help, path()) { (text, _) throws(CommandFailure) in normalise(text) }
  }

  /// One of fixed words.
  fileprivate static func choice(
    _ name: String, _ placeholder: String, _ help: String, _ choices: [(written: String, value: String)],
    invalid: String, set: @escaping @Sendable (inout Settings, String) -> Void,
    show: @escaping @Sendable (Settings) -> String?
  ) -> SettingSpec {
    SettingSpec(
      name: name, aliases: [], kind: .choice(choices), placeholder: placeholder, help: help, invalid: invalid,
      apply: { (settings, input) throws(CommandFailure) in set(&settings, input.text) },
      clear: { set(&$0, "") }, show: show)
  }
}
