/// Command templates from the golden transcripts with `#` for each value, and the extreme values
/// to put there: shared by the fuzz target `Fuzz/extremes.swift` and a seeded run in `swift test`.
enum ExtremeInputs {
  static let templates = [
    "convert # GBP to USD", "convert #-# GBP to USD EUR", "# EUR/day in GBP/hour --hours #",
    "quote # GBP --country GB --utilisation #% --expenses # --markup #% --fee #% --round-to #",
    "quote # GBP --country GB --vary utilisation --from #% --to #% --step #%", "salary # GBP/day --country GB",
    "cost # GBP --country GB --benefits # --overhead # --recruiting #% --tenure #",
    "cost # EUR --country FR --staff # --payroll #", "cost # AED --country AE --nationality national",
    "compare # GBP --vs # GBP/day --country GB --months # --recruiting #% --ramp-up # --notice #",
    "compare # USD --vs # USD/hour --country US --weeks # --start 2026-01 --notice-pay paid --notice #",
    "compare # CAD --vs # CAD/day --country CA --days # --agency #%",
    "compare # GBP --vs # GBP/day --country GB --weekdays 260 --holidays # --leave # --sick # --training #",
    "budget # EUR --at # EUR/day --country DE --salary €#",
    "cost # GBP --country GB --vary leave --from # --to # --step #",
    "bands \"machine learning engineer\" --in USD --round-to #", "let a = convert # EUR to USD",
  ]
  static let values = [
    "0", "-1", "-450", "0.000000000000000001", "99999999999999999999", "99999999999999999999.999999999999999999",
    "100000000000000000000", "1" + String(repeating: "0", count: 400), "601", "600", "367", "366", "24", "25", "100",
    "101", "1.5", "85070591730234615653.167172532355513731", "255.99999999999999999", "4.00000000000000001", "12", "1",
  ]

  /// A template filled with the values chosen by `pick` (called once per slot).
  static func line(template: Int, pick: (Int) -> Int) -> String {
    var line = ""
    var slot = 0
    for character in templates[template % templates.count] {
      if character == "#" {
        line += values[pick(slot) % values.count]
        slot += 1
      } else {
        line.append(character)
      }
    }
    return line
  }
}
