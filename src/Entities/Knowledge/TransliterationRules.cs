using System.Buffers;
using System.Collections.Immutable;
using System.Text;

namespace Entities.Knowledge;

/// <summary>An ordered set of <see cref="TransliterationRule"/>s applied word by word to folded text. Immutable and thread-safe.</summary>
public sealed class TransliterationRules
{
    /// <summary>Creates a rule set; the rules are applied in the given order, each to the output of the previous one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A rule has an empty <see cref="TransliterationRule.From"/>.</exception>
    public TransliterationRules(IEnumerable<TransliterationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules.ToImmutableArray();
        ruleArray = [.. Rules];
        foreach (var rule in Rules)
        {
            if (string.IsNullOrEmpty(rule.From)) throw new ArgumentException("A transliteration rule needs a non-empty 'from'.", nameof(rules));
        }

        lastCharsOfEndRules = SearchValues.Create([.. ruleArray.Where(r => r.Position == TransliterationPosition.WordEnd).Select(r => r.From[^1]).Distinct()]);
        firstCharsOfStartRules = SearchValues.Create([.. ruleArray.Where(r => r.Position == TransliterationPosition.WordStart).Select(r => r.From[0]).Distinct()]);
        string[] anywhere = [.. ruleArray.Where(r => r.Position == TransliterationPosition.Anywhere).Select(r => r.From).Distinct(StringComparer.Ordinal)];
        anywhereRules = anywhere.Length == 0 ? null : SearchValues.Create(anywhere, StringComparison.Ordinal);
    }

    /// <summary>The last characters of the word-end rules: a word ending otherwise needs none of them.</summary>
    private readonly SearchValues<char> lastCharsOfEndRules;

    /// <summary>The first characters of the word-start rules: a word starting otherwise needs none of them.</summary>
    private readonly SearchValues<char> firstCharsOfStartRules;

    /// <summary>The texts of the rules that apply anywhere in a word (<see langword="null"/> when there is none).</summary>
    private readonly SearchValues<string>? anywhereRules;

    /// <summary>A rule set that changes nothing.</summary>
    public static TransliterationRules None { get; } = new([]);

    /// <summary>The rules, in application order.</summary>
    public IReadOnlyList<TransliterationRule> Rules { get; }

    private readonly TransliterationRule[] ruleArray;

    /// <summary>Applies the rules to each space-separated word of already folded text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="folded"/> is <see langword="null"/>.</exception>
    public string Apply(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (Rules.Count == 0 || folded.Length == 0 || !AnyRuleApplies(folded)) return folded;
        var words = folded.Split(' ');
        for (int i = 0; i < words.Length; i++) words[i] = ApplyToWord(words[i]);
        return string.Join(' ', words);
    }

    /// <summary>
    /// Whether some rule would change some word of <paramref name="folded"/>. Until a rule changes a word, every rule sees the
    /// original word, so testing each rule against the original words is exact; when none applies the key is the input itself.
    /// </summary>
    internal bool AnyRuleApplies(ReadOnlySpan<char> folded)
    {
        if (ruleArray.Length == 0 || folded.IsEmpty) return false;
        var rest = folded;
        while (true)
        {
            int space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            if (MayApply(word) && AnyRuleAppliesToWord(word)) return true;
            if (space < 0) return false;
            rest = rest[(space + 1)..];
        }
    }

    /// <summary>
    /// A necessary condition for some rule to apply to <paramref name="word"/>, cheaper than trying every rule: it ends with the
    /// last character of a word-end rule, starts with the first character of a word-start rule, or contains an anywhere rule.
    /// </summary>
    private bool MayApply(ReadOnlySpan<char> word) =>
        !word.IsEmpty
        && (lastCharsOfEndRules.Contains(word[^1]) || firstCharsOfStartRules.Contains(word[0]) || anywhereRules is not null && word.ContainsAny(anywhereRules));

    private bool AnyRuleAppliesToWord(ReadOnlySpan<char> word)
    {
        foreach (var rule in ruleArray)
        {
            if (word.Length <= rule.From.Length) continue;
            bool applies = rule.Position switch
            {
                TransliterationPosition.WordEnd => word.EndsWith(rule.From, StringComparison.Ordinal),
                TransliterationPosition.WordStart => word.StartsWith(rule.From, StringComparison.Ordinal),
                TransliterationPosition.Anywhere => word.Contains(rule.From, StringComparison.Ordinal),
                _ => false,
            };
            if (applies) return true;
        }

        return false;
    }

    private string ApplyToWord(string word)
    {
        foreach (var rule in ruleArray)
        {
            // A rule never empties a word, and never applies to the whole word (to a one-syllable word like "ou").
            if (word.Length <= rule.From.Length) continue;
            switch (rule.Position)
            {
                case TransliterationPosition.WordEnd when word.EndsWith(rule.From, StringComparison.Ordinal):
                    word = string.Concat(word.AsSpan(0, word.Length - rule.From.Length), rule.To);
                    break;
                case TransliterationPosition.WordStart when word.StartsWith(rule.From, StringComparison.Ordinal):
                    word = string.Concat(rule.To, word.AsSpan(rule.From.Length));
                    break;
                case TransliterationPosition.Anywhere:
                    word = word.Replace(rule.From, rule.To, StringComparison.Ordinal);
                    break;
            }
        }

        return word;
    }

    /// <summary>
    /// Parses a rule file: one rule per line, <c>from&lt;TAB&gt;to&lt;TAB&gt;position</c> with position <c>any</c>, <c>start</c>
    /// or <c>end</c>; a header line starting with <c>from</c>, blank lines and <c>#</c> comments are skipped. The letters are folded.
    /// </summary>
    /// <param name="reader">The file content.</param>
    /// <param name="source">The file name, used in error messages.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">A line is malformed; the message names the file and line.</exception>
    public static TransliterationRules Parse(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var rules = new List<TransliterationRule>();
        foreach (var (lineNumber, fields) in DataFileLines.Read(reader, "from"))
        {
            if (fields.Length != 3) throw new FormatException($"{source}:{lineNumber}: expected 3 tab-separated fields (from, to, position), found {fields.Length}.");
            string from = FoldLetters(fields[0]);
            string to = FoldLetters(fields[1]);
            if (from.Length == 0) throw new FormatException($"{source}:{lineNumber}: empty 'from'.");
            var position = fields[2].Trim() switch
            {
                "any" => TransliterationPosition.Anywhere,
                "start" => TransliterationPosition.WordStart,
                "end" => TransliterationPosition.WordEnd,
                var other => throw new FormatException($"{source}:{lineNumber}: unknown position '{other}' (any, start, end)."),
            };
            rules.Add(new TransliterationRule(from, to, position));
        }

        return new TransliterationRules(rules);
    }

    private static string FoldLetters(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in TextFolding.Fold(text))
        {
            if (c != ' ') builder.Append(c);
        }

        return builder.ToString();
    }
}
