import RateCalc

/// `rates`: the exchange tables loaded, with their dates, files and staleness.
struct RatesCommand: CommandSpec {
  static let info = CommandInfo(
    ["rates"], summary: "the exchange tables and how old they are",
    help: """
      rates      each table: source, file, base, dates, currencies, and a warning when stale
      sources    every source a figure cites, with its date
      countries  the country profiles (hours, leave, holidays)
        Add or replace data with --rates FILE|FOLDER (repeatable) or files in
        $XDG_CONFIG_HOME/ratecalc/rates/ (default ~/.config/ratecalc/rates/). See Rates/README.md.
      """,
    overview: [("rates · sources · countries", "the data and where it comes from")],
    examples: [("rates", "the exchange tables: source, dates, currencies, files, and how old they are")])

  static func parse(_ words: inout Words) throws(SyntaxError) -> RatesCommand { RatesCommand() }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    let book = context.book
    let userFiles = Set(book.files.filter(\.isUserFile).map(\.name))
    // Files `rates update` installed say when and from where.
    let updated = UserFolders.data("rates", context.session.environment).map { $0 + "/" } ?? "\u{0}"
    var labels: [String: String] = [:]
    for file in userFiles {
      guard file.hasPrefix(updated) else {
        labels[file] = "yours"
        continue
      }
      let record = ECBDownload.metadata(file + ".download")
      labels[file] = "updated \(record["date"] ?? "?") from \(record["url"] ?? "?")"
    }
    let tables = book.exchange.tables.map { table in
      RatesOutput.Table(
        table: table, ageInDays: table.kind == .peg ? nil : table.newest.map { $0.days(until: context.today) },
        userFiles: Set(table.sources.map(\.file).filter(userFiles.contains)), labels: labels)
    }
    return Outcome(RatesOutput(tables: tables, staleAfterDays: ConversionOptions().staleAfterDays))
  }
}

/// The exchange tables loaded, with their date ranges and staleness.
struct RatesOutput: CommandOutput {
  /// One table.
  struct Table {
    let table: ExchangeTable
    /// Days since its newest observation (none for a peg).
    let ageInDays: Int?
    /// The table's files that are the user's (a layered table can mix theirs and built-in ones).
    let userFiles: Set<String>
    /// Where each of the user's files came from: "yours", or "updated DATE from URL".
    var labels: [String: String] = [:]
  }

  let tables: [Table]
  /// Tables older than this many days are marked, as conversions warn.
  let staleAfterDays: Int

  func text(_ text: TextRenderer) -> [String] {
    var lines = text.table()
    lines.add(["source", "base", "dates", "currencies", "file"])
    for entry in tables {
      let table = entry.table
      var dates = "–"
      if let oldest = table.oldest, let newest = table.newest {
        dates = table.kind == .peg ? "peg since \(oldest)" : "\(oldest)…\(newest)"
        if let age = entry.ageInDays, age > staleAfterDays { dates += " (\(age) days old)" }
      }
      var currencies = "\(table.quoted.count)"
      if table.quoted.count <= 3 { currencies = table.quoted.map(\.description).joined(separator: " ") }
      if !table.unknown.isEmpty {
        currencies = "unknown: " + table.unknown.keys.sorted().map(\.description).joined(separator: " ")
      }
      lines.add([
        table.source.name, table.base.description, dates, currencies,
        table.sources.map { source in
          source.file
            + (entry.userFiles.contains(source.file) ? " (\(entry.labels[source.file] ?? "yours"))" : " (built in)")
        }.joined(separator: " + "),
      ])
    }
    return lines.lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    let documents = tables.map { entry in
      let table = entry.table
      return JSON.object([
        ("source", .string(table.source.name)), ("file", .string(table.source.file)),
        ("files", .array(table.sources.map { .string($0.file) })), ("base", .string(table.base.description)),
        ("kind", .string(table.kind.rawValue)), ("oldest", JSON.optional(table.oldest?.description)),
        ("newest", JSON.optional(table.newest?.description)),
        ("currencies", .array(table.quoted.map { .string($0.description) })),
        ("unknown", .array(table.unknown.keys.sorted().map { .string($0.description) })),
        ("age_days", JSON.optional(entry.ageInDays)), ("user_file", .bool(!entry.userFiles.isEmpty)),
      ])
    }
    return [("type", .string("rates")), ("tables", .array(documents))]
  }
}
