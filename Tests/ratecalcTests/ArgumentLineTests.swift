import Testing

@testable import ratecalc

/// How the arguments of a one-shot run become one line, and how the locale is read; both are
/// written with bytes rather than `String` searches (see `quoted(_:)`).
@Suite struct ArgumentLineTests {
  @Test func severalArgumentsAreJoinedWithSpacesAndAWordWithSpacesIsQuotedAgain() {
    #expect(quoted(["convert", "500", "GBP", "to", "USD"]) == "convert 500 GBP to USD")
    #expect(quoted(["bands", "machine learning engineer"]) == "bands \"machine learning engineer\"")
    // An empty argument still takes its place between spaces.
    #expect(quoted(["", "a", ""]) == " a ")
    #expect(quoted(["a", "", "b"]) == "a  b")
    #expect(quoted([]) == "")
    // One argument is the whole line, spaces and all.
    #expect(quoted(["convert 500 GBP to USD"]) == "convert 500 GBP to USD")
    // A non-breaking space is not a space: the word is not quoted.
    #expect(quoted(["a\u{00A0}b", "c"]) == "a\u{00A0}b c")
  }

  @Test func theLocaleSaysUTF8InAnyCaseAndSpelling() {
    #expect(ASCIIText.localeIsUTF8(["LANG": "en_GB.UTF-8"]))
    #expect(ASCIIText.localeIsUTF8(["LANG": "de_DE.utf8"]))
    #expect(ASCIIText.localeIsUTF8(["LC_ALL": "C.UTF-8", "LANG": "C"]))
    #expect(ASCIIText.localeIsUTF8(["LC_CTYPE": "utf8"]))
    #expect(!ASCIIText.localeIsUTF8(["LANG": "C"]))
    #expect(!ASCIIText.localeIsUTF8(["LANG": "utf"]))
    #expect(!ASCIIText.localeIsUTF8([:]))
    // LC_ALL wins over LANG; an empty one is passed over.
    #expect(!ASCIIText.localeIsUTF8(["LC_ALL": "POSIX", "LANG": "en_US.UTF-8"]))
    #expect(ASCIIText.localeIsUTF8(["LC_ALL": "", "LANG": "en_US.UTF-8"]))
  }
}
