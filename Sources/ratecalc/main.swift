// The ratecalc command-line tool. The command grammar, REPL and renderers are built in
// Commands/, REPL/ and Render/; for now the tool reports the data it carries.
import RateCalc

do {
  let currencies = try BuiltIn.loadCurrencies()
  let active = currencies.all.filter { $0.withdrawn == nil }.count
  print(
    "ratecalc: \(active) active ISO 4217 currencies, \(BuiltIn.files(in: "exchange/").count) exchange tables built in")
} catch {
  print("ratecalc: \(error.message)")
}
