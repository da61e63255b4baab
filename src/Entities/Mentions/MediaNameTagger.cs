using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Reads the names of news sites and papers that the tagger does not know: one to three capitalized words ending with a
/// media word (<c>Ouest Matin</c>, <c>Sud Atlantique Info</c>, <c>ConsoMag Infos</c>), and a capitalized web address
/// (<c>TechActu.fr</c>), become organizations. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the words before the media word are capitalized words that are not function words (<c>Les Infos</c> is
/// not a name); in a title-case sentence (a headline, most words capitalized) only a name that opens it or follows a
/// punctuation mark is read (a site's header line, a credit <c>Photo X / Ouest Matin</c>); a name opened by a quotation mark is a work's title (<c>« Ring Magazine »</c>), not read;
/// mentions inside the name are replaced, and a mention across its edge leaves it alone. The
/// organization gets <see cref="Score"/>, or the best score of the mentions it replaces.
/// </remarks>
public sealed class MediaNameTagger : IMentionRefiner
{
    /// <summary>The score of a name this layer adds.</summary>
    public const double Score = 0.8;

    /// <summary>The most capitalized words before the media word.</summary>
    public const int MaxWordsBefore = 3;

    private readonly HashSet<string> mediaWords;
    private readonly HashSet<string> functionWords;

    /// <summary>Creates the tagger.</summary>
    /// <param name="mediaWords">Words that end a media name, as written (<c>Info</c>, <c>Matin</c>).</param>
    /// <param name="functionWords">Function words, any case, that never start such a name (<c>le</c>, <c>les</c>, <c>de</c>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public MediaNameTagger(IEnumerable<string> mediaWords, IEnumerable<string> functionWords)
    {
        ArgumentNullException.ThrowIfNull(mediaWords);
        ArgumentNullException.ThrowIfNull(functionWords);
        this.mediaWords = new HashSet<string>(mediaWords, StringComparer.Ordinal);
        this.functionWords = new HashSet<string>(functionWords, StringComparer.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        List<EntityMention>? result = null;
        foreach (var sentence in sentences)
        {
            bool? titleCase = null;   // computed for the sentences that have a candidate only
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = tokens[t];
                int start;
                if (token.Kind == TokenKind.Url && char.IsUpper(text[token.Start]) && !text.AsSpan(token.Start, token.Length).Contains('/')) start = t;
                else if (token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]) && t > sentence.FirstToken && char.IsUpper(text[tokens[t - 1].Start])
                    && mediaWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token.GetSpan(text)))
                {
                    start = t;
                    while (start > sentence.FirstToken && t - start < MaxWordsBefore && IsNameWord(text, tokens[start - 1])
                        && tokens[start - 1].End + 1 >= tokens[start].Start) start--;
                    if (start == t) continue;
                }
                else continue;

                titleCase ??= NameShape.IsTitleCase(text, tokens, sentence);
                if (titleCase.Value && start != sentence.FirstToken && tokens[start - 1].Kind != TokenKind.Punctuation) continue;
                if (start > 0 && text[tokens[start - 1].Start] is '"' or '«' or '“') continue;   // a quoted title is a work
                result = MentionInsertion.Over(result ?? [.. mentions], text, tokens[start].Start, token.End, EntityLabel.Organization, Score);
            }
        }

        return result ?? mentions;
    }

    private bool IsNameWord(string text, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(text[token.Start]) && !functionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token.GetSpan(text));
}
