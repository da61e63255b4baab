namespace Entities.Knowledge;

/// <summary>A growable scratch buffer of characters, reused within one call to avoid building intermediate strings.</summary>
internal sealed class CharBuffer
{
    private char[] data = new char[128];

    /// <summary>Number of characters written.</summary>
    public int Length { get; private set; }

    /// <summary>The characters written.</summary>
    public ReadOnlySpan<char> Span => data.AsSpan(0, Length);

    /// <summary>Forgets the content.</summary>
    public void Clear() => Length = 0;

    /// <summary>Shortens the content to <paramref name="length"/> characters.</summary>
    public void Truncate(int length) => Length = Math.Min(Length, length);

    /// <summary>Appends one character.</summary>
    public void Append(char c)
    {
        if (Length == data.Length) Array.Resize(ref data, data.Length * 2);
        data[Length++] = c;
    }

    /// <summary>Returns room for at least <paramref name="count"/> characters after the content; call <see cref="Advance"/> with what was used.</summary>
    public Span<char> Reserve(int count)
    {
        if (Length + count > data.Length) Array.Resize(ref data, Math.Max(data.Length * 2, Length + count));
        return data.AsSpan(Length, count);
    }

    /// <summary>Marks <paramref name="count"/> reserved characters as written.</summary>
    public void Advance(int count) => Length += count;

    /// <inheritdoc />
    public override string ToString() => new(Span);
}
