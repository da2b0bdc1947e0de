import Testing

@testable import RateCalc

/// Period words are read from bytes: every spelling in any case, and nothing else.
@Suite struct PeriodWordTests {
  /// The reading as it was first written: the lower-cased word against each spelling.
  func spelled(_ word: String) -> Period? {
    let lowered = word.lowercased()
    return Period.spellings.first { $0.1.contains(lowered) }?.0
  }

  @Test func everySpellingInAnyCaseIsItsPeriod() {
    for (period, spellings) in Period.spellings {
      for spelling in spellings {
        #expect(Period(word: spelling) == period)
        #expect(Period(word: spelling.uppercased()) == period)
        #expect(Period(word: spelling.prefix(1).uppercased() + spelling.dropFirst()) == period)
        #expect(Period(word: spelling[...]) == period, "a substring reads as its string")
      }
    }
  }

  @Test func otherWordsAreNoPeriod() {
    for word in ["", "USD", "GBP", "hourz", "hours!", "da y", "d1", "yearlyy", "ann", "p", "mon", "1", "/day", "día"] {
      #expect(Period(word: word) == nil, "\(word)")
    }
    // Generated words of letters and a few other bytes agree with the lower-cased reading.
    let alphabet = Array("adhkmnoprsuwyADHYél@[`{ ")
    var state: UInt64 = 7
    for _ in 0..<20_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(state >> 60) % 9
      var word = ""
      for shift in 0..<length {
        word.append(alphabet[Int((state >> UInt64(shift * 5 + 3)) & 31) % alphabet.count])
      }
      #expect(Period(word: word) == spelled(word), "\(word.debugDescription)")
    }
  }
}
