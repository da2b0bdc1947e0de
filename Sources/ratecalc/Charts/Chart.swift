import RateCalc

/// A chart as data, fed by a command's result and computing nothing of its own: rows of bars on
/// one shared scale from zero, each a bar up to a value or a range from low to high with a mark,
/// its figures as text, a caption (currency, rates' date, source) and the sentence that reads it.
/// ``TextChart`` draws it in a terminal, ``SVGChart`` as a file.
struct Chart {
  /// One bar.
  struct Row {
    /// What the row is: `12`, `GB average`.
    let label: String
    /// Which series it belongs to (`E` employee, `F` freelancer), if several.
    let series: Int
    /// The bar's start (zero for a bar from the axis).
    let low: Amount
    /// The bar's end.
    let high: Amount
    /// A value marked on the bar (a band's typical figure), if any.
    let mark: Amount?
    /// The figure written after the bar.
    let text: String
    /// A word after the figure (`← crossover`).
    let note: String?
  }

  /// What the chart shows.
  let title: String
  /// Names of the series, in order, for the legend.
  let series: [String]
  /// The rows, top to bottom.
  let rows: [Row]
  /// The currency of the axis.
  let currency: Currency
  /// Currency, rates' date, source.
  let caption: String
  /// The sentence that reads the chart, if any.
  let sentence: String?

  /// The largest value on the scale.
  var scale: Amount { rows.map { max($0.high, $0.mark ?? .zero) }.max() ?? .zero }
}

/// What `--chart` and `--no-chart` asked for; each command decides what its default is.
enum ChartOption {
  /// Neither: the command's default.
  case auto
  /// `--chart`: show the chart (instead of a long table where the command says so).
  case on
  /// `--no-chart`: leave it out.
  case off

  /// From the options.
  init(_ options: ParsedOptions) {
    self = options.has(.noChart) ? .off : options.has(.chart) ? .on : .auto
  }
}

extension OptionSpec {
  /// `--chart`.
  static let chart = OptionSpec("chart", help: "draw the result's chart (bands, compare, --vary)")
  /// `--no-chart`.
  static let noChart = OptionSpec("no-chart", help: "leave the chart out")
  /// `--svg FILE`.
  static let svg = OptionSpec("svg", .text, "FILE", help: "write the chart as an SVG file")
  /// `--csv [FILE]`.
  static let csv = OptionSpec(
    "csv", .optionalPath(suffix: ".csv"), "[FILE.csv]", help: "the result's table as CSV, to a file or standard output")
  /// The chart options.
  static let charts: [OptionSpec] = [.chart, .noChart, .svg, .csv]
}
