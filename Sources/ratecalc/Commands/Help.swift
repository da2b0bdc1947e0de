import RateCalc

/// The texts of `help` and `help TOPIC`.
enum Help {
  static let topics: [(name: String, summary: String, text: String)] = [
    (
      "convert", "money between currencies and periods",
      """
      convert AMOUNT CUR to CUR [CUR…]      convert 55000 GBP to USD
      AMOUNT CUR/PERIOD in CUR/PERIOD       550 EUR/day in GBP/hour
        Amounts: 55000, 55,000, 55k, 1.2m, £55k, €50,000, 55 000; ranges 40k-90k, £40k–£90k.
        Periods: hour, day, week, month, year (through hours: --hours, --basis, or a --country calendar).
        Rates are the ECB's (and ratecalc's own for AED); every figure shows the date and source used.
        --on 2016-06-24     rates of that date (the latest on or before it)
        --exact-date        only rates of exactly that date
        Examples: convert 40k-90k GBP to USD EUR   ·   convert 100 EUR to GBP --on 2026-04-10
      """
    ),
    (
      "quote", "a freelance rate from a target income",
      """
      quote INCOME CUR [--country CC]        quote 75000 GBP --country GB
      quote band "ROLE" [CC] [MEASURE]       quote band "machine learning engineer" GB average
        day rate = (income + expenses + benefits [+ employer costs]) × profit ÷ billable days,
        grossed up for a platform fee; hourly, weekly, monthly and annual figures follow from it.
        --expenses 6000  --benefits 3000  --margin 20% | --markup 20%  --fee 10%  --round-to 50
        --employer-costs    add what an employer would pay on that salary (country rules)
        Calendar: --leave 25 --sick 5 --training 5 --holidays 8 --utilisation 80% --hours 7.5 --year 2025
        Ranges: --vary utilisation --from 60% --to 90% --step 5%
      """
    ),
    (
      "salary", "the salaries a freelance rate is worth",
      """
      salary RATE CUR/day --country CC       salary 450 GBP/day --country GB
        client's view: the salary whose employer cost equals the fees for the days an employee works;
        freelancer's view: rate × billable days − expenses − benefits (before tax).
      """
    ),
    (
      "cost", "what an employee costs the employer",
      """
      cost SALARY CUR --country CC           cost 60000 GBP --country GB
        salary + contributions + benefits + overhead + recruiting fee spread over the tenure; per
        day and per hour actually worked. Contributions are twelve monthly pay periods of the
        current contribution year (UK from 6 April, Australia from 1 July) run as payroll does:
        per-period thresholds, year-to-date caps (US Social Security, Canada CPP), quarterly super.
        --year 2024 for another year's rules; --explain shows each rule and the month a cap is hit.
        --benefits 2000 --overhead 3000 --recruiting 20% --tenure 24 --include NAME --exclude NAME
        The employer: --staff 3 --payroll AMOUNT (levies with a threshold: SDL, ITF, FNAL),
        --state CA (FUTA credit reduction), --nationality expatriate|national (UAE).
      """
    ),
    (
      "compare", "hire an employee or engage a freelancer",
      """
      compare SALARY CUR --vs RATE CUR/day --country CC [--months N | --weeks N | --days N]
        compare 60000 GBP --vs 450 GBP/day --country GB --months 6
        Totals for the engagement, the break-even day rate, and the month from which hiring costs
        less (recruiting fee and ramp-up up front), with a chart. The employee is run through
        payroll month by month from --start YYYY-MM (default: next month), each year with its own
        rules and caps, so a short engagement pays what payroll would charge.
        --recruiting 20% --ramp-up 10 --agency 10% --start 2026-01
        --notice 1 (worked within the engagement: no extra cost) --notice-pay paid (in lieu)
      """
    ),
    (
      "budget", "what a budget buys",
      """
      budget AMOUNT CUR --at RATE CUR/day --country CC [--salary AMOUNT CUR]
        budget 120000 EUR --at 600 EUR/day --country DE
        Freelancer days and FTE months; the salary it carries for a year as an employee; with
        --salary, the months of payroll from --start it pays for.
      """
    ),
    (
      "bands", "salary figures for a role, converted",
      """
      bands "ROLE" [--in CUR[,CUR]] [--per PERIOD] [--on DATE] [--ppp YEAR] [--round-to 500]
        bands "machine learning engineer" --in USD
        Every figure of the seed articles, with its source and year; disagreeing articles are
        both shown, never averaged. --ppp 2024 shows purchasing-power parity (labelled as such).
      """
    ),
    (
      "rates", "the exchange tables and how old they are",
      """
      rates      each table: source, file, base, dates, currencies, and a warning when stale
      sources    every source a figure cites, with its date
      countries  the country profiles (hours, leave, holidays)
        Add or replace data with --rates FILE|FOLDER (repeatable) or files in
        $XDG_CONFIG_HOME/ratecalc/rates/ (default ~/.config/ratecalc/rates/). See Rates/README.md.
      """
    ),
    (
      "set", "session settings",
      """
      set NAME VALUE     set currency EUR · set country DE · set hours 7.5 · set utilisation 80%
      unset NAME         back to the default
      settings           show them all
        Names: \(Options.settingNames.joined(separator: ", ")).
        Any setting can also be given to one command as --NAME VALUE.
      """
    ),
    (
      "let", "variables",
      """
      let NAME = COMMAND     let rate = quote 75000 GBP --country GB
        NAME then stands for the command's main figure: convert rate to USD.
        ans and _ are the last result.
      """
    ),
    (
      "explain", "how a figure was reached",
      """
      explain            the breakdown of the last result: steps, data rows, sources
      --explain          the same, printed with a result
      """
    ),
    (
      "options", "options usable on any command",
      Options.all.map { spec in
        let head = "--\(spec.name)" + (spec.value.map { " \($0)" } ?? "")
        return head.padding(toLength: 22) + spec.help
      }.joined(separator: "\n")
    ),
    (
      "rounding", "how figures are rounded",
      """
      Amounts are exact (18 decimal places); a figure is rounded once, when shown, to its
      currency's minor unit (JPY 0, GBP 2, BHD 3). Default half-up (a tie away from zero, as
      spreadsheets do); --round half-even (banker's) or set round half-even.
      100 EUR → GBP on 2026-04-10 is exactly 87.105: £87.11 half-up, £87.10 half-even.
      """
    ),
    (
      "scripts", "one-shot runs, pipes and exit codes",
      """
      ratecalc COMMAND…            one command, then exit
      ratecalc < FILE              one command per line; results on stdout, errors on stderr
                                   as "line N: …"; a bad line does not stop the rest
      Exit status: 0 all succeeded, 1 a calculation failed, 2 a usage mistake.
      --json gives one JSON document per command (numbers as exact decimal strings).
      ratecalc completions bash|zsh|fish    prints a completion script
      """
    ),
    (
      "keys", "editing at the prompt",
      """
      ←/→ Home/End Ctrl-A/E   move        Backspace/Delete   delete
      Ctrl-K/U/W              delete to end / to start / a word
      ↑/↓                     history     Ctrl-R   search history
      Tab                     complete commands, currencies, countries, options, settings
      Ctrl-C                  clear the line     Ctrl-D on an empty line, quit, exit   leave
      """
    ),
  ]

  static func text(topic: Token?) throws(CommandFailure) -> String {
    guard let topic else { return overview }
    let name = topic.text.lowercased()
    let aliases = ["sources": "rates", "countries": "rates", "settings": "set", "unset": "set", "ans": "let"]
    if let found = topics.first(where: { $0.name == (aliases[name] ?? name) }) {
      return found.text
    }
    let suggestions = EditDistance.suggestions(for: name, among: topics.map(\.name), maximum: 2, limit: 1)
    throw .at(
      topic,
      "no help on '\(Quoted.text(topic.text))'" + (suggestions.first.map { " (did you mean \($0)?)" } ?? "")
        + "; topics: "
        + topics.map(\.name).joined(separator: ", "))
  }

  static var overview: String {
    """
    ratecalc: freelance rates, employer costs and salary bands, exactly.

      convert 55000 GBP to USD                              money between currencies
      550 EUR/day in GBP/hour                               …and periods
      quote 75000 GBP --country GB                          a day rate from a target income
      quote band "machine learning engineer" GB average     …from a published salary
      salary 450 GBP/day --country GB                       the salaries a rate is worth
      cost 60000 GBP --country GB                           what an employee costs
      compare 60000 GBP --vs 450 GBP/day --country GB --months 6
      budget 120000 EUR --at 600 EUR/day --country DE       what a budget buys
      bands "machine learning engineer" --in USD            salary figures, converted
      rates · sources · countries                           the data and where it comes from

    Settings: set country GB, set currency EUR, set hours 7.5 … (settings shows them).
    Any command takes --json, --explain, --round half-even, --rates FILE.
    help TOPIC for more: \(topics.map(\.name).joined(separator: ", ")).
    """
  }
}

extension String {
  /// The string padded with spaces to a width.
  func padding(toLength width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
