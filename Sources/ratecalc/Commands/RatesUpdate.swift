import FoundationEssentials
import RateCalc

#if canImport(Glibc)
  import Glibc
#endif

/// `rates update`: downloads the ECB's current history (`eurofxref-hist.xml`) with the system's
/// `curl` (run with its arguments, never through a shell), checks it with the reader `--rates`
/// uses, and installs it atomically in `$XDG_DATA_HOME/ratecalc/rates/`, which every run reads.
/// A conditional request (the ETag and Last-Modified of the last download) makes a second update
/// the same day download nothing. ratecalc does no network I/O unless asked this way.
struct RatesUpdateCommand: CommandSpec {
  static let info = CommandInfo(
    ["rates", "update"], summary: "download the ECB's current rates", topic: "rates",
    examples: [("rates update", "the ECB's current rates downloaded, checked and kept for every run")])

  /// The ECB's folder of reference-rate files.
  static let defaultURL = "https://www.ecb.europa.eu/stats/eurofxref/"
  /// The file fetched from it: the whole history, so any date converts.
  static let fileName = "eurofxref-hist.xml"
  /// Seconds before a download is given up, unless `RATECALC_UPDATE_TIMEOUT` says otherwise.
  static let defaultTimeout = 60
  /// The largest download accepted (the ECB's history XML is about 8 MB).
  static let maximumBytes = 64 * 1024 * 1024

  static func parse(_ words: inout Words) throws(SyntaxError) -> RatesUpdateCommand { RatesUpdateCommand() }

  func run(_ context: inout Context) throws(CommandFailure) -> Outcome {
    let environment = context.session.environment
    guard let folder = UserFolders.data("rates", environment) else {
      throw .calculation("no home folder to keep the rates in (set HOME or XDG_DATA_HOME)")
    }
    let base = environment["RATECALC_ECB_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? RatesUpdateCommand.defaultURL
    let url = base.hasSuffix("/") ? base + RatesUpdateCommand.fileName : base + "/" + RatesUpdateCommand.fileName
    guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
      throw .calculation("RATECALC_ECB_URL must be an http(s) URL: \(base)")
    }
    let timeout =
      environment["RATECALC_UPDATE_TIMEOUT"].flatMap(Int.init).map { max(1, min($0, 600)) }
      ?? RatesUpdateCommand.defaultTimeout
    var download = ECBDownload(folder: folder, url: url, timeout: timeout)
    let outcome = try download.fetch(book: context.book, today: context.today)
    return Outcome(MessageOutput(message: outcome))
  }
}

/// One download of the ECB's history into the user's rates folder.
struct ECBDownload {
  let folder: String
  let url: String
  let timeout: Int

  /// Where the file is installed.
  var path: String { folder + "/ecb-" + RatesUpdateCommand.fileName }
  /// What the last download was: its URL, date, ETag and Last-Modified.
  var metadataPath: String { path + ".download" }

  /// Downloads, checks and installs; the sentence saying what happened.
  mutating func fetch(book: RateBook, today: Day) throws(CommandFailure) -> String {
    do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
      throw .calculation("cannot create \(folder)")
    }
    let temporary = path + ".part-\(getpid())"
    let headers = path + ".headers-\(getpid())"
    defer {
      unlink(temporary)
      unlink(headers)
    }
    var arguments = [
      "--silent", "--show-error", "--location", "--max-time", String(timeout), "--connect-timeout",
      String(min(timeout, 30)), "--max-filesize", String(RatesUpdateCommand.maximumBytes), "--output", temporary,
      "--dump-header", headers, "--write-out", "%{http_code}", "--proto", "=http,https",
    ]
    let previous = ECBDownload.metadata(metadataPath)
    if FileManager.default.fileExists(atPath: path) {
      if let etag = previous["etag"] { arguments += ["--header", "If-None-Match: \(etag)"] }
      if let modified = previous["last-modified"] { arguments += ["--header", "If-Modified-Since: \(modified)"] }
    }
    guard let result = ChildProcess.run("curl", arguments + [url]) else {
      throw .calculation("rates update needs curl, which is not installed (apt-get install curl)")
    }
    let code = String(decoding: result.output, as: UTF8.self)
    guard result.status == 0 else {
      let said = String(decoding: result.error, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
      let reason =
        result.status == 28 ? "no answer within \(timeout) s" : said.isEmpty ? "curl failed (\(result.status))" : said
      throw .calculation("cannot download \(url): \(reason); the rates already installed stay")
    }
    if code == "304" {
      return "the ECB rates are up to date (\(url) has not changed since \(previous["date"] ?? "the last update"))"
    }
    guard code == "200" else {
      throw .calculation("\(url) answered HTTP \(code); the rates already installed stay")
    }
    return try install(temporary, headers: headers, book: book, today: today)
  }

  /// Checks the download with the reader `--rates` uses and renames it into place.
  private func install(_ temporary: String, headers: String, book: RateBook, today: Day) throws(CommandFailure)
    -> String
  {
    guard let data = FileManager.default.contents(atPath: temporary), let text = String(data: data, encoding: .utf8)
    else {
      throw .calculation("the download from \(url) is not UTF-8 text; the rates already installed stay")
    }
    let rules = ExchangeReadRules.userFile(currencies: book.currencies, today: today)
    let read = ExchangeTableReader.readReportingAll(text, file: url, rules: rules)
    guard read.problems.isEmpty, let table = read.tables.first, table.source.name == "ECB",
      let oldest = table.oldest, let newest = table.newest
    else {
      let problem = read.problems.first?.message ?? "no ECB rates in it"
      throw .calculation("the download is not an ECB rates file (\(problem)); the rates already installed stay")
    }
    guard rename(temporary, path) == 0 else { throw .calculation("cannot install \(path)") }
    let header = ECBDownload.responseHeaders(headers)
    var lines = ["url \(url)", "date \(today)"]
    if let etag = header["etag"] { lines.append("etag \(etag)") }
    if let modified = header["last-modified"] { lines.append("last-modified \(modified)") }
    _ = AtomicFile.write(lines.joined(separator: "\n") + "\n", to: metadataPath)
    let tenths = (data.count + 50_000) / 100_000
    let megabytes = "\(tenths / 10).\(tenths % 10)"
    return "ECB rates updated: \(oldest)…\(newest), \(table.quoted.count) currencies (\(megabytes) MB from \(url))"
  }

  /// The last download's record: `name value` lines.
  static func metadata(_ path: String) -> [String: String] {
    guard let data = FileManager.default.contents(atPath: path), data.count < 65_536 else { return [:] }
    var values: [String: String] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let parts = line.split(separator: " ", maxSplits: 1)
      if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
    }
    return values
  }

  /// The last response's headers, names in lower case.
  static func responseHeaders(_ path: String) -> [String: String] {
    guard let data = FileManager.default.contents(atPath: path) else { return [:] }
    var values: [String: String] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\r\n") {
      if line.hasPrefix("HTTP/") { values = [:] }  // after a redirect, only the last response counts
      guard let colon = line.firstIndex(of: ":") else { continue }
      let name = line[..<colon].lowercased()
      let value = line[line.index(after: colon)...].drop { $0 == " " }
      guard value.allSatisfy({ $0 != "\n" && $0 != "\r" }) else { continue }
      values[name] = String(value)
    }
    return values
  }
}
