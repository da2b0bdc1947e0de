// libFuzzer target: any bytes as a user's data file of one kind, read by the reader of that kind
// and, when accepted, used for conversions. The kind comes from RATECALC_FUZZ_READER (see
// scripts/fuzz.sh): csv-history, csv-daily, xml, long, bands, countries, holidays, contributions,
// ppp, sources. A header for the kind is put before the fuzzed bytes, so the fuzzer starts past it.
import RateCalc

#if canImport(Glibc)
  import Glibc
#endif

let readerKind: String = getenv("RATECALC_FUZZ_READER").map { String(cString: $0) } ?? "xml"

let readerHeaders: [String: String] = [
  "csv-history": "Date,USD,JPY,GBP,CYP,\n",
  "csv-daily": "Date, USD, JPY, GBP, \n",
  "xml": "",
  "long": "date,base,quote,rate,source,kind\n",
  "bands": "role,country,region,level,experience,measure,amount,currency,period,year,employment,qualifier,source,note\n",
  "countries":
    "country,name,aliases,currency,year,weekly_hours,hours_per_day,min_leave_days,leave_includes_public_holidays,holiday_region,confidence,source,note\n",
  "holidays": "country,region,year,weekday_holidays,named_holidays,confidence,source,note\n",
  "contributions":
    "country,year,name,rate_percent,base,floor,cap,fixed,period,included,confidence,source,note,accrual,months,condition,minimum,trigger,params\n",
  "ppp": "country,year,ppp,currency,source\n",
  "sources": "id,title,publisher,location,as_of,note\n",
]

// Built once: the built-in data read, so each execution costs only the fuzzed file.
let readerBook = RateBook(builtIn: RateBook.builtInFiles())
/// The built-in tables' newest rows: real data to layer over, small enough to keep each
/// execution fast (layering itself is linear, and unit-tested on the whole history).
let readerTables = readerBook.latestExchange.tables
let readerToday = Day(parsing: "2026-04-14")
let readerRules = ExchangeReadRules.userFile(currencies: readerBook.currencies, today: readerToday)

@_cdecl("LLVMFuzzerTestOneInput")
public func readerTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array((readerHeaders[readerKind] ?? "").utf8) + Array(UnsafeBufferPointer(start: data, count: size))
  guard let file = try? DataFile(name: "fuzz-\(readerKind)", bytes: bytes, isUserFile: true) else { return 0 }
  guard let kind = file.kind else { return 0 }
  guard kind == .exchange else {
    // A market file: every row read as a user's file is, then the records used.
    let market = RateBook.readMarket([(file, kind)], currencies: readerBook.currencies)
    _ = market.bands.count + market.countries.count + market.holidays.count + market.contributions.count
    _ = market.ppp.count + market.sources.count
    return 0
  }
  // An exchange file: read as a user's file is (every problem listed), with a user's rules, layered over built-in tables, then used for
  // conversions at the latest rates and on dates.
  let (tables, problems) = ExchangeTableReader.readReportingAll(file.text, file: file.name, rules: readerRules)
  guard problems.isEmpty else { return 0 }
  let exchange = ExchangeBook(tables: ExchangeTable.layering(tables + readerTables), currencies: readerBook.currencies)
  guard let euro = try? readerBook.currencies.currency(code: "EUR") else { return 0 }
  for code in ["USD", "GBP", "JPY", "AED", "NGN"] {
    guard let currency = try? readerBook.currencies.currency(code: code) else { continue }
    _ = try? exchange.convert(Money(Amount(100), euro), to: currency)
    for date in ["1999-01-04", "2024-06-03", "2026-04-13"] {
      _ = try? exchange.convert(
        Money(Amount(100), euro), to: currency, options: ConversionOptions(date: Day(parsing: date)))
    }
  }
  return 0
}
