namespace Entities;

/// <summary>Conversions between <see cref="EntityLabel"/> and the short codes used in corpora and output (<c>PER</c>, <c>LOC</c>, <c>ORG</c>, <c>MISC</c>).</summary>
public static class EntityLabels
{
    /// <summary>All labels, in code order.</summary>
    public static IReadOnlyList<EntityLabel> All { get; } =
        [EntityLabel.Person, EntityLabel.Location, EntityLabel.Organization, EntityLabel.Miscellaneous];

    /// <summary>Returns the short code of a label: <c>PER</c>, <c>LOC</c>, <c>ORG</c> or <c>MISC</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined label.</exception>
    public static string ToCode(this EntityLabel label) => label switch
    {
        EntityLabel.Person => "PER",
        EntityLabel.Location => "LOC",
        EntityLabel.Organization => "ORG",
        EntityLabel.Miscellaneous => "MISC",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "Unknown entity label."),
    };

    /// <summary>Parses a short code (<c>PER</c>, <c>LOC</c>, <c>ORG</c>, <c>MISC</c>; case-insensitive).</summary>
    /// <returns><see langword="true"/> when <paramref name="code"/> names a label.</returns>
    public static bool TryParse(ReadOnlySpan<char> code, out EntityLabel label)
    {
        if (code.Equals("PER", StringComparison.OrdinalIgnoreCase)) { label = EntityLabel.Person; return true; }
        if (code.Equals("LOC", StringComparison.OrdinalIgnoreCase)) { label = EntityLabel.Location; return true; }
        if (code.Equals("ORG", StringComparison.OrdinalIgnoreCase)) { label = EntityLabel.Organization; return true; }
        if (code.Equals("MISC", StringComparison.OrdinalIgnoreCase)) { label = EntityLabel.Miscellaneous; return true; }
        label = default;
        return false;
    }
}
