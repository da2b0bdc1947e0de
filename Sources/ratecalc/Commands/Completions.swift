import RateCalc

/// Shell completion scripts: commands, options, and common currencies and countries.
enum Completions {
  static var words: [String] { Parser.commands + ["band", "to", "in"] }
  static var options: [String] { Options.all.map { "--" + $0.name } + ["--help", "--version"] }
  static let common = [
    "GBP", "USD", "EUR", "CAD", "AUD", "ZAR", "NGN", "AED", "JPY", "CHF", "GB", "US", "DE", "FR", "ES", "CA", "AU",
    "ZA", "NG", "AE",
  ]

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
        + Options.all.map { "complete -c ratecalc -l \($0.name) -d '\($0.help.replacingQuote())'" }
      return "# ratecalc fish completion: save as ~/.config/fish/completions/ratecalc.fish\n"
        + lines.joined(separator: "\n") + "\n"
    default:
      return nil
    }
  }
}

extension String {
  func replacingQuote() -> String { split(separator: "'", omittingEmptySubsequences: false).joined(separator: "\\'") }
}
