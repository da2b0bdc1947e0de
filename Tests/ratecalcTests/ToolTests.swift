import Foundation
import Testing

@Suite struct ToolTests {
  @Test func theBinaryWorksWhenCopiedAloneToAnotherFolder() throws {
    let folder = Tool.home()
    let copy = folder + "/ratecalc"
    try FileManager.default.copyItem(atPath: Tool.binary, toPath: copy)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: copy)
    process.arguments = ["convert", "55000", "GBP", "to", "USD"]
    process.environment = Tool.environment(home: folder)
    process.currentDirectoryURL = URL(fileURLWithPath: "/")
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(text.hasPrefix("£55,000.00 = $73,815.16"))
    #expect(process.terminationStatus == 0)
  }

  /// `ratecalc "convert 500 GBP to USD"`, as one gives `units` or `qalc` an expression: the one
  /// argument is the whole line. Several arguments keep a word with spaces as one word.
  @Test func oneQuotedArgumentIsTheWholeLine() throws {
    let environment = Tool.environment(home: Tool.home())
    let quoted = try Tool.run(["convert 500 GBP to USD"], environment: environment)
    let words = try Tool.run(["convert", "500", "GBP", "to", "USD"], environment: environment)
    #expect(quoted.stdout == words.stdout && quoted.stdout.hasPrefix("£500.00 = $671.05"))
    let range = try Tool.run(["£40k–£90k in EUR"], environment: environment)
    #expect(range.stdout.hasPrefix("£40,000.00–£90,000.00 = €45,946.38–€103,379.36"))
    let role = try Tool.run(["bands", "machine learning engineer"], environment: environment)
    #expect(role.stdout.hasPrefix("machine learning engineer\n"), "\(role.stdout)")
  }

  @Test func filesInTheConfigFolderAreUsed() throws {
    let home = Tool.home()
    let folder = home + "/config/ratecalc/rates"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let table = "date,base,quote,rate,source\n2026-04-10,USD,NGN,1500,\"my test rate\"\n"
    try table.write(toFile: folder + "/naira.csv", atomically: true, encoding: .utf8)
    let run = try Tool.run(["convert", "3000", "NGN", "to", "USD"], environment: Tool.environment(home: home))
    #expect(run.stdout.hasPrefix("₦3,000.00 = $2.00"))
    #expect(run.stdout.contains("my test rate (naira.csv) 2026-04-10"))
  }

  /// A line typed in the REPL or piped in reaches ratecalc without a shell: `~/` is read as the
  /// home folder all the same, in `check` and in `--rates`, and in a `--rates=~/…` the shell
  /// left alone. A missing path is named as it was written.
  @Test func aPathStartingWithATildeIsUnderHome() throws {
    let home = Tool.home()
    try FileManager.default.createDirectory(atPath: home + "/my rates", withIntermediateDirectories: true)
    let table = "date,base,quote,rate,source\n2026-04-10,USD,NGN,1500,\"my test rate\"\n"
    try table.write(toFile: home + "/my rates/naira.csv", atomically: true, encoding: .utf8)
    let lines = """
      check "~/my rates/naira.csv"
      convert 3000 NGN to USD --rates "~/my rates"
      check ~/nothing-here.csv
      check ~other/naira.csv

      """
    let run = try Tool.run([], input: lines, environment: Tool.environment(home: home))
    let output = run.stdout.split(separator: "\n").map(String.init)
    #expect(output.first == "1 file read, no problem found", "\(run.stdout)")
    #expect(output.contains { $0.hasPrefix("₦3,000.00 = $2.00") }, "\(run.stdout)")
    #expect(run.stderr.contains("line 3: error: no such file or folder: ~/nothing-here.csv"), "\(run.stderr)")
    #expect(run.stderr.contains("line 4: error: no such file or folder: ~other/naira.csv"), "\(run.stderr)")
    let equals = try Tool.run(
      ["--rates=~/my rates", "convert", "3000", "NGN", "to", "USD"], environment: Tool.environment(home: home))
    #expect(equals.stdout.hasPrefix("₦3,000.00 = $2.00"), "\(equals.stdout)\(equals.stderr)")
  }

  @Test func aMalformedUserFileIsReportedAndTheRestStillWorks() throws {
    let home = Tool.home()
    let folder = home + "/config/ratecalc/rates"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "Date,USD,GBP,\n2026-03-13,1,1476,0.86,\n".write(toFile: folder + "/bad.csv", atomically: true, encoding: .utf8)
    let run = try Tool.run(["convert", "55000", "GBP", "to", "USD"], environment: Tool.environment(home: home))
    #expect(run.stderr.contains("warning: \(folder)/bad.csv:2:12: a rate is written with a decimal point"))
    #expect(run.stderr.contains("warning: \(folder)/bad.csv: the whole file was not used (1 problem)"))
    #expect(run.stdout.hasPrefix("£55,000.00 = $73,815.16"))
    #expect(run.status == 0)
  }

  @Test(arguments: ["bash", "zsh", "fish"])
  func completionScripts(shell: String) throws {
    let run = try Tool.run(["completions", shell])
    #expect(run.status == 0)
    #expect(run.stdout.contains("ratecalc"))
    #expect(run.stdout.contains("convert"))
    #expect(run.stdout.contains("country"))
  }

  @Test func helpAndVersion() throws {
    let help = try Tool.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("exit status: 0 success, 1 a calculation failed, 2 a usage mistake"))
    #expect(try Tool.run(["--version"]).stdout == "ratecalc 0.1.0\n")
  }

  @Test func staleRatesWarnOnStandardErrorOnly() throws {
    let run = try Tool.run(
      ["convert", "55000", "GBP", "to", "USD"],
      environment: Tool.environment(home: Tool.home(), extra: ["RATECALC_TODAY": "2026-11-22"]))
    #expect(run.stdout == "£55,000.00 = $73,815.16\n  ECB 2026-04-13 · 1 GBP = 1.342094 USD\n")
    #expect(
      run.stderr
        == "warning: the ECB rates are 223 days old (newest 2026-04-13); run ratecalc rates update, or add a newer "
        + "table with --rates\n")
  }

  @Test func noColourInAPipe() throws {
    var environment = Tool.environment(home: Tool.home())
    environment["NO_COLOR"] = nil
    environment["TERM"] = "xterm"
    let run = try Tool.run(["quote", "75000", "GBP", "--country", "GB"], environment: environment)
    #expect(!run.stdout.contains("\u{1B}["))
  }
}

/// Every command's `--json` is one valid JSON document with a `type`.
@Suite struct JSONOutputTests {
  @Test(arguments: [
    "convert 55000 GBP to USD", "convert 40k-90k GBP to USD EUR", "550 EUR/day in GBP/hour",
    "quote 75000 GBP --country GB", "quote band \"machine learning engineer\" GB average",
    "cost 60000 GBP --country GB",
    "compare 60000 GBP --vs 450 GBP/day --country GB --months 6", "budget 120000 EUR --at 600 EUR/day --country DE",
    "bands \"machine learning engineer\" --in USD", "rates", "sources", "countries", "salary 450 GBP/day --country GB",
    "quote 75000 GBP --country GB --vary utilisation --from 60% --to 90% --step 10%",
    "cost 60000 GBP --country GB --explain", "help", "settings", "currencies franc",
  ])
  func isOneValidDocument(command: String) throws {
    let run = try Tool.run(Tool.words(command) + ["--json"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    #expect(object?["type"] is String)
    #expect(object?["command"] as? String == command + " --json")
  }
}
