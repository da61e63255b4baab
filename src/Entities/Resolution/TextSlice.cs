namespace Entities.Resolution;

/// <summary>
/// A part of a string, equal to another when their characters are: a key for sets and dictionaries of substrings (the words
/// of a match key, a prefix of it) that does not build the substring.
/// </summary>
internal readonly struct TextSlice : IEquatable<TextSlice>
{
    private readonly string text;
    private readonly int start;
    private readonly int length;

    public TextSlice(string text, int start, int length)
    {
        this.text = text;
        this.start = start;
        this.length = length;
    }

    /// <summary>The whole of <paramref name="text"/>.</summary>
    public TextSlice(string text)
        : this(text, 0, text.Length)
    {
    }

    public ReadOnlySpan<char> Span => text.AsSpan(start, length);

    /// <summary>The first <paramref name="count"/> space-separated words of <paramref name="key"/> (which has more).</summary>
    public static TextSlice FirstWords(string key, int count)
    {
        int end = -1;
        for (int k = 0; k < count; k++) end = key.IndexOf(' ', end + 1);
        return new TextSlice(key, 0, end);
    }

    /// <summary>The last <paramref name="count"/> space-separated words of <paramref name="key"/> (which has more).</summary>
    public static TextSlice LastWords(string key, int count)
    {
        int start = key.Length;
        for (int k = 0; k < count; k++) start = key.LastIndexOf(' ', start - 1);
        return new TextSlice(key, start + 1, key.Length - start - 1);
    }

    public bool Equals(TextSlice other) => Span.SequenceEqual(other.Span);

    public override bool Equals(object? obj) => obj is TextSlice other && Equals(other);

    public override int GetHashCode() => string.GetHashCode(Span);
}
