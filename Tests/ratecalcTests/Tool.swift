import Foundation
import Testing

/// Runs the built `ratecalc` binary with a fixed, empty environment, as a user would.
enum Tool {
  /// The repository root, from this file's path.
  static let root: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
  }()

  /// The binary beside the test bundle (`.build/debug/ratecalc`).
  static let binary: String = {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ratecalc")
        .path,
      root + "/.build/debug/ratecalc",
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
  }()

  /// A fresh folder standing in for HOME, so no user file or history leaks into a test.
  static func home() -> String {
    let path = NSTemporaryDirectory() + "ratecalc-test-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func environment(home: String, extra: [String: String] = [:]) -> [String: String] {
    var environment = [
      "HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_DATA_HOME": home + "/data", "NO_COLOR": "1",
      "TERM": "dumb", "RATECALC_TODAY": "2026-04-14", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
    ]
    for (key, value) in extra { environment[key] = value }
    return environment
  }

  struct Run {
    let stdout: String
    let stderr: String
    let status: Int32
  }

  /// Runs the binary with arguments and standard input, in the repository folder.
  static func run(
    _ arguments: [String], input: String? = nil, bytes: [UInt8]? = nil, environment: [String: String]? = nil
  ) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.environment = environment ?? Tool.environment(home: home())
    process.currentDirectoryURL = URL(fileURLWithPath: root)
    let out = Pipe()
    let err = Pipe()
    let inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    try process.run()
    // Standard input is written and standard error read beside the read of standard output, so
    // a run that fills one pipe while the test waits on another cannot deadlock.
    let writer = inPipe.fileHandleForWriting
    let given = Data((input ?? "").utf8) + Data(bytes ?? [])
    let errors = Collected()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) {
      writer.write(given)
      try? writer.close()
    }
    let errorReader = err.fileHandleForReading
    DispatchQueue.global().async(group: group) { errors.data = errorReader.readDataToEndOfFile() }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    let stderr = errors.data
    process.waitUntilExit()
    return Run(
      stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
      status: process.terminationStatus)
  }

  /// Bytes read on another thread, handed over once its group is waited for.
  private final class Collected: @unchecked Sendable {
    var data = Data()
  }

  /// Splits a command line as a shell would for the simple cases the transcripts use: spaces
  /// separate, double quotes group.
  static func words(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    var inWord = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
        inWord = true
      } else if character == " " && !quoted {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }
}
