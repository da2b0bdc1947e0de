import Foundation
import Testing

@testable import ratecalc

/// A folder named with `--rates` is read within bounds: a huge or deep tree, or a link back into
/// itself, is a clear error at once, not a walk of the whole disk.
@Suite struct FolderWalkTests {
  let manager = FileManager.default

  func folder() throws -> String {
    let path = Tool.home() + "/rates"
    try manager.createDirectory(atPath: path + "/sub/deeper", withIntermediateDirectories: true)
    return path
  }

  @Test func dataFilesAreFoundInNameOrderThroughSubfolders() throws {
    let path = try folder()
    for name in ["b.csv", "a.xml", "notes.txt", "sub/c.csv", "sub/deeper/d.csv"] {
      #expect(manager.createFile(atPath: path + "/" + name, contents: Data()))
    }
    #expect(
      FolderWalk.files(under: path, endingIn: [".csv", ".xml"])
        == .success(["a.xml", "b.csv", "sub/c.csv", "sub/deeper/d.csv"]))
  }

  @Test func aLinkBackIntoTheFolderIsNotFollowed() throws {
    let path = try folder()
    try manager.createSymbolicLink(atPath: path + "/sub/loop", withDestinationPath: path)
    try manager.createSymbolicLink(atPath: path + "/linked.csv", withDestinationPath: path + "/sub/real.csv")
    #expect(manager.createFile(atPath: path + "/sub/real.csv", contents: Data()))
    #expect(FolderWalk.files(under: path, endingIn: [".csv"]) == .success(["linked.csv", "sub/real.csv"]))
  }

  @Test func aTreeDeeperThanTheLimitIsAnError() throws {
    let path = try folder()
    let levels = (1...FolderWalk.maximumDepth + 1).map { "l\($0)" }
    try manager.createDirectory(atPath: path + "/" + levels.joined(separator: "/"), withIntermediateDirectories: true)
    let result = FolderWalk.files(under: path, endingIn: [".csv"])
    #expect(result == .failure(.tooDeep(levels.joined(separator: "/"))))
    // One level less is read.
    try manager.removeItem(atPath: path + "/" + levels.joined(separator: "/"))
    #expect(FolderWalk.files(under: path, endingIn: [".csv"]) == .success([]))
  }

  @Test func moreEntriesThanTheLimitIsAnErrorNamingTheFolder() throws {
    let path = try folder()
    // The two subfolders count: 9,998 files make the limit exactly, one more is past it.
    for index in 0..<(FolderWalk.maximumEntries - 2) {
      #expect(manager.createFile(atPath: path + "/sub/\(index).txt", contents: nil))
    }
    #expect(FolderWalk.files(under: path, endingIn: [".csv"]) == .success([]))
    #expect(manager.createFile(atPath: path + "/one-more.txt", contents: nil))
    #expect(FolderWalk.files(under: path, endingIn: [".csv"]) == .failure(.tooManyEntries))
    let run = try Tool.run(["--rates", path, "convert", "5", "GBP", "to", "USD"])
    #expect(run.status != 0)
    #expect(
      run.stderr.hasPrefix(
        "error: \(path):1:1: holds more than 10000 entries with its subfolders: name a folder of data files\n"))
  }

  @Test func aMissingFolderCannotBeRead() {
    #expect(FolderWalk.files(under: "/nonexistent-ratecalc", endingIn: [".csv"]) == .failure(.unreadable("")))
  }
}
