import Testing

@testable import ratecalc

/// Tables fitted to the window: the widest column of words wraps first; when even that is not
/// enough, a last column of notes goes below its row.
@Suite struct TextTableTests {
  var table: TextTable {
    var table = TextTable()
    table.rightAligned = [1]
    table.lastColumnIsNote = true
    table.add(["salary", "£60,000.00"])
    table.add(["Employer Class 1 National Insurance", "£8,250.00", "15% of pay above £5,000/year"])
    table.add(["total", "£69,570.90", "× 1.1595 salary"])
    return table
  }

  @Test func aTableThatFitsIsOneLineARow() {
    var wide = table
    wide.width = 100
    #expect(
      wide.lines == [
        "  salary                               £60,000.00",
        "  Employer Class 1 National Insurance   £8,250.00  15% of pay above £5,000/year",
        "  total                                £69,570.90  × 1.1595 salary",
      ])
  }

  @Test func theWidestColumnOfWordsWrapsFirst() {
    var narrower = table
    narrower.width = 60
    let lines = narrower.lines
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 }, "\(lines)")
    #expect(
      lines == [
        "  salary                  £60,000.00",
        "  Employer Class 1         £8,250.00  15% of pay above",
        "  National Insurance                  £5,000/year",
        "  total                   £69,570.90  × 1.1595 salary",
      ])
  }

  @Test func notesGoBelowTheirRowsWhenNothingElseFits() {
    var narrow = table
    narrow.width = 40
    #expect(
      narrow.lines == [
        "  salary                      £60,000.00",
        "  Employer Class 1 National    £8,250.00",
        "  Insurance",
        "      15% of pay above £5,000/year",
        "  total                       £69,570.90",
        "      × 1.1595 salary",
      ])
    // A last column that is not a note, or of figures, never goes below: it is part of the table.
    var plain = narrow
    plain.lastColumnIsNote = false
    #expect(plain.lines.contains { $0.contains("£8,250.00  15% of pay above") }, "\(plain.lines)")
    var figures = narrow
    figures.rightAligned = [1, 2]
    #expect(figures.lines.contains { $0.contains("£8,250.00  15% of pay above £5,000/year") }, "\(figures.lines)")
  }
}
