import FoundationEssentials

#if canImport(Glibc)
  import Glibc
#endif

/// A user's file written whole or not at all: a new file beside it, written and synced, then
/// renamed over the old one, so a crash or a full disk never leaves half a file.
enum AtomicFile {
  /// Writes `text` to `path` (mode 600), creating its folder; the error in words when it cannot.
  static func write(_ text: String, to path: String) -> String? {
    let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    if !folder.isEmpty {
      do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
        return "cannot create \(folder)"
      }
    }
    let temporary = path + ".tmp-\(getpid())"
    unlink(temporary)
    let file = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard file >= 0 else { return "cannot write in \(folder)" }
    let written = FileDescriptor.writeAll(file, Array(text.utf8)) && fsync(file) == 0
    close(file)
    guard written, rename(temporary, path) == 0 else {
      unlink(temporary)
      return "cannot write \(path)"
    }
    return nil
  }
}
