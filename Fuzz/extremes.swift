// libFuzzer target: well-shaped commands with extreme values in every slot
// (Tests/ratecalcTests/Support/ExtremeInputs.swift, compiled in by scripts/fuzz.sh).
import RateCalc

nonisolated(unsafe) var extremesApp: App = {
  let output = Output(capturing: true)
  var (app, _, _, _) = App.make(
    ratesPaths: [], environment: ["RATECALC_TODAY": "2026-04-14", "HOME": "/nonexistent"], output: output,
    style: Style(enabled: false))
  return app
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func extremesTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  guard size > 0 else { return 0 }
  let line = ExtremeInputs.line(template: Int(data[0])) { slot in slot + 1 < size ? Int(data[slot + 1]) : 0 }
  _ = extremesApp.run(line, lineNumber: 1)
  extremesApp.output.clear()
  return 0
}
