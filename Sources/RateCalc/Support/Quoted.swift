/// Text from a user's line or a data file, quoted in a message: cut to a readable length, so a
/// 10 MB line never makes a 10 MB message.
public enum Quoted {
  /// The most characters of quoted text a message shows; longer text ends in "…".
  public static let limit = 60

  /// `text`, or its first ``limit`` characters and "…".
  public static func text(_ text: some StringProtocol) -> String {
    var shown = ""
    var count = 0
    for character in text {
      guard count < limit else { return shown + "…" }
      shown.append(character)
      count += 1
    }
    return shown
  }
}
