import RateCalc

extension Conversion {
  /// The sources a conversion's legs used, in order, without repeats: what the tests check of
  /// a conversion's provenance.
  var sources: [TableSource] {
    var seen: [TableSource] = []
    for leg in legs {
      for source in [leg.source, leg.otherSource].compactMap({ $0 }) where !seen.contains(source) {
        seen.append(source)
      }
    }
    return seen
  }
}
