namespace Entities;

/// <summary>The type of a named entity.</summary>
public enum EntityLabel
{
    /// <summary>A person, real or fictional (<c>PER</c>).</summary>
    Person = 0,

    /// <summary>A place: country, city, region, river, address (<c>LOC</c>).</summary>
    Location = 1,

    /// <summary>An organization: company, party, agency, alliance, team (<c>ORG</c>).</summary>
    Organization = 2,

    /// <summary>Any other named entity: events, works, products, nationalities (<c>MISC</c>).</summary>
    Miscellaneous = 3,
}
