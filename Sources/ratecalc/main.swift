// The ratecalc command-line tool. The command grammar, REPL and renderers are built in
// Commands/, REPL/ and Render/; for now the tool reports the data it carries.
import RateCalc

let book = RateBook(builtIn: RateBook.builtInFiles())
for problem in book.skipped { print("skipped: \(problem.message)") }
print(
  "ratecalc: \(book.currencies.all.filter { $0.withdrawn == nil }.count) currencies, \(book.bands.count) band figures, "
    + "\(book.countries.count) country profiles, \(book.contributions.count) contributions, \(book.ppp.count) PPP factors, "
    + "\(book.exchange.tables.count) exchange tables")
