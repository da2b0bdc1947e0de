import RateCalc

/// A value a command leaves behind for `ans`, `_` and `let`: money, possibly per a period.
struct Quantity {
  let money: Money
  let period: Period?
}

/// One target of a conversion: the values in that currency and period, and how they were got.
struct ConvertedTarget {
  let values: [Money]
  let period: Period?
  let exchange: Conversion?
  let basis: PeriodBasis?
}

/// What a command produced, for the renderers. Everything here is computed; renderers only format.
enum CommandResult {
  case conversion(original: [Money], period: Period?, targets: [ConvertedTarget])
  case quotes([(title: String, quote: Quote, figure: BandFigure?)], context: String)
  case salary(SalaryEquivalent, context: String)
  case cost(EmployerCost, context: String)
  case comparison(Comparison, months: Amount, context: String)
  case budget(Budget, context: String)
  case bands(BandsListing)
  case rates(RatesListing)
  case sources([Source])
  case countries([CountryProfile])
  case settings([(name: String, value: String?)])
  case message(String)
  case help(String)
  case sensitivity(SensitivityTable)
  case explain(Breakdown, title: String)
}

/// Figures for a role, each with its conversions.
struct BandsListing {
  struct Row {
    let figure: BandFigure
    let converted: [ConvertedTarget]
  }
  let role: String
  let rows: [Row]
  let targets: [Currency]
  let period: Period?
  let pppLabel: String?
}

/// The exchange tables loaded, with their date ranges and staleness.
struct RatesListing {
  struct Table {
    let table: ExchangeTable
    let ageInDays: Int?
    /// The table's files that are the user's (a layered table can mix theirs and built-in ones).
    let userFiles: Set<String>
    /// Whether any of its rates come from a user's file.
    var isUserFile: Bool { !userFiles.isEmpty }
  }
  let tables: [Table]
  /// Tables older than this many days are marked, as conversions warn.
  let staleAfterDays: Int
}

/// A sensitivity run: one input over a range, one row per value.
struct SensitivityTable {
  let input: String
  let columns: [String]
  let rows: [(input: String, values: [Money?], error: String?)]
}

/// The outcome of running one command.
struct Outcome {
  let result: CommandResult
  /// The breakdown, for `explain` and `--explain`.
  let breakdown: Breakdown?
  /// The value `ans` takes.
  let value: Quantity?
  /// Warnings to show with the result (stale rates, substitute years).
  let warnings: [String]

  init(_ result: CommandResult, breakdown: Breakdown? = nil, value: Quantity? = nil, warnings: [String] = []) {
    self.result = result
    self.breakdown = breakdown
    self.value = value
    self.warnings = warnings
  }
}
