#if canImport(Glibc)
  import Glibc
#endif

/// A program run as a child process with its arguments as they are (never through a shell), its
/// standard output and error read whole (each bounded), and its exit status.
enum ChildProcess {
  /// What the child left.
  struct Result {
    /// The exit status; -1 when it could not start or was killed by a signal.
    let status: Int32
    let output: [UInt8]
    let error: [UInt8]
  }

  /// The most bytes of each stream kept.
  static let maximumBytes = 1 << 20

  /// Runs `program` (found on `PATH`) with `arguments`; `nil` when it cannot be started.
  static func run(_ program: String, _ arguments: [String]) -> Result? {
    var outPipe: [Int32] = [0, 0]
    var errPipe: [Int32] = [0, 0]
    guard pipe(&outPipe) == 0 else { return nil }
    guard pipe(&errPipe) == 0 else {
      close(outPipe[0])
      close(outPipe[1])
      return nil
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
    for descriptor in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }
    var argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var child: pid_t = 0
    let spawned = posix_spawnp(&child, program, &actions, nil, &argv, environ)
    close(outPipe[1])
    close(errPipe[1])
    guard spawned == 0 else {
      close(outPipe[0])
      close(errPipe[0])
      return nil
    }
    let (output, error) = readBoth(outPipe[0], errPipe[0])
    close(outPipe[0])
    close(errPipe[0])
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0 && errno == EINTR {}
    let exited = status & 0x7F == 0
    return Result(status: exited ? (status >> 8) & 0xFF : -1, output: output, error: error)
  }

  /// Reads two descriptors to their ends together (so neither pipe fills and blocks the child).
  private static func readBoth(_ first: Int32, _ second: Int32) -> ([UInt8], [UInt8]) {
    var buffers: [[UInt8]] = [[], []]
    var open = [true, true]
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while open[0] || open[1] {
      var descriptors = [
        pollfd(fd: open[0] ? first : -1, events: Int16(POLLIN), revents: 0),
        pollfd(fd: open[1] ? second : -1, events: Int16(POLLIN), revents: 0),
      ]
      guard poll(&descriptors, 2, -1) >= 0 || errno == EINTR else { break }
      for index in 0..<2 where open[index] && descriptors[index].revents != 0 {
        let count = read(index == 0 ? first : second, &chunk, chunk.count)
        if count <= 0 {
          open[index] = false
        } else if buffers[index].count < maximumBytes {
          buffers[index] += chunk[0..<min(count, maximumBytes - buffers[index].count)]
        }
      }
    }
    return (buffers[0], buffers[1])
  }
}
