import RateCalc

/// `sources`: every source a figure cites, with its date.
struct SourcesCommand: CommandSpec {
  static let info = CommandInfo(
    ["sources"], summary: "where every figure comes from", topic: "rates",
    examples: [("sources", "every source a figure cites, with its date")])

  static func parse(_ words: inout Words) throws(SyntaxError) -> SourcesCommand { SourcesCommand() }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    Outcome(SourcesOutput(sources: context.book.sources.values.sorted { $0.id < $1.id }))
  }
}

/// The sources, by id.
struct SourcesOutput: CommandOutput {
  let sources: [Source]

  func text(_ text: TextRenderer) -> [String] {
    var table = text.table()
    for source in sources { table.add([source.id, source.asOf, "\(source.title) — \(source.publisher)"]) }
    return table.lines
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    let documents = sources.map { source in
      JSON.object([
        ("id", .string(source.id)), ("title", .string(source.title)), ("publisher", .string(source.publisher)),
        ("location", .string(source.location)), ("as_of", .string(source.asOf)), ("note", .string(source.note)),
      ])
    }
    return [("type", .string("sources")), ("sources", .array(documents))]
  }
}
