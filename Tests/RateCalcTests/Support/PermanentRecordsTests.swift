import Testing

@testable import RateCalc

/// Records shared by content and kept for the run, so money copies without reference counting.
@Suite struct PermanentRecordsTests {
  final class Note: Sendable {
    let text: String
    init(_ text: String) { self.text = text }
  }

  @Test func theSameContentIsOneRecordMadeOnce() throws {
    let store = PermanentRecords<String, Note>(limit: 10, standIn: Note("not kept"))
    var made = 0
    let first = try #require(
      store.reference(for: "a") {
        made += 1
        return Note("a")
      })
    let again = try #require(
      store.reference(for: "a") {
        made += 1
        return Note("a")
      })
    let other = try #require(store.reference(for: "b") { Note("b") })
    #expect(made == 1)
    #expect(first === again)
    #expect(!(first === other))
    #expect(store.count == 2)
    #expect(first.read { $0.text } == "a")
    #expect(other.read { $0.text } == "b")
  }

  @Test func pastTheLimitANewRecordIsRefusedAndTheStoreStopsGrowing() {
    let store = PermanentRecords<Int, Note>(limit: 3, standIn: Note("not kept"))
    var made = 0
    let references = (0..<10).map { number in
      store.reference(for: number) {
        made += 1
        return Note("\(number)")
      }
    }
    #expect(store.count == 3)
    #expect(made == 3, "a refused record is not even made")
    for (number, reference) in references.enumerated() {
      if number < 3 {
        #expect(reference?.read { $0.text } == "\(number)")
      } else {
        #expect(reference == nil)
      }
    }
    // A key already kept is still found after the limit is reached.
    #expect(store.reference(for: 1) { Note("new") }?.read { $0.text } == "1")
    #expect(store.standIn.read { $0.text } == "not kept")
  }

  @Test func currenciesAndSourcesLoadedTwiceShareTheirRecords() throws {
    let first = try BuiltIn.loadCurrencies()
    let second = try BuiltIn.loadCurrencies()
    let pound = try first.currency(code: "GBP")
    let again = try second.currency(code: "GBP")
    #expect(pound.name == again.name && pound.symbol == "£")
    let euro = try second.currency(code: "EUR")
    #expect(euro.name == "Euro" && euro.symbol == "€")
    let source = TableSource(name: "ECB", detail: "reference rates", file: "a.csv")
    let same = TableSource(name: "ECB", detail: "reference rates", file: "a.csv")
    let other = TableSource(name: "ECB", detail: "reference rates", file: "b.csv")
    #expect(source == same && source != other)
    #expect(other.file == "b.csv" && source.detail == "reference rates")
  }
}
