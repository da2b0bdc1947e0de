import RateCalc

/// The interactive prompt: a line editor on a raw terminal, the app to run lines, and history
/// appended as each line is entered.
struct REPL {
  var app: App
  let environment: [String: String]

  mutating func run() {
    var history = History(path: History.path(environment))
    if let problem = history.problem { app.output.errorLine("warning: \(problem)") }
    // Fitted to the window, as every result is: a narrow terminal would otherwise break words.
    func show(_ line: String) {
      for piece in TextWrap.fit(line, width: app.width) { app.output.line(piece) }
    }
    show(app.style.bold("ratecalc") + " · type help, or try: convert 55000 GBP to USD · Ctrl-D quits")
    if let ecb = app.executor.book.exchange.tables.first(where: { $0.kind == .observed }), let newest = ecb.newest {
      let age = newest.days(until: app.executor.today)
      let note = age > ConversionOptions().staleAfterDays ? " (\(age) days old: add newer rates with --rates)" : ""
      show(app.style.dim("rates: \(ecb.source.name) to \(newest)\(note); rules of the current year unless set year"))
    }
    app.output.flush()
    guard Terminal.enableRawMode() else { return }
    defer { Terminal.restore() }
    while true {
      var editor = LineEditor(
        history: history,
        completion: Completion(book: app.executor.book, variables: Array(app.executor.session.variables.keys)),
        prompt: "> ")
      let input = editor.read()
      guard case .line(let line) = input else { break }
      if let problem = history.add(line) { app.output.errorLine("warning: \(problem)") }
      app.width = Width.output
      app.output.errorWidth = Width.error
      let status = app.run(line)
      app.output.flush()
      if status == .quit { break }
    }
    Terminal.restore()
  }
}
