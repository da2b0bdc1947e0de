/// Values gathered by key, in the order each key first appears: what a reader needs to turn rows
/// into tables, one per key.
///
/// The keys are filed by their hash values in a dictionary keyed by `Int`, never by `Key`
/// itself: the first dictionary keyed by a new type makes the Swift runtime look its `Hashable`
/// conformance up by scanning every conformance in the binary, about 200,000 instructions, and
/// the built-in data is read on every start.
struct OrderedGroups<Key, Value> {
  /// Each key, in the order it first appeared.
  private(set) var keys: [Key] = []
  /// The value of each key, at the key's position.
  var values: [Value] = []
  /// The positions of the keys with each hash value.
  private var positions: [Int: [Int]] = [:]

  /// An empty collection.
  init() {}

  /// The position of `key`, with a new value `initial()` at the end when the key is new.
  mutating func position(of key: Key, orAdd initial: () -> Value) -> Int where Key: Hashable {
    let hash = key.hashValue
    if let found = positions[hash]?.first(where: { keys[$0] == key }) { return found }
    keys.append(key)
    values.append(initial())
    positions[hash, default: []].append(keys.count - 1)
    return keys.count - 1
  }
}
