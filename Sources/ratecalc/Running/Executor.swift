import RateCalc

/// Runs parsed commands in a session: applies the command's setting options over the session's
/// settings, runs the command, and remembers its value and breakdown. It knows no command.
struct Executor {
  /// The data.
  var book: RateBook
  /// Session settings, variables and the last result.
  var session: Session
  /// Today, for staleness warnings and default years.
  let today: Day

  /// Runs one command.
  mutating func run(_ parsed: ParsedCommand) throws(CommandFailure) -> Outcome {
    var settings = session.settings
    for option in parsed.options.entries {
      guard let setting = option.spec.setting, let token = option.valueToken else { continue }
      try setting.apply(&settings, SettingInput(value: option.value, token: token, book: book))
    }
    var outcome: Outcome
    if type(of: parsed.command).onlyReadsSession {
      // The session moves into the context and back (a swap, not a copy): copying it counted a
      // reference for each of its tables, about a tenth of a piped conversion.
      var context = Context(book: book, session: Session(), settings: settings, options: parsed.options, today: today)
      swap(&context.session, &session)
      // Not a `Result`: making `Result<Outcome, CommandFailure>` looks up a conformance by
      // scanning all of them, about 150,000 instructions of every one-shot.
      do throws(CommandFailure) {
        outcome = try parsed.command.run(&context)
      } catch {
        swap(&context.session, &session)
        throw error
      }
      swap(&context.session, &session)
    } else {
      var context = Context(book: book, session: session, settings: settings, options: parsed.options, today: today)
      outcome = try parsed.command.run(&context)
      session = context.session
    }
    if !parsed.notes.isEmpty {
      outcome = Outcome(
        outcome.output, breakdown: outcome.breakdownSource, value: outcome.value,
        warnings: parsed.notes + outcome.warnings)
    }
    if let value = outcome.value { session.last = value }
    if outcome.breakdownSource.exists { session.lastBreakdown = (outcome.breakdownSource, outcome.output.title) }
    return outcome
  }
}
