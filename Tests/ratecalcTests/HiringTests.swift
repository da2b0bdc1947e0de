import RateCalc
import TestSupport
import Testing

@testable import ratecalc

/// Side-by-side views agree with one country at a time; a foreign rate's break-even exchange
/// rate is where the totals meet.
@Suite struct HiringTests {
  static let today = Day(year: 2026, month: 4, day: 14) ?? Day(ordinal: 0)
  let book = RateBook(builtIn: RateBook.builtInFiles(), today: HiringTests.today)

  func run(_ line: String) throws -> Outcome {
    var executor = Executor(book: book, session: Session(), today: HiringTests.today)
    return try executor.run(try Parser.parse(line))
  }

  @Test func eachSideBySideRowIsTheSingleCountryResult() throws {
    var generator = SeededGenerator(seed: 20_261_202)
    let countries = book.countries.map(\.code)
    for _ in 0..<6 {
      let salary = 20_000 + generator.int(in: 0...180_000)
      let outcome = try run("cost \(salary) EUR --country \(countries.joined(separator: ","))")
      let table = try #require(outcome.output as? SideBySideCostOutput)
      // Nigeria's naira has no built-in rate: it is left out, with a warning, and the rest stand.
      #expect(table.rows.count == countries.count - 1)
      #expect(outcome.warnings.contains { $0.hasPrefix("Nigeria left out: the exchange rate for NGN is unknown") })
      for row in table.rows {
        let input = row.cost.input
        let single = try run("cost \(input.salary.amount) \(input.salary.currency.code) --country \(input.country)")
        let cost = try #require(single.output as? CostOutput)
        #expect(cost.cost.total == row.cost.total, "\(input.country) at \(salary) EUR")
        #expect(cost.cost.perWorkedDay == row.cost.perWorkedDay)
      }
    }
  }

  @Test func theBreakEvenExchangeRateMakesTheTotalsMeet() throws {
    let outcome = try run("compare 60000 GBP --vs 450 EUR/day --country GB --months 6")
    let output = try #require(outcome.output as? ComparisonOutput)
    let foreign = try #require(output.foreign)
    // At the break-even rate the freelancer's day costs the break-even day rate.
    let day = try foreign.original.amount.multiplied(by: foreign.breakEvenRate)
    #expect(
      day.rounded(places: 2, mode: .halfUp)
        == output.comparison.breakEvenDayRate.amount.rounded(places: 2, mode: .halfUp))
    let again = try run("compare 60000 GBP --vs \(day) GBP/day --country GB --months 6")
    let comparison = try #require(again.output as? ComparisonOutput).comparison
    let gap = try comparison.employeeTotal.amount.subtracting(comparison.freelancerTotal.amount).magnitude
    #expect(gap < Amount(1))
  }

  @Test func aMonthlySalaryTakesTheCountrysPayments() throws {
    let spain = try #require(try run("cost 3000 EUR/month --country ES").output as? CostOutput)
    #expect(spain.cost.input.salary.amount == Amount(42_000))
    let germany = try #require(try run("cost 3000 EUR/month --country DE").output as? CostOutput)
    #expect(germany.cost.input.salary.amount == Amount(36_000))
    let set = try #require(try run("cost 3000 EUR/month --country ES --payments 12").output as? CostOutput)
    #expect(set.cost.input.salary.amount == Amount(36_000))
  }
}
