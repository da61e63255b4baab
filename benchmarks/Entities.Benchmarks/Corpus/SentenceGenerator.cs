using System.Globalization;
using System.Text;

namespace Entities.Benchmarks.Corpus;

/// <summary>
/// Generates French news-like sentences from <see cref="GeneratorData"/> with a seeded <see cref="Random"/>: the same seed
/// gives the same text on every run. Typography varies per document (typographic or straight apostrophes; no-break,
/// narrow no-break or ordinary spaces inside « » and before ; : ! ? %) as it does in real text.
/// </summary>
internal sealed class SentenceGenerator
{
    private const int SentencesPerDocument = 20;
    private const int SentencesPerParagraph = 4;
    private static readonly string[] Spaces = ["\u00A0", "\u202F", " "];

    private readonly GeneratorData data;
    private readonly Random random;

    /// <summary>Creates a generator.</summary>
    public SentenceGenerator(GeneratorData data, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        this.data = data;
        random = new Random(seed);
    }

    /// <summary>Generates one document and returns it with its approximate token count (word and number runs plus punctuation marks).</summary>
    public string NextDocument(out int tokenCount)
    {
        bool straightApostrophes = random.Next(5) == 0;
        string space = Spaces[random.Next(Spaces.Length)];
        var document = new StringBuilder();
        for (int i = 0; i < SentencesPerDocument; i++)
        {
            if (i > 0) document.Append(i % SentencesPerParagraph == 0 ? "\n\n" : " ");
            document.Append(Fill(data.Templates[random.Next(data.Templates.Count)]));
        }

        document.Append('\n');
        document.Replace("« ", "«" + space).Replace(" »", space + "»");
        foreach (var mark in new[] { " ;", " :", " !", " ?", " %" }) document.Replace(mark, space + mark[1..]);
        if (straightApostrophes) document.Replace('’', '\'');
        var text = document.ToString();
        tokenCount = CountTokens(text);
        return text;
    }

    /// <summary>Counts word and number runs plus other non-space characters: a tokenizer-independent size measure.</summary>
    public static int CountTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int count = 0;
        bool inRun = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c)) { if (!inRun) count++; inRun = true; }
            else { inRun = false; if (!char.IsWhiteSpace(c)) count++; }
        }

        return count;
    }

    private string Fill(string template)
    {
        var sentence = new StringBuilder(template.Length * 2);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0) { sentence.Append(template, i, template.Length - i); break; }
            int close = template.IndexOf('}', open);
            sentence.Append(template, i, open - i);
            AppendSlot(sentence, template[(open + 1)..close]);
            i = close + 1;
        }

        if (sentence.Length > 0 && char.IsLower(sentence[0])) sentence[0] = char.ToUpperInvariant(sentence[0]);
        return sentence.ToString();
    }

    private void AppendSlot(StringBuilder sentence, string slot)
    {
        int colon = slot.IndexOf(':', StringComparison.Ordinal);
        string? lead = colon < 0 ? null : slot[..colon];
        var value = Value(colon < 0 ? slot : slot[(colon + 1)..], out char? gender);
        if (lead is not null) sentence.Append(Lead(lead, value, gender));
        sentence.Append(value);
    }

    private static string Lead(string lead, string word, char? gender)
    {
        bool vowel = word.Length > 0 && "AEIOUYÉÈÊÎÔÂaeiouyéèêîôâHh".Contains(word[0], StringComparison.Ordinal);
        return (lead, gender) switch
        {
            ("de", 'p') => "des ",
            ("de", not null) when vowel => "de l’",
            ("de", 'f') => "de la ",
            ("de", 'm') => "du ",
            ("le", 'p') => "les ",
            ("le", not null) when vowel => "l’",
            ("le", 'f') => "la ",
            ("le", 'm') => "le ",
            ("le", null) => "",
            (_, _) when vowel => lead[..^1] + "’",
            _ => lead + " ",
        };
    }

    private string Value(string slot, out char? gender)
    {
        gender = null;
        var culture = CultureInfo.InvariantCulture;
        switch (slot)
        {
            case "PER": return Pick("FIRST").Text + " " + Pick("LAST").Text;
            case "NUM": return Number();
            case "DEC": return random.Next(1, 100).ToString(culture) + "," + random.Next(1, 10).ToString(culture);
            case "PCT": return random.Next(0, 30).ToString(culture) + "," + random.Next(0, 10).ToString(culture) + " %";
            case "YEAR": return random.Next(1995, 2031).ToString(culture);
            case "DATE":
                int day = random.Next(1, 29);
                return (day == 1 ? "1er" : day.ToString(culture)) + " " + Pick("MONTH").Text;
            case "TIME":
                int hour = random.Next(6, 24);
                int minute = random.Next(0, 4) * 15;
                return random.Next(2) == 0 ? $"{hour} h {minute:00}" : $"{hour}h{minute:00}";
            default:
                var word = Pick(slot);
                gender = word.Gender;
                return word.Text;
        }
    }

    private string Number()
    {
        int magnitude = random.Next(3);
        if (magnitude == 0) return random.Next(2, 100).ToString(CultureInfo.InvariantCulture);
        if (magnitude == 1) return random.Next(100, 1000).ToString(CultureInfo.InvariantCulture);
        return random.Next(1, 1000).ToString(CultureInfo.InvariantCulture) + Spaces[random.Next(Spaces.Length)] + random.Next(0, 1000).ToString("000", CultureInfo.InvariantCulture);
    }

    private GeneratorWord Pick(string category)
    {
        if (!data.Words.TryGetValue(category, out var words)) throw new InvalidDataException($"templates.txt uses unknown slot {{{category}}}.");
        return words[random.Next(words.Count)];
    }
}
