extension ExchangeTable {
  /// What makes two tables the same series: the same base, kind and source name (a user's
  /// `eurofxref.csv` and the built-in ECB history are both "ECB" against EUR).
  struct SeriesKey: Hashable {
    let base: CurrencyCode
    let kind: Kind
    let name: String
  }

  var seriesKey: SeriesKey { SeriesKey(base: base, kind: kind, name: source.name) }

  /// The source to name in a message about the whole table: its one source, or for a layered
  /// table the source name with every file (`a.csv + Rates/exchange/…`).
  public var wholeSource: TableSource {
    guard sources.count > 1 else { return source }
    return TableSource(name: source.name, detail: source.detail, file: sources.map(\.file).joined(separator: " + "))
  }

  /// Tables in priority order (the user's first), with the tables of each series layered into
  /// one (``layered(_:)``), in the order each series first appears.
  public static func layering(_ tables: [ExchangeTable]) -> [ExchangeTable] {
    var groups = OrderedGroups<SeriesKey, [ExchangeTable]>()
    for table in tables {
      groups.values[groups.position(of: table.seriesKey) { [] }].append(table)
    }
    return groups.values.compactMap(layered)
  }

  /// Tables of one series layered into one, merged by date and currency: where the first table
  /// has a rate for a currency on a day it wins; the others answer where it has none. Each rate
  /// keeps the file it came from (``origin(_:at:)``). Linear in the rates held (plus sorting the
  /// days). All tables must share a base and kind; at most ``maximumSources`` files. `nil` for
  /// no tables.
  public static func layered(_ tables: [ExchangeTable]) -> ExchangeTable? {
    guard let first = tables.first else { return nil }
    if tables.count == 1 { return first }
    var sources: [TableSource] = []
    var originOf: [TableSource: UInt8] = [:]
    var allDays: [Day] = []
    var columns = CodeColumns()
    for table in tables.prefix(maximumSources) {
      for source in table.sources where originOf[source] == nil && sources.count < maximumSources {
        originOf[source] = UInt8(sources.count)
        sources.append(source)
      }
      allDays += table.days
      for code in table.storageCodes { _ = columns.column(for: code) }
    }
    let codes = columns.codes
    allDays.sort()
    var days: [Day] = []
    days.reserveCapacity(allDays.count)
    for day in allDays where day != days.last { days.append(day) }
    var unknown: [CurrencyCode: String] = [:]
    // Each table's days and codes as indexes into the merged ones, and the file of each source.
    var maps: [(days: [Int32], columns: [Int32], origins: [UInt8])] = []
    var held = 0
    for table in tables.prefix(maximumSources) {
      var dayMap = [Int32](repeating: 0, count: table.dayCount)
      var cursor = 0
      for (index, day) in table.days.enumerated() {
        while days[cursor] < day { cursor += 1 }
        dayMap[index] = Int32(cursor)
      }
      let columnMap = table.storageCodes.map { columns.column(of: $0) ?? 0 }
      let originMap = table.sources.map { originOf[$0] ?? 0 }
      maps.append((dayMap, columnMap, originMap))
      held += table.observationCount
      for (code, reason) in table.unknown where unknown[code] == nil && columns.column(of: code) == nil {
        unknown[code] = reason
      }
    }
    let width = codes.count
    ReadWork.add(held + days.count)
    if width > 0 && held * 2 >= days.count * width {
      // Dense: one matrix, filled in priority order; a cell already holding a rate (always above
      // zero) is kept.
      var rates = [Amount](repeating: .zero, count: days.count * width)
      var origins = [UInt8](repeating: 0, count: sources.count > 1 ? rates.count : 0)
      for (table, map) in zip(tables.prefix(maximumSources), maps) {
        table.forEachObservation { day, column, origin, rate in
          let cell = Int(map.days[day]) * width + Int(map.columns[column])
          guard rates[cell].isZero else { return }
          rates[cell] = rate
          if !origins.isEmpty { origins[cell] = map.origins[origin] }
        }
      }
      return dense(
        base: first.base, sources: sources, kind: first.kind, days: days, codes: codes, rates: rates,
        origins: origins, unknown: unknown)
    }
    var taken = Set<Int>()
    var observations: [Observation] = []
    for (table, map) in zip(tables.prefix(maximumSources), maps) {
      table.forEachObservation { day, column, origin, rate in
        let mergedDay = map.days[day]
        let mergedColumn = map.columns[column]
        guard taken.insert(Int(mergedDay) * width + Int(mergedColumn)).inserted else { return }
        observations.append(Observation(day: mergedDay, column: mergedColumn, origin: map.origins[origin], rate: rate))
      }
    }
    return build(
      base: first.base, sources: sources, kind: first.kind, days: days, codes: codes, observations: observations,
      unknown: unknown)
  }
}
