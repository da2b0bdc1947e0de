import Testing

@testable import RateCalc

/// Records shared by content and kept for the run, so money copies without reference counting.
@Suite struct PermanentRecordsTests {
  final class Note: Sendable {
    let text: String
    init(_ text: String) { self.text = text }
  }

  @Test func theSameContentIsOneRecordMadeOnce() {
    let store = PermanentRecords<String, Note>(limit: 10)
    var made = 0
    let first = store.reference(for: "a") {
      made += 1
      return Note("a")
    }
    let again = store.reference(for: "a") {
      made += 1
      return Note("a")
    }
    let other = store.reference(for: "b") { Note("b") }
    #expect(made == 1)
    #expect(first === again)
    #expect(!(first === other))
    #expect(store.count == 2)
    guard case .permanent = first else {
      Issue.record("a record within the limit is permanent")
      return
    }
    #expect(first.read { $0.text } == "a")
    #expect(other.read { $0.text } == "b")
  }

  @Test func pastTheLimitRecordsAreCountedAndTheStoreStopsGrowing() {
    let store = PermanentRecords<Int, Note>(limit: 3)
    let references = (0..<10).map { number in store.reference(for: number) { Note("\(number)") } }
    #expect(store.count == 3)
    for (number, reference) in references.enumerated() {
      #expect(reference.read { $0.text } == "\(number)")
      switch reference {
      case .permanent: #expect(number < 3)
      case .counted: #expect(number >= 3)
      }
    }
    // A key already kept is still found after the limit is reached.
    #expect(store.reference(for: 1) { Note("new") } === references[1])
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
