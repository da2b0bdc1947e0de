import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `rates update` against a local stand-in for the ECB (Support/ecb-server.py on 127.0.0.1):
/// success, not modified, 404, a truncated body, a file that is not the ECB's, a slow server, and
/// no server. Only loopback addresses; each run bounded by a 1-second timeout.
@Suite(.serialized, .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
struct RatesUpdateTests {
  final class Server {
    let process = Process()
    let port: Int

    init() throws {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
      process.arguments = [
        Tool.root + "/Tests/ratecalcTests/Support/ecb-server.py",
        Tool.root + "/Tests/RateCalcTests/Fixtures/ecb/eurofxref-hist-90d.xml",
      ]
      let out = Pipe()
      process.standardOutput = out
      try process.run()
      var line = Data()
      while !line.contains(10) {
        let byte = out.fileHandleForReading.readData(ofLength: 1)
        guard !byte.isEmpty else { break }
        line += byte
      }
      guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
      else { throw POSIXError(.ECONNREFUSED) }
      self.port = port
    }

    /// Stops the server: SIGKILL, since the test runner's blocked signals are inherited.
    func stop() {
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
    }

    deinit { kill(process.processIdentifier, SIGKILL) }
  }

  func update(_ home: String, _ url: String) throws -> Tool.Run {
    try Tool.run(
      ["rates", "update"],
      environment: Tool.environment(home: home, extra: ["RATECALC_ECB_URL": url, "RATECALC_UPDATE_TIMEOUT": "1"]))
  }

  @Test func aDownloadIsCheckedInstalledAndNotFetchedTwice() throws {
    let server = try Server()
    let home = Tool.home()
    let base = "http://127.0.0.1:\(server.port)"
    let first = try update(home, base + "/ok/")
    #expect(first.status == 0)
    #expect(first.stdout.hasPrefix("ECB rates updated: 2025-01-06…2025-04-04, 30 currencies"))
    let installed = home + "/data/ratecalc/rates/ecb-eurofxref-hist.xml"
    #expect(FileManager.default.fileExists(atPath: installed))
    // The next run reads it: a date in its range converts from it.
    let converted = try Tool.run(
      ["convert", "100", "EUR", "to", "USD", "--on", "2025-04-04"], environment: Tool.environment(home: home))
    #expect(converted.stdout.contains("ecb-eurofxref-hist.xml"))
    let second = try update(home, base + "/ok/")
    #expect(second.status == 0 && second.stdout.hasPrefix("the ECB rates are up to date"))
    let rates = try Tool.run(["rates"], environment: Tool.environment(home: home))
    #expect(rates.stdout.contains("updated 2026-04-14 from \(base)/ok/eurofxref-hist.xml"))
  }

  @Test(arguments: [
    ("/missing/", "answered HTTP 404"), ("/truncated/", "cannot download"), ("/garbage/", "not an ECB rates file"),
    ("/slow/", "no answer within 1 s"),
  ])
  func aFailedDownloadLeavesTheInstalledRates(path: String, message: String) throws {
    let server = try Server()
    let home = Tool.home()
    let base = "http://127.0.0.1:\(server.port)"
    #expect(try update(home, base + "/ok/").status == 0)
    let installed = home + "/data/ratecalc/rates/ecb-eurofxref-hist.xml"
    let before = try Data(contentsOf: URL(fileURLWithPath: installed))
    let failed = try update(home, base + path)
    #expect(failed.status == 1)
    #expect(failed.stderr.contains(message), "\(failed.stderr)")
    #expect(failed.stderr.contains("the rates already installed stay"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: installed)) == before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: home + "/data/ratecalc/rates")
    #expect(leftovers.sorted() == ["ecb-eurofxref-hist.xml", "ecb-eurofxref-hist.xml.download"])
  }

  @Test func noServerIsAClearError() throws {
    // A port that was just free: nothing listens there.
    let socket = try Server()
    let port = socket.port
    socket.stop()
    let failed = try update(Tool.home(), "http://127.0.0.1:\(port)/")
    #expect(failed.status == 1)
    #expect(failed.stderr.hasPrefix("error: cannot download http://127.0.0.1:\(port)/eurofxref-hist.xml"))
  }
}
