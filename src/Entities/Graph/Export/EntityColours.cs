namespace Entities.Graph.Export;

/// <summary>The colour each entity type is drawn with in exports (light fills that keep black text readable).</summary>
internal static class EntityColours
{
    /// <summary>Returns the <c>#rrggbb</c> colour of <paramref name="label"/>.</summary>
    public static string Hex(EntityLabel label) => label switch
    {
        EntityLabel.Person => "#a6cee3",
        EntityLabel.Location => "#b2df8a",
        EntityLabel.Organization => "#fdbf6f",
        _ => "#cab2d6",
    };

    /// <summary>Returns the red, green and blue components of <paramref name="label"/>'s colour.</summary>
    public static (int Red, int Green, int Blue) Rgb(EntityLabel label)
    {
        string hex = Hex(label);
        return (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));
    }
}
