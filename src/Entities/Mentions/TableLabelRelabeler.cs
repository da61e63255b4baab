using Entities.Knowledge;
using System.Collections.Frozen;
using Entities.Sentences;
using Entities.Tokenization;

namespace Entities.Mentions;

/// <summary>
/// Gives a tagged mention the label of the alias table when its whole text is, exactly, an organization, a person or an event
/// (MISC) of the table and the tagger said otherwise: <c>selon l'Insee</c> tagged LOC becomes ORG, <c>la Route du Rhum</c> tagged
/// LOC becomes MISC.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Precision first: the mention's text must equal a name of the table ordinal and case-sensitive (only the typographic and
/// straight apostrophes are equal; an all-capitals acronym of three letters or more also matches its one-capital spelling,
/// <c>Otan</c> for <c>OTAN</c>, a one-word name in lower case its capitalized spelling, <c>Franceinfo</c> for <c>franceinfo</c>, and a
/// name of two words or five letters or more its other spellings by <see cref="TableSpelling"/>, <c>Societe Generale</c>), and every entry whose name folds like it must have one label, ORG, PER or MISC. A mention is
/// never moved towards LOC: a country or a city named for its government keeps the tagger's label, as the metonymy
/// convention wants it to (see <see cref="AllCapsAliasRelabeler"/> for all-capitals datelines, which may become LOC).
/// </remarks>
public sealed class TableLabelRelabeler : IMentionRefiner
{
    /// <summary>Name (straight apostrophes) → its label, for the names whose entries are all ORG, all PER or all MISC.</summary>
    private readonly FrozenDictionary<string, EntityLabel> labels;

    /// <summary>The same names by their <see cref="TableSpelling.Key"/> (the first name of a key), for mentions that spell them otherwise.</summary>
    private readonly FrozenDictionary<string, (string Name, EntityLabel Label)> looseLabels;

    /// <summary>Rejects at once the mentions whose text cannot be a key of <see cref="labels"/> (typographic apostrophes read as straight).</summary>
    private readonly SurfaceFilter filter;

    /// <summary>Creates a relabeler over the organization and person names of <paramref name="table"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    public TableLabelRelabeler(AliasTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var map = new Dictionary<string, EntityLabel>(StringComparer.Ordinal);
        var loose = new Dictionary<string, (string Name, EntityLabel Label)>(StringComparer.Ordinal);
        foreach (var entry in table.Entries)
        {
            if (entry.Label is not (EntityLabel.Organization or EntityLabel.Person or EntityLabel.Miscellaneous)) continue;
            foreach (string name in entry.AllNames)
            {
                if (!table.TryGetEntry(name, out _)) continue;   // the name's only entry (the table keeps one per label and key)
                map[Apostrophes.Straighten(name)] = entry.Label;

                // An acronym read as a word is written with one capital (OTAN → Otan, ONU → Onu, UNESCO → Unesco).
                if (name.Length >= 3 && name.All(char.IsUpper)) map.TryAdd(name[0] + name[1..].ToLowerInvariant(), entry.Label);

                // A brand written in lower case is capitalized by editors and at sentence starts (franceinfo → Franceinfo).
                if (name.Length >= 4 && char.IsLower(name[0]) && !name.Contains(' ')) map.TryAdd(char.ToUpperInvariant(name[0]) + name[1..], entry.Label);

                // The other spellings of the name (TableSpelling: Societe Generale, Société Générale for Société générale): a name
                // of two words or more, or of five letters or more.
                if (name.Contains(' ') || name.Length >= 5) loose.TryAdd(TableSpelling.Key(name), (name, entry.Label));
            }
        }

        labels = map.ToFrozenDictionary(StringComparer.Ordinal);
        looseLabels = loose.ToFrozenDictionary(StringComparer.Ordinal);
        filter = new SurfaceFilter(labels.Keys);
    }

    /// <inheritdoc />
    public IReadOnlyList<EntityMention> Refine(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(mentions);
        return MentionRelabeling.Apply(mentions, new Rule(this));
    }

    /// <summary>The table's label of a mention's text, when it has one.</summary>
    private readonly struct Rule(TableLabelRelabeler relabeler) : MentionRelabeling.IRule
    {
        public EntityLabel? NewLabel(EntityMention mention)
        {
            if (relabeler.filter.MayContain(mention.Text) && relabeler.labels.TryGetValue(Apostrophes.Straighten(mention.Text), out var label)) return label;
            if (!NeedsKey(mention.Text) || mention.Text.Length > MaxKeyLength) return null;
            Span<char> key = stackalloc char[mention.Text.Length];
            TableSpelling.WriteKey(mention.Text, key);
            return relabeler.looseLabels.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var name) && TableSpelling.Spells(mention.Text, name.Name)
                ? name.Label
                : null;
        }

        /// <summary>The longest mention looked up by its key, in characters (a longer one must spell the name exactly).</summary>
        private const int MaxKeyLength = 200;

        /// <summary>Whether a text may spell a name otherwise than the table: it has a letter outside ASCII or several words.</summary>
        private static bool NeedsKey(string text)
        {
            foreach (char c in text)
            {
                if (c == ' ' || c >= '\u0080') return true;
            }

            return false;
        }
    }
}
