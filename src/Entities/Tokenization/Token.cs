namespace Entities.Tokenization;

/// <summary>
/// A token: a range of UTF-16 code units in the original text, its kind, and a normalized form.
/// The text itself is never rewritten; <c>text.Substring(Start, Length)</c> is always the surface form.
/// </summary>
public readonly struct Token : IEquatable<Token>
{
    private readonly string? normalized;
    private readonly uint surfaceKey;

    /// <summary>Creates a token over <paramref name="length"/> code units starting at <paramref name="start"/>.</summary>
    /// <param name="start">Index of the first UTF-16 code unit in the original text.</param>
    /// <param name="length">Number of UTF-16 code units; at least 1.</param>
    /// <param name="kind">The token's kind.</param>
    /// <param name="normalized">The normalized form when it differs from the surface (typographic apostrophe replaced,
    /// zero-width characters and digit-group spaces removed); <see langword="null"/> when it is the surface itself.</param>
    public Token(int start, int length, TokenKind kind, string? normalized = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        Start = start;
        Length = length;
        Kind = kind;
        this.normalized = normalized;
    }

    /// <summary>
    /// Creates a token over <paramref name="length"/> code units of <paramref name="text"/> starting at <paramref name="start"/>,
    /// as <see cref="Token(int, int, TokenKind, string?)"/>, and reads its surface once so that the rules can pre-check it
    /// without reading its characters again (a tokenizer should use this constructor; the other gives the same results).
    /// </summary>
    /// <param name="text">The text being tokenized.</param>
    /// <param name="start">Index of the first UTF-16 code unit in <paramref name="text"/>.</param>
    /// <param name="length">Number of UTF-16 code units; at least 1, within <paramref name="text"/>.</param>
    /// <param name="kind">The token's kind.</param>
    /// <param name="normalized">As for <see cref="Token(int, int, TokenKind, string?)"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range lies outside <paramref name="text"/> or is empty.</exception>
    public Token(string text, int start, int length, TokenKind kind, string? normalized = null)
        : this(start, length, kind, normalized)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, text.Length - start);
        surfaceKey = SurfaceKeys.Of(text.AsSpan(start, length));
    }

    /// <summary>The key of the surface (<see cref="SurfaceKeys"/>), or 0 when the token was made without its text.</summary>
    internal uint SurfaceKey => surfaceKey;

    /// <summary>Index of the first UTF-16 code unit of the token in the original text.</summary>
    public int Start { get; }

    /// <summary>Number of UTF-16 code units covered by the token.</summary>
    public int Length { get; }

    /// <summary>Index just past the token's last code unit (<see cref="Start"/> + <see cref="Length"/>).</summary>
    public int End => Start + Length;

    /// <summary>The token's kind.</summary>
    public TokenKind Kind { get; }

    /// <summary>Whether the normalized form differs from the surface form.</summary>
    public bool HasNormalizedForm => normalized is not null;

    /// <summary>The surface form as a span of <paramref name="text"/>, which must be the text that was tokenized.</summary>
    public ReadOnlySpan<char> GetSpan(string text) => text.AsSpan(Start, Length);

    /// <summary>The surface form: exactly <c>text.Substring(Start, Length)</c>.</summary>
    public string GetText(string text) => text.Substring(Start, Length);

    /// <summary>The normalized form (<c>’</c> becomes <c>'</c>, zero-width characters and digit-group spaces are removed).</summary>
    public string GetNormalized(string text) => normalized ?? text.Substring(Start, Length);

    /// <inheritdoc />
    public bool Equals(Token other) =>
        Start == other.Start && Length == other.Length && Kind == other.Kind && string.Equals(normalized, other.normalized, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length, Kind, normalized);

    /// <summary>Compares two tokens for equality.</summary>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Compares two tokens for inequality.</summary>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"[{Start},{End}) {Kind}";
}
