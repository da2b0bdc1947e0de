#if canImport(Glibc)
  import Glibc
#endif

/// Writing to a file descriptor with `write(2)`: every byte, retried after a signal.
enum FileDescriptor {
  /// Writes every byte; `false` when the descriptor refuses them (a closed pipe, a full disk).
  @discardableResult
  static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { return false }
      offset += written
    }
    return true
  }
}
