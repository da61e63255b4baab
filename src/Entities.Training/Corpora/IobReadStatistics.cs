namespace Entities.Corpora;

/// <summary>Counters filled while reading a corpus: sentences, tokens and tags repaired.</summary>
public sealed class IobReadStatistics
{
    /// <summary>Sentences read.</summary>
    public int Sentences { get; internal set; }

    /// <summary>Tokens read.</summary>
    public int Tokens { get; internal set; }

    /// <summary>Tags <c>I-X</c> that did not continue an <c>X</c> span (IOB1 style) and were repaired to <c>B-X</c>.</summary>
    public int RepairedTags { get; internal set; }

    /// <summary>Title tokens moved out of person spans by normalization.</summary>
    public int TitlesMoved { get; internal set; }

    /// <summary>Comma-separated appositions (<c>, conseiller fédéral</c>) moved out of person spans by normalization.</summary>
    public int AppositionsMoved { get; internal set; }

    /// <summary>Split elisions (<c>l ' Otan</c>) joined into one token (<c>l'</c>).</summary>
    public int ElisionsJoined { get; internal set; }

    /// <summary>Hyphenated names split in three tokens inside an entity (<c>Adis - Abbeba</c>) joined into one.</summary>
    public int HyphensJoined { get; internal set; }

    /// <summary>Spans relabeled as locations because their text names a place (<see cref="CorpusNormalizationOptions.LiteralLocations"/>).</summary>
    public int LiteralLocations { get; internal set; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Sentences} sentences, {Tokens} tokens, {RepairedTags} tags repaired, {TitlesMoved} titles moved out, {AppositionsMoved} appositions moved out, {ElisionsJoined} elisions joined, {HyphensJoined} hyphens joined, {LiteralLocations} literal locations";
}
