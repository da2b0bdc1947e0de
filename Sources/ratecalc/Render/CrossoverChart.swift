import RateCalc

/// The cumulative costs of a comparison over the months asked for, as a chart: a row per sampled
/// month for the employee and the freelancer, the crossover month marked and said in words.
struct CrossoverChart {
  let comparison: Comparison
  /// The engagement's length.
  let months: Amount

  /// At most this many months are drawn; longer engagements are sampled.
  static let rows = 12

  /// The chart.
  func chart(_ render: Render) -> Chart {
    let shown = max(1, Int((months.rounded(places: 0, mode: .halfUp)).integerPart))
    let series = comparison.series.filter { $0.month <= shown }
    let step = max(1, (series.count + CrossoverChart.rows - 1) / CrossoverChart.rows)
    let crossover = comparison.crossoverMonth
    var rows: [Chart.Row] = []
    for month in series
    where month.month % step == 0 || month.month == 1 || month.month == series.last?.month || month.month == crossover {
      let mark = month.month == crossover ? "← crossover" : nil
      rows.append(
        .init(
          label: String(month.month), series: 0, low: .zero, high: month.employee.amount, mark: nil,
          text: render.money(month.employee), note: mark))
      rows.append(
        .init(
          label: String(month.month), series: 1, low: .zero, high: month.freelancer.amount, mark: nil,
          text: render.money(month.freelancer), note: nil))
    }
    let currency = comparison.clientDayRate.currency
    return Chart(
      title: "Cumulative cost by month", series: ["Employee", "Freelancer"], rows: rows, currency: currency,
      caption:
        "\(currency.code), had the engagement ended after each month; payroll from \(comparison.payroll.input.start)",
      sentence: sentence(shown))
  }

  /// What the chart says.
  private func sentence(_ shown: Int) -> String {
    guard let month = comparison.crossoverMonth else {
      return "hiring never costs less within \(comparison.series.count) months"
    }
    if month > shown {
      return "hiring costs less from month \(month), after these \(shown) months: the freelancer is cheaper here"
    }
    return "hiring costs less from month \(month)"
  }
}
