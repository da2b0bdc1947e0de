// libFuzzer target: the line editor's key decoder, fed from the fuzzer's bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func keysTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  var index = 0
  let read: (Bool) -> UInt8? = { _ in
    guard index < size else { return nil }
    defer { index += 1 }
    return data[index]
  }
  var count = 0
  while let key = KeyDecoder.next(read) {
    count += 1
    if case .paste(let text) = key, text.utf8.count > KeyDecoder.maximumPasteBytes * 4 { fatalError("paste unbounded") }
  }
  // Every key consumes at least one byte.
  if count > size { fatalError("more keys than bytes") }
  return 0
}
