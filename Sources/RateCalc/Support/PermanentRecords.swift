import Synchronization

/// A reference to an immutable record that a ``PermanentRecords`` store keeps for the whole run.
///
/// It is a plain pointer, never counted: copying it is copying eight bytes. Copying a counted
/// reference is an atomic increment and, later, an atomic decrement, about 10 ns on the 2-core
/// machine, more than the arithmetic of a conversion. `Money` holds a `Currency` and a conversion
/// holds its sources, each of which holds one of these, so results move between functions as
/// plain values.
struct RecordReference<Record: AnyObject & Sendable>: @unchecked Sendable {
  private let pointer: Unmanaged<Record>

  /// Only a store makes references, to records it keeps.
  fileprivate init(kept record: Record) {
    pointer = Unmanaged.passUnretained(record)
  }

  /// Reads from the record.
  @inline(__always)
  func read<Result>(_ body: (Record) -> Result) -> Result {
    pointer._withUnsafeGuaranteedRef(body)
  }

  /// Whether two references point at the same record.
  static func === (lhs: RecordReference, rhs: RecordReference) -> Bool {
    lhs.pointer.toOpaque() == rhs.pointer.toOpaque()
  }
}

/// A store of immutable records shared by content and never freed, so that values can point at
/// them with a ``RecordReference``.
///
/// It holds at most ``limit`` records: the same content is one record however often it is
/// loaded (the built-in currency table, loaded again by each command with its own `--rates`,
/// adds nothing after the first time). When the store is full a new record is refused
/// (``reference(for:make:)`` gives `nil`): a reader says so as an error in the file it reads,
/// and a value made in code points at the store's ``standIn``, which says the record was not
/// kept. The store never grows beyond its limit.
///
/// `Key` carries no `Hashable` requirement here, only on ``reference(for:make:)``: the store
/// files its keys by their hash values, in a dictionary keyed by `Int`. A dictionary keyed by
/// `Key` itself would make the Swift runtime look the conformance up by scanning every one in
/// the binary when the store is first made, about 200,000 instructions of each one-shot run.
final class PermanentRecords<Key: Sendable, Record: AnyObject & Sendable>: Sendable {
  /// The most records kept.
  let limit: Int
  private let state: Mutex<State>
  private let standInRecord: Record

  /// The records by the hash values of their keys, and how many there are.
  private struct State: Sendable {
    var byHash: [Int: [(key: Key, record: Record)]]
    var count = 0
  }

  /// Creates an empty store holding at most `limit` records, with room for `expected` before it
  /// grows (growing hashes every key again). `standIn` is what a value made past the limit reads.
  init(limit: Int, expected: Int = 64, standIn: Record) {
    self.limit = limit
    state = Mutex(State(byHash: Dictionary(minimumCapacity: min(expected, limit))))
    standInRecord = standIn
  }

  /// The number of records kept.
  var count: Int { state.withLock { $0.count } }

  /// The record a value made past the limit points at: kept by the store, so never freed.
  var standIn: RecordReference<Record> { RecordReference(kept: standInRecord) }

  /// The record for `key`, made by `make` the first time; `nil` when the store is full and holds
  /// no record for `key`.
  func reference(for key: Key, make: () -> Record) -> RecordReference<Record>? where Key: Hashable {
    let hash = key.hashValue
    return state.withLock { state in
      if let kept = state.byHash[hash]?.first(where: { $0.key == key }) { return RecordReference(kept: kept.record) }
      guard state.count < limit else { return nil }
      let record = make()
      state.byHash[hash, default: []].append((key, record))
      state.count += 1
      return RecordReference(kept: record)
    }
  }
}
