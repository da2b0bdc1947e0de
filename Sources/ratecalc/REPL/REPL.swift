/// Placeholder replaced below.
struct REPL {
  var app: App
  let environment: [String: String]
  mutating func run() {}
}
