// Prints how fast ratecalc's core runs. Not a test: figures vary by machine and load.
// Run: swift run -c release ratecalc-bench
import FoundationEssentials
import RateCalc

#if canImport(Glibc)
  import Glibc
#endif

/// `--quick` divides every count by 100 (for profiling under valgrind).
let divisor = CommandLine.arguments.contains("--quick") ? 100 : 1
/// A word given on the command line runs only the figures whose label holds it (`parse`, `format`).
let only = CommandLine.arguments.dropFirst().first { !$0.hasPrefix("--") }

/// Runs `body` `count` times and prints operations per second and nanoseconds per operation.
func measure(_ label: String, count: Int, _ body: (Int) throws -> Int) rethrows {
  if let only, !label.contains(only) { return }
  let count = count / divisor
  var sink = 0
  let clock = ContinuousClock()
  let start = clock.now
  for index in 0..<count { sink &+= try body(index) }
  let elapsed = clock.now - start
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  let perSecond = Double(count) / seconds
  let nanoseconds = seconds * 1e9 / Double(count)
  let rate = perSecond >= 1e6 ? "\((perSecond / 1e5).rounded() / 10) million/s" : "\(Int(perSecond))/s"
  print("\(label): \(rate), \((nanoseconds * 10).rounded() / 10) ns each  (checksum \(sink & 0xFFFF))")
}

do {
  let currencies = try BuiltIn.loadCurrencies()
  guard let text = BuiltIn.text(of: "exchange/ecb-eurofxref-hist.csv") else {
    print("the ECB history is missing from the build")
    exit(1)
  }
  let clock = ContinuousClock()
  let loadStart = clock.now
  let tables = try ExchangeTableReader.read(text, file: "ecb-eurofxref-hist.csv")
  print("load ECB history (\(text.utf8.count) bytes): \(clock.now - loadStart)")
  let book = ExchangeBook(tables: tables, currencies: currencies)
  let codes = ["GBP", "USD", "JPY", "CHF", "CAD", "AUD", "ZAR", "SEK", "EUR", "NZD"]
  let pairs = try codes.flatMap { from in
    try codes.map { to in (try currencies.currency(code: from), try currencies.currency(code: to)) }
  }
  guard let table = tables.first else { exit(1) }
  let days = table.days
  let amounts = try (0..<1000).map { try Amount(mantissa: 1_000 + $0 * 7_919, places: 2) }

  // The bare core path, the same work as the Python one-liner in the README: read two rates from
  // the table's latest row, convert exactly (one division), round to the minor unit.
  let latest = table.dayCount - 1
  // The work of one run, laid out in advance: 1,024 conversions (every pair, 1,000 amounts), taken
  // in turn with a mask, so the loop itself divides nothing. A checksum keeps each result alive
  // from its low bits (an `Int128` division for the whole part would cost more than the rounding).
  let jobs = (0..<1_024).map { (pair: pairs[$0 % pairs.count], amount: amounts[$0 % amounts.count]) }
  let rows = jobs.map { job in (job.pair.0.code, job.pair.1.code, job.pair.1.displayPlaces, job.amount) }
  try measure("core: table lookup + exact convert + round", count: 20_000_000) { index in
    let (from, to, places, amount) = rows[index & 1_023]
    guard let rates = table.rates(from, to, at: latest) else { return 0 }
    let converted = try Amount.product(amount, rates.to, dividedBy: rates.from)
    return Int(truncatingIfNeeded: converted.rounded(places: places, mode: .halfUp).units >> 16)
  }
  // The same 1,024 jobs, as money and a target currency.
  let conversions = jobs.map { job in (money: Money(job.amount, job.pair.0), target: job.pair.1) }
  try measure("ExchangeBook.convert, latest (route, provenance, warnings + round)", count: 5_000_000) { index in
    let (money, target) = conversions[index & 1_023]
    let result = try book.convert(money, to: target)
    return Int(truncatingIfNeeded: result.converted.rounded().amount.units >> 16)
  }
  try measure("ExchangeBook.convert on a date (+ binary search over dates)", count: 5_000_000) { index in
    let (from, to) = pairs[index % pairs.count]
    let options = ConversionOptions(date: days[index % days.count].adding(days: index % 3))
    let result = try book.convert(Money(amounts[index % amounts.count], from), to: to, options: options)
    return Int(truncatingIfNeeded: result.converted.rounded().amount.units >> 16)
  }
  // What a one-shot run does: a fresh book from the built-in files, then one conversion. At the
  // latest rates only the newest row is read; on a date only the rows around it.
  let files = RateBook.builtInFiles()
  let pound = try currencies.currency(code: "GBP")
  let dollar = try currencies.currency(code: "USD")
  try measure("one-shot book + convert at the latest rates", count: 300) { index in
    let fresh = RateBook(builtIn: files)
    let result = try fresh.convert(
      Money(amounts[index % amounts.count], pound), to: dollar, options: ConversionOptions())
    return Int(truncatingIfNeeded: result.converted.rounded().amount.units >> 16)
  }
  try measure("one-shot book + convert on a date since 1999 (rows around it)", count: 300) { index in
    let fresh = RateBook(builtIn: files)
    let day = days[(index * 7_919) % days.count]
    let result = try fresh.convert(
      Money(amounts[index % amounts.count], pound), to: dollar, options: ConversionOptions(date: day))
    return Int(truncatingIfNeeded: result.converted.rounded().amount.units >> 16)
  }
  let format = MoneyFormat(currencies: currencies)
  let salary = Money(try Amount(mantissa: 55_000, places: 0), pound)
  measure("format money (£55,000.00)", count: 5_000_000) { _ in format.string(salary).utf8.count }
  measure("format money (1,000 amounts, GBP to USD)", count: 5_000_000) { index in
    format.string(Money(amounts[index % amounts.count], pairs[index % 2].0)).utf8.count
  }
  let typed = "£55,000.50"
  try measure("parse an amount as typed (£55,000.50)", count: 5_000_000) { _ in
    guard case .single(let amount) = try AmountParser.parse(typed) else { return 0 }
    return Int(truncatingIfNeeded: amount.value.units >> 16)
  }
  let inputs = ["55000", "55,000.50", "£55k", "1.2m", "40k-90k", "$33-$106"]
  try measure("parse amounts as typed (6 forms, ranges too)", count: 5_000_000) { index in
    switch try AmountParser.parse(inputs[index % inputs.count]) {
    case .single(let amount): Int(truncatingIfNeeded: amount.value.units >> 16)
    case .range(let low, _): Int(truncatingIfNeeded: low.value.units >> 16)
    }
  }
} catch let error as DataFileError {
  print(error.message)
  exit(1)
} catch let error as ExchangeError {
  print(error.message)
  exit(1)
} catch {
  print("\(error)")
  exit(1)
}
