import Testing

/// The error of type `E` that `body` throws, or `nil` (with a recorded issue) when it throws none
/// or another kind.
func caught<E: Error>(
  _ type: E.Type, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> some Any
) -> E? {
  do {
    _ = try body()
    Issue.record("expected an error of type \(E.self)", sourceLocation: sourceLocation)
  } catch let error as E {
    return error
  } catch {
    Issue.record("expected \(E.self), got \(error)", sourceLocation: sourceLocation)
  }
  return nil
}
