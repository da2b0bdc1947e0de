/// `ratecalc --help`: how to run the tool, and each command in a line from its declaration.
enum Usage {
  static var text: String {
    let commands = Commands.infos.map { "  " + $0.name.padding(toLength: 12) + $0.summary }
    return """
      ratecalc: freelance rates, employer costs and salary bands, exactly.

      usage:
        ratecalc                      a prompt (on a terminal); type help there
        ratecalc COMMAND…             run one command and exit
        ratecalc < FILE               run one command per line (errors go to stderr as "line N: …")
        ratecalc completions SHELL    print a completion script for bash, zsh or fish
        ratecalc --version

      commands:
      \(commands.joined(separator: "\n"))

      examples:
        ratecalc convert 55000 GBP to USD
        ratecalc 550 EUR/day in GBP/hour
        ratecalc quote 75000 GBP --country GB
        ratecalc cost 60000 GBP --country GB --explain
        ratecalc compare 60000 GBP --vs 450 GBP/day --country GB --months 6
        ratecalc bands "machine learning engineer" --in USD --json

      options: --json and --rates PATH (repeatable) on any command; --explain, --round half-up|half-even,
        --on DATE, --country CC, --year YYYY, --hours H, --leave DAYS, --utilisation PCT … on the
        commands they change (help options; help COMMAND).

      exit status: 0 success, 1 a calculation failed, 2 a usage mistake.
      environment: NO_COLOR disables colour; RATECALC_TODAY=YYYY-MM-DD fixes "today" for the
        staleness check; XDG_CONFIG_HOME/ratecalc/rates holds your own data files;
        XDG_DATA_HOME/ratecalc/history the prompt's history.
      """
  }
}
