import Foundation
import Testing

@testable import ratecalc

/// ratecalc reads only the environment variables it lists, so every name the sources read must be
/// on the list (a name missing from it would read as unset).
@Suite struct EnvironmentTests {
  /// The names in `environment["…"]`, `folder("…"` and `Environment.value("…")` across the sources.
  func namesRead() throws -> Set<String> {
    let sources = Tool.root + "/Sources"
    let pattern = try NSRegularExpression(
      pattern: #"(?:environment\[|folder\(|Environment\.value\()"([A-Z][A-Z0-9_]*)""#)
    var names = Set<String>()
    let files = FileManager.default.enumerator(atPath: sources)?.compactMap { $0 as? String } ?? []
    for file in files where file.hasSuffix(".swift") {
      let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
      let range = NSRange(text.startIndex..., in: text)
      for match in pattern.matches(in: text, range: range) {
        if let name = Range(match.range(at: 1), in: text) { names.insert(String(text[name])) }
      }
    }
    return names
  }

  @Test func everyVariableTheSourcesReadIsListed() throws {
    let read = try namesRead()
    #expect(read.count >= 10, "the scan finds the names read (\(read.sorted()))")
    #expect(read.isSubset(of: Set(Environment.names)), "not listed: \(read.subtracting(Environment.names).sorted())")
  }

  @Test func aListedVariableIsReadAndAnUnsetOneIsAbsent() {
    let read = Environment.read()
    #expect(Set(read.keys).isSubset(of: Set(Environment.names)))
    #expect(read["PATH"] == nil, "PATH is not one ratecalc reads")
    #expect(read["HOME"] == Environment.value("HOME"))
  }
}
