import PackagePlugin

/// Compiles every data file of the `Rates/` target into Swift string literals, so the `ratecalc`
/// binary carries its data and works when copied anywhere.
@main
struct EmbedRates: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    guard let target = target as? SourceModuleTarget else { return [] }
    let inputs = target.sourceFiles
      .filter { ["csv", "xml"].contains($0.url.pathExtension.lowercased()) }
      .map(\.url)
      .sorted { $0.path < $1.path }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRates.swift")
    let tool = try context.tool(named: "rates-embedder")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) data files of Rates/",
        executable: tool.url,
        arguments: [target.directoryURL.path, output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
