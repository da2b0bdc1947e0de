/// A figure that a source may not give: `Rates/` writes `unknown` rather than invent one.
public enum Known<Value: Sendable & Equatable>: Sendable, Equatable {
  /// The source gives this value.
  case known(Value)
  /// The source does not give it.
  case unknown

  /// The value, or `nil` when unknown.
  public var value: Value? {
    if case .known(let value) = self { return value }
    return nil
  }
}
