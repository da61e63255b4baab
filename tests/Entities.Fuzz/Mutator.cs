using System.Text;

namespace Entities.Fuzz;

/// <summary>
/// Makes hostile variants of inputs: bit flips on the UTF-8 bytes (decoded back, so invalid sequences become U+FFFD), flips of
/// UTF-16 code units, splices of two inputs, insertions of nasty code points (lone and reversed surrogates, controls, U+FFFD,
/// combining marks, bidi controls, emoji, zero-width characters, paragraph separators), truncations (also inside a surrogate
/// pair) and repetitions. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal sealed class Mutator(Random random, int maxLength)
{
    private static readonly string[] Nasty =
    [
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\uFFFD", "\uFEFF", "\uFFFE", "\uFFFF", "\u0000", "\u0001", "\u0008", "\u001B", "\u007F",
        "\u0085", "\u009C", "\u0301", "\u0327\u0301\u0308", "\u20DD", "\u202E", "\u202D", "\u200F", "\u200E", "\u2066", "\u2069", "\u200B", "\u200C",
        "\u200D", "\u2060", "\u00AD", "\u00A0", "\u202F", "\u3000", "\u2028", "\u2029", "\f", "\v", "\t", "\r", "\n", "\r\n", "\n\n",
        "😀", "👍🏽", "🇫🇷", "👨‍👩‍👧", "❤️", "𝒜", "\U0001F600\u0301", "שלום", "مرحبا", "Москва", "東京", "김정은",
        "'", "’", "-", "‐", "—", ".", "...", "…", "(", ")", "«", "»", "\"", "“", "”", "!", "?", "@", "#", "/", "_", ".fr", "http://", "M.", "l'", "qu’", "-t-il",
        "OTAN", "(OTAN)", "Paris", "M. Dupont", "Jean-Pierre", "12 000", "1er", "XIVe",
        "-\n", "¬\n", "¬\r\n", "- \n\t", "‐\n", "Poin-\ncaré", "l'Assem-\nblée", "Saint¬\nDenis", "dit-\nelle",
    ];

    public string Mutate(string input, IReadOnlyList<string> pool)
    {
        string text = input;
        int steps = 1 + random.Next(4);
        for (int s = 0; s < steps; s++)
        {
            text = random.Next(8) switch
            {
                0 => FlipUtf8Bits(text),
                1 => FlipCodeUnit(text),
                2 => Splice(text, pool[random.Next(pool.Count)]),
                3 or 4 => Insert(text),
                5 => Truncate(text),
                6 => Repeat(text),
                _ => Delete(text),
            };
            if (text.Length > maxLength) text = text[..maxLength];
        }

        return text;
    }

    private string FlipUtf8Bits(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0) return text;
        int flips = 1 + random.Next(4);
        for (int i = 0; i < flips; i++) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        return Encoding.UTF8.GetString(bytes);
    }

    private string FlipCodeUnit(string text)
    {
        if (text.Length == 0) return text;
        var chars = text.ToCharArray();
        int at = random.Next(chars.Length);
        chars[at] = random.Next(3) == 0 ? (char)random.Next(0xD800, 0xE000) : (char)(chars[at] ^ (1 << random.Next(16)));
        return new string(chars);
    }

    private string Splice(string a, string b)
    {
        int cutA = random.Next(a.Length + 1), cutB = random.Next(b.Length + 1);
        return string.Concat(a.AsSpan(0, cutA), b.AsSpan(cutB));
    }

    private string Insert(string text)
    {
        int count = 1 + random.Next(3);
        for (int i = 0; i < count; i++)
        {
            string piece = random.Next(6) == 0 ? ((char)random.Next(0, 0x10000)).ToString() : Nasty[random.Next(Nasty.Length)];
            text = text.Insert(random.Next(text.Length + 1), piece);
        }

        return text;
    }

    private string Truncate(string text) => text.Length == 0 ? text : random.Next(2) == 0 ? text[..random.Next(text.Length)] : text[random.Next(text.Length)..];

    private string Delete(string text)
    {
        if (text.Length == 0) return text;
        int at = random.Next(text.Length);
        return text.Remove(at, 1 + random.Next(Math.Min(8, text.Length - at)));
    }

    private string Repeat(string text)
    {
        if (text.Length == 0) return text;
        int start = random.Next(text.Length);
        int length = 1 + random.Next(Math.Min(40, text.Length - start));
        string slice = text.Substring(start, length);
        int times = 2 + random.Next(random.Next(10) == 0 ? 200 : 8);
        return text.Insert(start, string.Concat(Enumerable.Repeat(slice, times)));
    }
}
