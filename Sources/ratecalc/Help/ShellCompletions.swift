import RateCalc

/// Shell completion scripts from the command declarations and the built-in data: the commands,
/// each command's own options, setting names after `set`, help topics after `help`, roles after
/// `bands` and `quote band`, an option's values by its kind (countries, currencies, periods,
/// choices), file paths after `--rates`, shells after `completions`.
struct ShellCompletions {
  /// The data: currencies, countries and roles to offer.
  let book: RateBook

  /// The script for `bash`, `zsh` or `fish`, `nil` for another shell.
  func script(for shell: String) -> String? {
    switch shell {
    case "bash":
      "# ratecalc bash completion: source this file, or put it in "
        + "~/.local/share/bash-completion/completions/ratecalc\n" + bashFunction + "complete -F _ratecalc ratecalc\n"
    case "zsh":
      "#compdef ratecalc\n# ratecalc zsh completion: put this file on $fpath as _ratecalc\n"
        + "autoload -U +X bashcompinit && bashcompinit\n" + bashFunction + "complete -F _ratecalc ratecalc\n"
    case "fish": fish
    default: nil
    }
  }

  /// The shells `completions` knows.
  static let shells = ["bash", "zsh", "fish"]

  // MARK: - Words

  private var currencies: [String] {
    book.currencies.all.filter { $0.withdrawn == nil }.map(\.code.description)
  }

  private var countries: [String] {
    book.countryCodes + book.countries.map(\.name).filter { !$0.contains(" ") }
  }

  /// The words an option's value may be, by its kind; `nil` for free text.
  private func values(_ kind: ValueKind) -> [String]? {
    switch kind {
    case .country: countries
    case .currency, .currencies: currencies
    case .period: Period.allCases.map(\.rawValue)
    case .choice: kind.words
    default: nil
    }
  }

  /// A bash word list: `$'…'` with a word a line, a space inside a word escaped for the shell
  /// (`machine\ learning\ engineer` is inserted as one argument).
  private static func list(_ words: [String]) -> String {
    let lines = words.map { word in
      word.replacing("\\", with: "\\\\").replacing("'", with: "\\'").replacing(" ", with: "\\\\ ")
    }
    return "$'" + lines.joined(separator: "\\n") + "'"
  }

  // MARK: - bash (and zsh through bashcompinit)

  private var bashFunction: String {
    let commands = ShellCompletions.list(Commands.words + ["completions"])
    let perCommand = Commands.infos.filter { $0.words.count == 1 }.map { info in
      "    \(info.words[0]))\n      options=\(ShellCompletions.list(info.allOptions.map { "--" + $0.name })) ;;"
    }
    var valueCases = ["    --rates) COMPREPLY=( $(compgen -f -- \"$current\") ); return ;;"]
    for option in Commands.options {
      guard let words = values(option.kind) else { continue }
      valueCases.append("    --\(option.name)) words=\(ShellCompletions.list(words)) ;;")
    }
    return """
      _ratecalc() {
        local current="${COMP_WORDS[COMP_CWORD]}" previous="${COMP_WORDS[COMP_CWORD-1]}"
        local command="" second="" words="" options="" index
        for ((index = 1; index < COMP_CWORD; index++)); do
          case "${COMP_WORDS[index]}" in
            --*) ;;
            *) if [[ -z $command ]]; then command="${COMP_WORDS[index]}"
               elif [[ -z $second ]]; then second="${COMP_WORDS[index]}"; fi ;;
          esac
        done
        case "$previous" in
          completions) [[ $COMP_CWORD -eq 2 ]] && words=\(ShellCompletions.list(ShellCompletions.shells)) ;;
      \(valueCases.joined(separator: "\n"))
        esac
        if [[ -z $words ]]; then
          case "$command" in
      \(perCommand.joined(separator: "\n"))
            *) options=\(ShellCompletions.list(OptionSpec.everywhere.map { "--" + $0.name } + ["--help", "--version", "--ascii"])) ;;
          esac
          if [[ $current == --* ]]; then words="$options"
          elif [[ -z $command ]]; then words=\(commands)
          elif [[ ( $command == set || $command == unset ) && -z $second ]]; then words=\(ShellCompletions.list(SettingsTable.names))
          elif [[ $command == help && -z $second ]]; then words=\(ShellCompletions.list(HelpTopics.names + Commands.options.map(\.name)))
          elif [[ $command == bands && -z $second ]] || [[ $command == quote && $second == band ]]; then words=\(ShellCompletions.list(book.roles))
          elif [[ $command == quote && -z $second ]]; then words=\(ShellCompletions.list(["band"] + currencies))
          else words=\(ShellCompletions.list(["to", "in"] + currencies + countries))
          fi
        fi
        local word
        COMPREPLY=()
        while IFS= read -r word; do
          [[ -n $word && $word == "$current"* ]] && COMPREPLY+=("$word")
        done <<< "$words"
      }

      """
  }

  // MARK: - fish

  private var fish: String {
    var lines = [
      "# ratecalc fish completion: save as ~/.config/fish/completions/ratecalc.fish",
      "complete -c ratecalc -f",
      "complete -c ratecalc -n '__fish_use_subcommand' -a '\(Commands.words.joined(separator: " ")) completions'",
      "complete -c ratecalc -n '__fish_seen_subcommand_from completions' -a '\(ShellCompletions.shells.joined(separator: " "))'",
      "complete -c ratecalc -n '__fish_seen_subcommand_from set unset' -a '\(SettingsTable.names.joined(separator: " "))'",
      "complete -c ratecalc -n '__fish_seen_subcommand_from help' -a '\(HelpTopics.names.joined(separator: " "))'",
      // fish splits -a's words at spaces; a role's words stay together inside single quotes.
      "complete -c ratecalc -n '__fish_seen_subcommand_from bands band' -a \"\(book.roles.map { "'\($0.filter { $0 != "'" && $0 != "\"" })'" }.joined(separator: " "))\"",
      "complete -c ratecalc -l rates -r -F -d 'an extra or replacing data file or folder'",
    ]
    for option in Commands.options where option.name != "rates" {
      let takers = Commands.infos.filter { $0.accepts(option) }.map { $0.words[0] }
      let condition =
        takers.count == Commands.infos.count
        ? "" : " -n '__fish_seen_subcommand_from \(Set(takers).sorted().joined(separator: " "))'"
      var line =
        "complete -c ratecalc\(condition) -l \(option.name) -d '\(ShellCompletions.escapingQuotes(option.help))'"
      if let words = values(option.kind) {
        line += " -x -a '\(words.joined(separator: " "))'"
      } else if option.takesValue {
        line += " -x"
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Text inside single quotes for fish.
  static func escapingQuotes(_ text: String) -> String {
    text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "\\'")
  }
}
