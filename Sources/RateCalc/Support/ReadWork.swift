import Synchronization

/// Counts the elementary steps the data readers take (bytes scanned, rows read, dictionary
/// probes, edit-distance cells), for tests that check linear growth by counting work rather
/// than timing it. Off unless a test binds a counter; each reader adds its count once, at the end.
public enum ReadWork {
  /// A count of steps, safe to share.
  public final class Counter: Sendable {
    private let steps = Atomic<Int>(0)

    /// Creates a counter at zero.
    public init() {}

    /// The steps counted so far.
    public var total: Int { steps.load(ordering: .relaxed) }

    func add(_ count: Int) { steps.add(count, ordering: .relaxed) }
  }

  /// The counter readers add to in the current task, if any.
  @TaskLocal public static var counter: Counter?

  /// Adds steps to the current counter, if one is bound.
  static func add(_ count: Int) { counter?.add(count) }
}
