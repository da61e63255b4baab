using Entities.Knowledge;

namespace Entities.Resolution;

/// <summary>
/// The prefixes of the keys in <see cref="ResolvedEntity.Keys"/>. A key is a prefix followed by a matching form (see
/// <see cref="MatchKeyBuilder"/>: folded case, diacritics, hyphens and apostrophes, transliteration rules applied).
/// Keys are listed strongest first; a graph should weigh them in that order.
/// </summary>
public static class MatchKeys
{
    /// <summary>
    /// <c>full:</c> a complete name of the entity as written in the document: every form of a place, organization or
    /// other entity that is not an acronym, and every person form of two words or more (<c>full:mark rutte</c>).
    /// Strong: two entities of the same label sharing a full key are very likely the same.
    /// </summary>
    public const string Full = "full:";

    /// <summary>
    /// <c>table:</c> the matching form of the canonical name of the alias-table entry the entity matched
    /// (<c>table:organisation du traite de l atlantique nord</c> for <c>OTAN</c>, <c>NATO</c> or <c>Otan</c>). Strongest:
    /// a curated identity.
    /// </summary>
    public const string Table = AliasTable.TableKeyPrefix;

    /// <summary>
    /// <c>acronym:</c> a form written as an acronym (<c>acronym:nis</c>). Secondary: the same letters name different
    /// organizations in different documents; link through it only when nothing else disagrees.
    /// </summary>
    public const string Acronym = "acronym:";

    /// <summary>
    /// <c>surname:</c> a short form of a person: each short form seen in the document that ends one of the entity's full
    /// names (<c>surname:rutte</c>, <c>surname:le pen</c>), and the last word of each full name with the particles before
    /// it (<c>Jean-Marie Le Pen</c> → <c>surname:le pen</c>; none when only particles precede it). A person known in the
    /// document only by a one-word form gets that form as its surname key; given names and other prefixes (<c>Kim Jong</c>)
    /// give no key. Weak: many people share a surname; use only to attach a short-form-only entity to a unique full-name node.
    /// </summary>
    public const string Surname = "surname:";

    /// <summary>
    /// <c>gender:</c> the gender the titles and articles of a person's mentions agree on (<c>gender:m</c> for <c>M. Durand</c>,
    /// <c>gender:f</c> for <c>la présidente Durand</c>); none when they disagree or say nothing. An attribute, not an identity:
    /// it never joins two entities, it keeps a short form from joining a person of the other gender.
    /// </summary>
    public const string Gender = "gender:";

    /// <summary>The <see cref="Gender"/> key of a man.</summary>
    public const string Male = Gender + "m";

    /// <summary>The <see cref="Gender"/> key of a woman.</summary>
    public const string Female = Gender + "f";

    /// <summary>
    /// <c>given:</c> a person named in a document only by a given name, with no title (<c>Marie, 34 ans, infirmière</c>), instead
    /// of a <see cref="Surname"/> key. An attribute, not an identity: the press names many different people by a first name
    /// alone, so such an entity never joins, nor is pooled with, an entity of another document.
    /// </summary>
    public const string GivenName = "given:";

    /// <summary>
    /// <c>cogiven:</c> on a person named in a document by a surname only, with a known gender (<c>Mme Trump</c>): a given name
    /// of that gender said alone in the same document (<c>son épouse Melania</c>), which may be the person's own. An attribute,
    /// not an identity: it never joins anything; it keeps the short form from joining, in another document, a person of that
    /// surname whose every full name has another given name (<c>Ivanka Trump</c>).
    /// </summary>
    public const string CompanionGivenName = "cogiven:";
}
