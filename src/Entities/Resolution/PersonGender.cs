namespace Entities.Resolution;

/// <summary>The grammatical gender a title or article gives to the person it introduces (<c>Mme</c>, <c>la chancelière</c> → female).</summary>
public enum PersonGender
{
    /// <summary>No hint, or contradictory hints.</summary>
    Unknown = 0,

    /// <summary>Masculine (<c>M.</c>, <c>le président</c>).</summary>
    Male = 1,

    /// <summary>Feminine (<c>Mme</c>, <c>la présidente</c>).</summary>
    Female = 2,
}
