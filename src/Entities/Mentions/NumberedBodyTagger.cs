using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads a generic body's acronym followed by a French département's number as the one body it names: <c>le SDIS 29</c>,
/// <c>le Samu 35</c>, <c>la FDSEA 64</c>. The acronym alone names every département's body (several share it); with its
/// number it is one organization, and the number belongs to the name. The acronym and the number become one organization,
/// replacing a mention over the acronym alone. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the acronym is one of the list, compared as written; the number follows after one space and is a
/// département's (<c>01</c>–<c>95</c>, <c>2A</c>, <c>2B</c>, <c>971</c>–<c>976</c>), not followed by another digit, a
/// percent sign or a decimal or range mark and digit (<c>29,5</c>, <c>29-30</c>). A mention across the name's edge leaves it
/// alone. A new mention gets <see cref="Score"/>, or the acronym's mention's score.
/// </remarks>
public sealed class NumberedBodyTagger : IMentionRefiner
{
    /// <summary>The score of a name this layer adds.</summary>
    public const double Score = 0.8;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> acronyms;

    /// <summary>Creates the tagger over generic bodies' acronyms, as written (<c>SDIS</c>, <c>Sdis</c>, <c>Samu</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="acronyms"/> is <see langword="null"/>.</exception>
    public NumberedBodyTagger(IEnumerable<string> acronyms)
    {
        ArgumentNullException.ThrowIfNull(acronyms);
        this.acronyms = acronyms.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        for (int t = 0; t + 1 < tokens.Count; t++)
        {
            var acronym = tokens[t];
            if (acronym.Kind != TokenKind.Word || !char.IsUpper(text[acronym.Start]) || !acronyms.Contains(acronym.GetSpan(text))) continue;
            // The number as written, whatever the tokenizer made of it (2B may be two tokens): the letters and digits after one space.
            int start = acronym.End + 1, end = start;
            if (tokens[t + 1].Start != start || text[acronym.End] != ' ') continue;
            while (end < text.Length && end - start < 4 && char.IsLetterOrDigit(text[end])) end++;
            if (!IsDepartmentNumber(text.AsSpan(start, end - start)) || GoesOn(text, end)) continue;
            result = MentionInsertion.Over(result ?? [.. mentions], text, acronym.Start, end, EntityLabel.Organization, Score);
        }

        return result ?? mentions;
    }

    /// <summary>Whether <paramref name="number"/> is a French département's number: 01–95, 2A, 2B or 971–976.</summary>
    public static bool IsDepartmentNumber(ReadOnlySpan<char> number) => number switch
    {
        "2A" or "2B" => true,
        { Length: 2 } when char.IsAsciiDigit(number[0]) && char.IsAsciiDigit(number[1]) => number is not "00" && (number[0] != '9' || number[1] <= '5'),
        { Length: 3 } => number is "971" or "972" or "973" or "974" or "975" or "976",
        _ => false,
    };

    /// <summary>Whether the number ending at <paramref name="end"/> goes on: a digit, a percent sign, or a decimal or range mark before a digit.</summary>
    private static bool GoesOn(string text, int end)
    {
        if (end >= text.Length) return false;
        char next = text[end];
        if (char.IsDigit(next) || next == '%') return true;
        return next is ',' or '.' or '-' or '/' && end + 1 < text.Length && char.IsDigit(text[end + 1]);
    }
}
