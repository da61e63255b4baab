using FsCheck;
using FsCheck.Fluent;

namespace Entities.Tests.Reliability;

/// <summary>FsCheck generators of hostile strings: French names and text mixed with everything that breaks naive code.</summary>
internal static class HostileText
{
    private static readonly string[] French =
    [
        "Emmanuel Macron", "M. Rutte", "Mme Le Pen", "l'OTAN", "l’ONU", "Organisation du traité de l'Atlantique nord (OTAN)",
        "Paris", "Corée du Nord", "Kim Jong-un", "Jean-Pierre", "États-Unis", "Bruxelles", "la Commission européenne", "Pyongyang",
        "a déclaré", "le président", "selon", "à", "de la", "et", "aujourd'hui", "qu’il", "« Non »", "12 000", "3,5 %", "1er", "XXe",
        "14h30", "https://exemple.fr/a?b=c", "@elysee", "#Présidentielle2027", "J.-C.", "etc.", "U.S.A.", "n°",
    ];

    private static readonly string[] Nasty =
    [
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\uDFFF\uDBFF", // lone and reversed surrogates
        "\uFFFD", "\uFFFD\uFFFD", "\uFEFF", "\u0000", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u009F",
        "\u0301", "e\u0301", "E\u0301\u0327\u0308", "\u0301\u0301\u0301\u0301", "a\u20DD", "\u093F", // combining sequences
        "\u202E", "\u202D", "\u200F", "\u200E", "\u2066", "\u2069", "שלום", "مرحبا", "عبد الله", "Москва", "Владимир Путин", "東京", "김정은", "Ελλάδα",
        "😀", "👍🏽", "🇫🇷", "🇰🇵", "👨‍👩‍👧‍👦", "❤️", "🏳️‍🌈", "𝒜𝒷𝒸", "𝟘𝟙", "\U0001F600\u0301",
        "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\u00A0", "\u202F", "\u2009", "\u3000", "\t", "\r", "\n", "\r\n", "\n\n", "\u2028", "\u2029", "\f", "\v",
        "'", "’", "-", "‐", "—", ".", "...", "…", "(", ")", "((", "))", "«", "»", "\"", "“", "”", "!", "?", "?!", "/", "\\", "@", "#", "_", "&", "%", "€",
    ];

    /// <summary>A random code point: any BMP code unit (including surrogates) or a supplementary character.</summary>
    private static Gen<string> AnyCodeUnit { get; } = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());

    private static Gen<string> AnySupplementary { get; } = Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32);

    private static Gen<string> Piece { get; } = Gen.Frequency(
        (5, Gen.Elements(French)),
        (5, Gen.Elements(Nasty)),
        (3, Gen.Constant(" ")),
        (2, AnyCodeUnit),
        (1, AnySupplementary));

    /// <summary>Strings of up to a few dozen pieces (FsCheck's size grows along the run).</summary>
    public static Arbitrary<string> Strings { get; } = Arb.From(Gen.ListOf(Piece).Select(pieces => string.Concat(pieces)), Shrink);

    /// <summary>Shrinks by dropping halves, then single characters, keeping surrogates as they are (no new pairs are formed on purpose).</summary>
    private static IEnumerable<string> Shrink(string text)
    {
        if (text.Length == 0) yield break;
        if (text.Length > 1)
        {
            yield return text[..(text.Length / 2)];
            yield return text[(text.Length / 2)..];
        }

        for (int i = 0; i < text.Length && i < 64; i++) yield return text.Remove(i, 1);
    }
}
