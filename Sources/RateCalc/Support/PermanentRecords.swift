import Synchronization

/// A reference to an immutable record that copies without reference counting when the record is
/// permanent (kept by a ``PermanentRecords`` store for the whole run).
///
/// Copying a counted reference is an atomic increment and, later, an atomic decrement: about
/// 10 ns on the 2-core machine, more than the arithmetic of a conversion. `Money` holds a
/// `Currency`, which holds one of these, so money moves between functions for free.
enum RecordReference<Record: AnyObject & Sendable>: @unchecked Sendable {
  /// A record its store keeps alive until the process ends: no counting.
  case permanent(Unmanaged<Record>)
  /// A record past its store's limit: an ordinary counted reference.
  case counted(Record)

  /// Reads from the record without retaining it.
  @inline(__always)
  func read<Result>(_ body: (Record) -> Result) -> Result {
    switch self {
    case .permanent(let reference): reference._withUnsafeGuaranteedRef(body)
    case .counted(let record): body(record)
    }
  }

  /// Whether two references point at the same record.
  static func === (lhs: RecordReference, rhs: RecordReference) -> Bool {
    lhs.read { left in rhs.read { right in left === right } }
  }
}

/// A store of immutable records shared by content and never freed, so values can point at them
/// with ``RecordReference/permanent(_:)``.
///
/// It holds at most ``limit`` records: the same content is one record however often it is
/// loaded (the built-in currency table, loaded again by each command with its own `--rates`,
/// adds nothing after the first time). Past the limit a new record is counted instead, so the
/// store never grows beyond it and nothing is lost.
final class PermanentRecords<Key: Hashable & Sendable, Record: AnyObject & Sendable>: Sendable {
  /// The most records kept.
  let limit: Int
  private let records: Mutex<[Key: Record]>

  /// Creates an empty store holding at most `limit` records, with room for `expected` before it
  /// grows (growing hashes every key again).
  init(limit: Int, expected: Int = 64) {
    self.limit = limit
    records = Mutex(Dictionary(minimumCapacity: min(expected, limit)))
  }

  /// The number of records kept.
  var count: Int { records.withLock { $0.count } }

  /// The record for `key`, made by `make` the first time; permanent while the store has room.
  func reference(for key: Key, make: () -> Record) -> RecordReference<Record> {
    records.withLock { records in
      if let record = records[key] { return .permanent(Unmanaged.passUnretained(record)) }
      let record = make()
      guard records.count < limit else { return .counted(record) }
      records[key] = record
      return .permanent(Unmanaged.passUnretained(record))
    }
  }
}
