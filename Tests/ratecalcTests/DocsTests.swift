import Foundation
import Testing

/// `docs/json.md` shows each command's `--json` document: each is run and must print exactly that
/// document (compared as JSON values, since the file spreads it over lines) with that status.
@Suite struct DocsTests {
  struct Example: CustomTestStringConvertible {
    let command: String
    let status: Int32
    let document: String
    var testDescription: String { command }
  }

  static func examples() -> [Example] {
    guard let text = try? String(contentsOfFile: Tool.root + "/docs/json.md", encoding: .utf8) else { return [] }
    var examples: [Example] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var index = 0
    while index < lines.count {
      let line = lines[index]
      index += 1
      guard line.hasPrefix("`ratecalc "), let close = line.dropFirst().firstIndex(of: "`") else { continue }
      let command = String(line[line.index(after: line.startIndex)..<close])
      let status = Int32(line.split(separator: " ").last?.dropLast() ?? "") ?? -1
      while index < lines.count && lines[index] != "```json" { index += 1 }
      var body: [String] = []
      index += 1
      while index < lines.count && lines[index] != "```" {
        body.append(lines[index])
        index += 1
      }
      examples.append(Example(command: command, status: status, document: body.joined(separator: "\n")))
    }
    return examples
  }

  @Test func theDocumentHasAnExampleOfEachCommand() {
    let shown = Set(DocsTests.examples().map { $0.command.split(separator: " ")[1] })
    for command in ["convert", "quote", "salary", "cost", "compare", "budget", "bands", "rates", "sources"] {
      #expect(shown.contains(Substring(command)), "docs/json.md has no \(command)")
    }
  }

  @Test(arguments: DocsTests.examples())
  func eachExamplePrintsItsDocument(_ example: Example) throws {
    let run = try Tool.run(Array(Tool.words(example.command).dropFirst()))
    #expect(run.status == example.status)
    let printed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? NSDictionary
    let shown = try JSONSerialization.jsonObject(with: Data(example.document.utf8)) as? NSDictionary
    #expect(printed != nil && printed == shown)
    #expect(run.stdout.split(separator: "\n").count == 1)
  }
}
