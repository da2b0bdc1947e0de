import Foundation
import Testing

@testable import ratecalc

/// The history file: appends under a lock, trims by renaming a fresh file, never follows links.
@Suite struct HistoryFileTests {
  func folder() throws -> String {
    let path = NSTemporaryDirectory() + "ratecalc-history-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func aLineIsAppendedAfterAFileWithoutATrailingNewline() throws {
    let path = try folder() + "/history"
    #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8)))
    #expect(HistoryFile(path: path).append("new") == nil)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\nnew\n")
  }

  /// Past twice the limit the file keeps the last `limit` lines.
  @Test func aLongHistoryIsTrimmedToTheLimit() throws {
    let path = try folder() + "/history"
    let lines = (1...(History.limit * 2)).map { "convert \($0) EUR to GBP with a long enough tail for the size" }
    #expect(FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8)))
    #expect(HistoryFile(path: path).append("the newest") == nil)
    let kept = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(kept.count == History.limit)
    #expect(kept.last == "the newest")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent) == ["history"])
  }

  /// A symlink planted at the trim's temporary name is removed, never written through.
  @Test func aPlantedLinkAtTheTemporaryNameIsNotFollowed() throws {
    let base = try folder()
    let path = base + "/history"
    let victim = base + "/victim"
    #expect(FileManager.default.createFile(atPath: victim, contents: Data("precious".utf8)))
    try FileManager.default.createSymbolicLink(atPath: path + ".tmp-\(getpid())", withDestinationPath: victim)
    let lines = (1...(History.limit * 2)).map { "line \($0) with a tail long enough to pass the size check......." }
    #expect(FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8)))
    #expect(HistoryFile(path: path).append("last") == nil)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("last\n"))
  }

  /// A link in place of the history file itself is refused (O_NOFOLLOW).
  @Test func aLinkInPlaceOfTheHistoryIsRefused() throws {
    let base = try folder()
    let victim = base + "/victim"
    #expect(FileManager.default.createFile(atPath: victim, contents: Data("precious".utf8)))
    try FileManager.default.createSymbolicLink(atPath: base + "/history", withDestinationPath: victim)
    #expect(HistoryFile(path: base + "/history").append("x") != nil)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
  }
}
