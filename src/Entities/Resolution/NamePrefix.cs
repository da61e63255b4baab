namespace Entities.Resolution;

/// <summary>A word or phrase that may precede a name without being part of it: a title (<c>M.</c>, <c>président</c>) or an article (<c>le</c>, <c>l'</c>).</summary>
/// <param name="Text">The prefix as written; an elided article ends with an apostrophe (<c>l'</c>).</param>
/// <param name="Gender">The gender it implies for a person, if any.</param>
public sealed record NamePrefix(string Text, PersonGender Gender)
{
    /// <summary>Whether the prefix is elided (ends with an apostrophe) and is glued to the next word.</summary>
    public bool IsElided => Text.EndsWith('\'') || Text.EndsWith('\u2019');

    /// <summary>
    /// Whether the title is an honorific any person of its gender bears (<c>M.</c>, <c>Mme</c>): it says nothing of which person
    /// it is, unlike a role (<c>l'ancien président</c>), which the resolver matches between a short form and a full name.
    /// </summary>
    public bool IsHonorific { get; init; }
}
