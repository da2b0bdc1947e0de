#if canImport(Glibc)
  import Glibc
#endif

/// The files under a folder whose names end in given suffixes, found within fixed bounds: a walk
/// reads at most ``maximumEntries`` entries and ``maximumDepth`` levels of subfolders, and never
/// follows a link into another folder. So `--rates /`, a folder linked into itself or a deep tree
/// answers at once with a clear error instead of reading the whole disk.
struct FolderWalk {
  /// The most entries (files, folders, links, anything) read under one folder, all levels together.
  static let maximumEntries = 10_000
  /// The most levels of subfolders read below the folder itself.
  static let maximumDepth = 8

  /// Why a folder could not be walked.
  enum Failure: Error, Equatable {
    /// The folder, or a subfolder (its path relative to the folder), could not be opened.
    case unreadable(String)
    /// More than ``maximumEntries`` entries.
    case tooManyEntries
    /// A subfolder (its path relative to the folder) more than ``maximumDepth`` levels down.
    case tooDeep(String)

    /// The reason, in words.
    var text: String {
      switch self {
      case .unreadable(let path): path.isEmpty ? "cannot read the folder" : "cannot read its subfolder \(path)"
      case .tooManyEntries:
        "holds more than \(FolderWalk.maximumEntries) entries with its subfolders: name a folder of data files"
      case .tooDeep(let path):
        "has subfolders more than \(FolderWalk.maximumDepth) levels down (\(path)): name a folder of data files"
      }
    }
  }

  /// The paths, relative to `folder`, of the files under it whose names end in one of `suffixes`,
  /// in name order; links to files are listed (reading them follows the link), links to folders are not.
  static func files(under folder: String, endingIn suffixes: [String]) -> Result<[String], Failure> {
    var found: [String] = []
    var entries = 0
    // Folders still to read, as (path relative to `folder`, depth); an explicit stack, no recursion.
    var pending: [(path: String, depth: Int)] = [("", 0)]
    while let (relative, depth) = pending.popLast() {
      guard let directory = opendir(relative.isEmpty ? folder : folder + "/" + relative) else {
        return .failure(.unreadable(relative))
      }
      defer { closedir(directory) }
      while let entry = readdir(directory) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
          $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name == "." || name == ".." { continue }
        entries += 1
        guard entries <= maximumEntries else { return .failure(.tooManyEntries) }
        let path = relative.isEmpty ? name : relative + "/" + name
        var status = stat()
        guard lstat(folder + "/" + path, &status) == 0 else { continue }
        if (status.st_mode & S_IFMT) == S_IFDIR {
          guard depth < maximumDepth else { return .failure(.tooDeep(path)) }
          pending.append((path, depth + 1))
        } else if suffixes.contains(where: { name.hasSuffix($0) }) {
          found.append(path)
        }
      }
    }
    return .success(found.sorted())
  }
}
