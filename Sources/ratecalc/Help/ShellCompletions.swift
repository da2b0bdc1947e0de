import RateCalc

/// Shell completion scripts, from the command declarations: commands, options, and common
/// currencies and countries.
enum ShellCompletions {
  /// Words after the command word.
  static var words: [String] { Commands.words + ["band", "to", "in"] }
  /// Every option, with the two the binary itself takes.
  static var options: [String] { Commands.options.map { "--" + $0.name } + ["--help", "--version"] }
  /// Currencies and countries worth offering without reading the data.
  static let common = [
    "GBP", "USD", "EUR", "CAD", "AUD", "ZAR", "NGN", "AED", "JPY", "CHF", "GB", "US", "DE", "FR", "ES", "CA", "AU",
    "ZA", "NG", "AE",
  ]

  /// The script for `bash`, `zsh` or `fish`, `nil` for another shell.
  static func script(for shell: String) -> String? {
    let all = (words + options + common).joined(separator: " ")
    switch shell {
    case "bash":
      return """
        # ratecalc bash completion: source this file, or put it in ~/.local/share/bash-completion/completions/ratecalc
        _ratecalc() {
          local current="${COMP_WORDS[COMP_CWORD]}"
          COMPREPLY=( $(compgen -W "\(all)" -- "$current") )
        }
        complete -F _ratecalc ratecalc

        """
    case "zsh":
      return """
        #compdef ratecalc
        # ratecalc zsh completion: put this file on $fpath as _ratecalc
        _ratecalc() {
          local -a words
          words=(\(all))
          compadd -a words
        }
        _ratecalc "$@"

        """
    case "fish":
      let lines =
        (words + common).map { "complete -c ratecalc -f -a \($0)" }
        + Commands.options.map { "complete -c ratecalc -l \($0.name) -d '\(escapingQuotes($0.help))'" }
      return "# ratecalc fish completion: save as ~/.config/fish/completions/ratecalc.fish\n"
        + lines.joined(separator: "\n") + "\n"
    default:
      return nil
    }
  }

  /// Text inside single quotes for fish.
  static func escapingQuotes(_ text: String) -> String {
    text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "\\'")
  }
}
