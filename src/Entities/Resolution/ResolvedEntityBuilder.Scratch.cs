using Entities.Knowledge;
namespace Entities.Resolution;

internal sealed partial class ResolvedEntityBuilder
{
    /// <summary>Work collections of one resolution call (one document, one thread).</summary>
    internal sealed class Scratch
    {
        public List<AnalyzedMention> Members { get; } = [];

        public List<Form> Forms { get; } = [];

        /// <summary>The aliases of the group being built, in their final order.</summary>
        public List<AliasCount> Aliases { get; } = [];

        public Dictionary<string, int> FormIndex { get; } = new(StringComparer.Ordinal);

        public KeySet Full { get; } = new();

        public KeySet Acronyms { get; } = new();

        public KeySet Surnames { get; } = new();

        public HashSet<string> AcronymKeys { get; } = new(StringComparer.Ordinal);

        public List<AnalyzedMention> FullNames { get; } = [];

        public HashSet<string> FullNameDisplays { get; } = new(StringComparer.Ordinal);

        public HashSet<TextSlice> LastWords { get; } = [];

        public HashSet<TextSlice> ProperSuffixes { get; } = [];

        public HashSet<string> SeenKeys { get; } = new(StringComparer.Ordinal);

        public CharBuffer Buffer { get; } = new();

        public CharBuffer KeyBuffer { get; } = new();

        /// <summary>Display → its surname key (a pure function of the display, kept from call to call like the analyzer's keys).</summary>
        public DisplayCache<string?> SurnameKeyOfDisplay { get; } = new(MentionAnalyzer.Scratch.GenerationLimit);
    }

    /// <summary>A set of keys listed in ordinal order on demand (what a <see cref="SortedSet{T}"/> gave, without its nodes).</summary>
    internal sealed class KeySet
    {
        private readonly HashSet<string> set = new(StringComparer.Ordinal);
        private readonly List<string> list = [];
        private bool sorted = true;

        public int Count => set.Count;

        public KeySet Reset()
        {
            set.Clear();
            list.Clear();
            sorted = true;
            return this;
        }

        public void Add(string key)
        {
            if (!set.Add(key)) return;
            list.Add(key);
            sorted = list.Count < 2;
        }

        public void Remove(string key)
        {
            if (set.Remove(key)) list.Remove(key);
        }

        public bool Contains(string key) => set.Contains(key);

        public List<string> Sorted()
        {
            if (!sorted) list.Sort(StringComparer.Ordinal);
            sorted = true;
            return list;
        }
    }
}
