import Foundation
import RateCalc
import Testing

@testable import ratecalc

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Charts: text at any width, SVG checked as XML against the values, CSV read back by Python.
@Suite struct ChartTests {
  static let book = RateBook(builtIn: RateBook.builtInFiles(), today: Day(parsing: "2026-04-14"))
  let render = Render(currencies: ChartTests.book.currencies, rounding: .standard, style: Style(enabled: false))

  func chart(ascii: Bool = false) throws -> Chart {
    let pound = try ChartTests.book.currencies.currency(code: "GBP")
    var rows: [Chart.Row] = []
    for (label, series, value) in [("1", 0, "580"), ("1", 1, "836.25"), ("2", 0, "1159.5"), ("2", 1, "1672.5")] {
      rows.append(
        Chart.Row(
          label: label, series: series, low: .zero, high: try Amount(parsing: value), mark: nil, text: value,
          note: nil))
    }
    return Chart(
      title: "Cumulative cost by month", series: ["Employee", "Freelancer"], rows: rows, currency: pound,
      caption: "GBP", sentence: "hiring costs less from month 1")
  }

  @Test func barsFitFortyColumnsInEighthsOrInASCII() throws {
    let unicode = TextChart(chart: try chart(), render: render, width: 40).lines
    #expect(unicode.allSatisfy { DisplayWidth.of($0) <= 40 })
    // 27 cells for 1,672.5; 580 is 580 ÷ 1672.5 × 27 × 8 = 74.9 eighths: 9 cells and 3/8.
    #expect(unicode[4] == "    F ███████████████████████████ 1672.5")
    #expect(unicode[1] == "  1 E █████████▍                  580")
    let plain = Render(
      currencies: ChartTests.book.currencies, rounding: .standard, style: Style(enabled: false, ascii: true))
    let ascii = TextChart(chart: try chart(), render: plain, width: 40).lines
    #expect(ascii[4] == "    F ########################### 1672.5")
    #expect(ascii.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
  }

  /// Bars from an SVG file: class, value and coordinates, in document order.
  final class Bars: NSObject, XMLParserDelegate {
    var bars: [(value: String, x: Int, width: Int)] = []
    var texts = 0
    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      if name == "rect", attributes["class"] == "bar", let value = attributes["data-value"],
        let x = attributes["x"].flatMap({ Int($0) }), let width = attributes["width"].flatMap({ Int($0) })
      {
        bars.append((value, x, width))
      }
      if name == "text" { texts += 1 }
    }
  }

  @Test func theSVGIsWellFormedAndItsBarsAreTheSeriesInOrderToScale() throws {
    let path = NSTemporaryDirectory() + "ratecalc-chart-\(UUID().uuidString).svg"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let command = ["compare", "60000", "GBP", "--vs", "450", "GBP/day", "--country", "GB", "--months", "3"]
    let run = try Tool.run(command + ["--svg", path])
    #expect(run.status == 0 && run.stderr.contains("chart written to \(path)"))
    let parser = try #require(XMLParser(contentsOf: URL(fileURLWithPath: path)))
    let bars = Bars()
    parser.delegate = bars
    #expect(parser.parse(), "not well-formed XML")
    // The series from --json: employee then freelancer for each of the 3 months.
    let json = try Tool.run(command + ["--json"])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let series = try #require(document["series"] as? [[String: Any]]).prefix(3)
    let values = series.flatMap { month in
      [
        (month["employee"] as? [String: Any])?["exact"] as? String,
        (month["freelancer"] as? [String: Any])?["exact"] as? String,
      ]
    }
    #expect(bars.bars.map(\.value) == values.compactMap { $0 })
    // On one scale: the widest bar is the largest value, and every width is in proportion.
    let largest = try #require(values.compactMap { $0.flatMap(Double.init) }.max())
    for bar in bars.bars {
      let expected = (Double(bar.value) ?? 0) / largest * Double(SVGChart.plotWidth)
      #expect(abs(Double(bar.width) - expected) <= 1)
      #expect(bar.x == bars.bars[0].x)
    }
    #expect(bars.texts > 6)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
  func theCSVReadsBackAsTheJSONDoes() throws {
    let path = NSTemporaryDirectory() + "ratecalc-\(UUID().uuidString).csv"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let command = ["bands", "machine learning engineer", "--country", "GB", "--in", "USD,EUR"]
    #expect(try Tool.run(command + ["--csv", path]).status == 0)
    let json = NSTemporaryDirectory() + "ratecalc-\(UUID().uuidString).json"
    defer { try? FileManager.default.removeItem(atPath: json) }
    try Tool.run(command + ["--json"]).stdout.write(toFile: json, atomically: true, encoding: .utf8)
    let script = """
      import csv, json, sys
      rows = list(csv.DictReader(open(sys.argv[1], newline="")))
      figures = json.load(open(sys.argv[2]))["figures"]
      assert len(rows) == len(figures), (len(rows), len(figures))
      for row, figure in zip(rows, figures):
          assert row["amount"] == figure["value"]["exact"], (row, figure)
          assert row["currency"] == figure["value"]["currency"]
          assert row["amount_USD"] == figure["converted"][0]["values"][0]["exact"]
          assert row["amount_EUR"] == figure["converted"][1]["values"][0]["exact"]
          assert row["source"] == figure["source"]
      print(len(rows))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", script, path, json]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text == "4\n")
  }
}

/// The SVG axis is marked at round values: a step of 1, 2, 2.5 or 5 times a power of ten, from
/// zero, at most six marks, never past the scale.
@Suite struct AxisTickTests {
  func ticks(_ scale: String) throws -> [String] {
    SVGChart.ticks(upTo: try Amount(parsing: scale)).map(\.description)
  }

  @Test func ticksAreRoundAndStayWithinTheScale() throws {
    #expect(try ticks("201000") == ["0", "50000", "100000", "150000", "200000"])
    #expect(try ticks("1672.5") == ["0", "500", "1000", "1500"])
    #expect(try ticks("100") == ["0", "20", "40", "60", "80", "100"])
    #expect(try ticks("12.3") == ["0", "2.5", "5", "7.5", "10"])
    #expect(try ticks("0.03") == ["0", "0.01", "0.02", "0.03"])
    #expect(
      try ticks("99999999999999999999")
        == ["0", "20000000000000000000", "40000000000000000000", "60000000000000000000", "80000000000000000000"])
    #expect(try ticks("0.000000000000000001") == ["0"])
    #expect(try ticks("0").isEmpty)
  }
}
