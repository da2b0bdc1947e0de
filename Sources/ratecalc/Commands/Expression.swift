import RateCalc

/// `450 GBP/day * 220 days`, `ans * 1.1`, `(55k GBP to USD) - 60k USD`: arithmetic on numbers,
/// money, rates and durations, exact, by the rules of ``ExpressionValue``. A line with no command
/// word that holds an operator or a parenthesis is an expression.
struct ExpressionCommand: CommandSpec {
  static let info = CommandInfo(
    ["="], summary: "arithmetic on money, rates and durations",
    help: """
      AMOUNT op AMOUNT …      450 GBP/day * 220 days · 60000 GBP + 5000 GBP · ans * 1.1
        Values: numbers (1.1, 15%), money (55k GBP, £55k), rates (450 GBP/day), durations
        (220 days, 6 months, 37.5 hours), ans, _, let names, and a command in parentheses:
        (quote 75k GBP --country GB) * 1.1
        Operators, loosest first: to/in (a conversion, at the end or in parentheses);
        + and -; * / and per; unary -; % after a number. Left to right; ( ) group.
        Money + money of one currency; money × or ÷ a number; + 20% adds a fifth;
        rate × duration = money (on the calendar when the periods differ, and it says how);
        money ÷ duration = rate; money ÷ rate = duration; money ÷ money = a number.
        Two currencies never meet without 'to': (55k GBP to USD) - 60k USD.
        Limits: 64 levels of nesting, 2,000 pieces.
      """,
    topic: nil,
    overview: [("450 GBP/day * 220 days", "sums of money, rates and durations")],
    examples: [
      ("450 GBP/day * 220 days", "arithmetic on money, rates and durations, exact; a currency mix is an error")
    ],
    options: OptionSpec.figures + OptionSpec.amounts + [.explain, .on, .exactDate] + OptionSpec.calendar + [
      .setting("utilisation"), .setting("basis"),
    ])

  /// The expression.
  let expression: ExpressionNode

  static func parse(_ words: inout Words) throws(SyntaxError) -> ExpressionCommand {
    let tokens = Array(words.rest)
    words.skipRest()
    return ExpressionCommand(expression: try ExpressionParser.parse(tokens, line: words.line))
  }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    var evaluator = ExpressionEvaluator(context: context)
    let value = try evaluator.evaluate(expression)
    context.session = evaluator.context.session
    let quantity: Quantity? =
      switch value {
      case .money(let money): Quantity(money: money, period: nil)
      case .rate(let money, let period): Quantity(money: money, period: period)
      default: nil
      }
    let breakdown = evaluator.breakdown
    return Outcome(
      ExpressionOutput(value: value, conversions: evaluator.conversions, notes: breakdown.entries),
      breakdown: breakdown, value: quantity,
      warnings: breakdown.entries.filter { $0.kind == .warning }.map(\.text))
  }
}

/// An expression's value, with how its periods and currencies were changed.
struct ExpressionOutput: CommandOutput {
  let value: ExpressionValue
  let conversions: [Conversion]
  let notes: [Breakdown.Note]

  var title: String { "expression" }

  func text(_ text: TextRenderer) -> [String] {
    var lines = [text.style.bold(ExpressionOutput.shown(value, text.render))]
    for note in notes where note.kind == .assumption { lines.append(text.style.dim("  " + note.text)) }
    for conversion in conversions { lines.append(text.style.dim("  " + text.provenance(conversion))) }
    return lines
  }

  /// The value as people read it.
  static func shown(_ value: ExpressionValue, _ render: Render) -> String {
    switch value {
    case .number(let n, let percent): percent ? Render.percent(n, places: 6) : Render.number(n, places: 6)
    case .money(let money): render.money(money)
    case .rate(let money, let period): render.money(money, per: period)
    case .duration(let n, let period):
      "\(Render.number(n, places: 2)) \(period.rawValue)\(n == .one ? "" : "s")"
    }
  }

  func json(_ json: JSONRenderer) -> [(String, JSON)] {
    var members: [(String, JSON)] = [("type", .string("expression"))]
    switch value {
    case .number(let n, let percent):
      members += [("kind", .string(percent ? "percentage" : "number")), ("value", json.number(n))]
    case .money(let money): members += [("kind", .string("money")), ("value", json.money(money))]
    case .rate(let money, let period):
      members += [("kind", .string("rate")), ("value", json.money(money, per: period))]
    case .duration(let n, let period):
      members += [
        ("kind", .string("duration")),
        ("value", .object([("amount", json.number(n)), ("per", .string(period.rawValue))])),
      ]
    }
    members.append(("notes", .array(notes.filter { $0.kind == .assumption }.map { .string($0.text) })))
    members.append(("exchange", .array(conversions.map(json.conversion))))
    return members
  }
}
