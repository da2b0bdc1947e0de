import TestSupport
import Testing

@testable import RateCalc

/// Values gathered by key in the order keys first appear, filed by hash value.
@Suite struct OrderedGroupsTests {
  /// A key whose hash value is the same for every key, so all of them collide.
  struct Colliding: Hashable {
    let name: String
    func hash(into hasher: inout Hasher) { hasher.combine(0) }
  }

  @Test func keysKeepTheOrderTheyFirstAppearedIn() {
    var groups = OrderedGroups<String, [Int]>()
    for (number, key) in ["b", "a", "b", "c", "a", "b"].enumerated() {
      groups.values[groups.position(of: key) { [] }].append(number)
    }
    #expect(groups.keys == ["b", "a", "c"])
    #expect(groups.values == [[0, 2, 5], [1, 4], [3]])
  }

  @Test func keysWithTheSameHashValueStayApart() {
    var groups = OrderedGroups<Colliding, Int>()
    var made = 0
    for name in ["x", "y", "x", "z", "y"] {
      let position = groups.position(of: Colliding(name: name)) {
        made += 1
        return 0
      }
      groups.values[position] += 1
    }
    #expect(made == 3, "a value is made once a key")
    #expect(groups.keys.map(\.name) == ["x", "y", "z"])
    #expect(groups.values == [2, 2, 1])
  }

  @Test func aRandomSequenceMatchesADictionary() {
    var generator = SeededGenerator(seed: 17)
    var groups = OrderedGroups<Int, Int>()
    var counts: [Int: Int] = [:]
    var order: [Int] = []
    for _ in 0..<5_000 {
      let key = generator.below(300)
      if counts[key] == nil { order.append(key) }
      counts[key, default: 0] += 1
      groups.values[groups.position(of: key) { 0 }] += 1
    }
    #expect(groups.keys == order)
    #expect(groups.values == order.map { counts[$0] ?? -1 })
  }
}
