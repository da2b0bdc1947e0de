// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "ratecalc",
  products: [
    .library(name: "RateCalc", targets: ["RateCalc"]),
    .executable(name: "ratecalc", targets: ["ratecalc"]),
  ],
  targets: [
    // The data in Rates/, compiled into the binary as string literals by the EmbedRates plugin.
    // Rates/RatesData.swift is the anchor SwiftPM needs to treat the folder as a target.
    .target(
      name: "RatesData",
      path: "Rates",
      exclude: ["README.md"],
      plugins: ["EmbedRates"]
    ),
    .executableTarget(name: "rates-embedder", path: "Sources/rates-embedder"),
    .plugin(
      name: "EmbedRates",
      capability: .buildTool(),
      dependencies: ["rates-embedder"]
    ),
    .target(name: "RateCalc", dependencies: ["RatesData"]),
    .executableTarget(name: "ratecalc", dependencies: ["RateCalc"]),
    .executableTarget(name: "ratecalc-bench", dependencies: ["RateCalc"]),
    // What both test targets share: the seeded generator.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "RateCalcTests",
      dependencies: ["RateCalc", "TestSupport"],
      exclude: ["Fixtures"]
    ),
    // The tool's tests: golden transcripts of the real binary, and the REPL through a pseudo-terminal.
    .testTarget(
      name: "ratecalcTests",
      dependencies: ["ratecalc", "RateCalc", "TestSupport"],
      exclude: ["Golden", "Support/ecb-server.py"]
    ),
  ]
)
