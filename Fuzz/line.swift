// libFuzzer target: any bytes as one command line through the whole tool.
import RateCalc

nonisolated(unsafe) var fuzzApp: App = {
  let output = Output(capturing: true)
  var (app, _, _, _) = App.make(
    ratesPaths: [], environment: ["RATECALC_TODAY": "2026-04-14", "HOME": "/nonexistent"], output: output,
    style: Style(enabled: false))
  return app
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func lineTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let line = LineReader.Line(bytes: Array(bytes.prefix(LineReader.maximumBytes)), length: size)
  switch LineCheck.decode(line, first: true) {
  case .success(let text):
    // No command may read or write the user's files from a fuzzed line: not `--rates`, and not
    // `check`, which would read whatever folder a mutation names (up to 10,000 entries of it:
    // bounded, but slow enough to take over the run). FolderWalkTests and the reader targets
    // cover that reading.
    if text.contains("--rates") || text.lowercased().contains("check") { return 0 }
    _ = fuzzApp.run(text, lineNumber: 1)
  case .failure: break
  }
  fuzzApp.output.clear()
  return 0
}
