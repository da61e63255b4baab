namespace Entities.Tokenization;

/// <summary>The broad class of a token, decided by the tokenizer.</summary>
public enum TokenKind
{
    /// <summary>A word, including hyphenated compounds (<c>États-Unis</c>) and words with inner apostrophes (<c>aujourd'hui</c>).</summary>
    Word = 0,

    /// <summary>An elided article, pronoun or conjunction split from the next word (<c>l'</c>, <c>qu’</c>).</summary>
    Elision = 1,

    /// <summary>A number, date, time, ordinal or Roman numeral (<c>12 000</c>, <c>3,5</c>, <c>1er</c>, <c>XXe</c>, <c>14h30</c>).</summary>
    Number = 2,

    /// <summary>Punctuation (<c>.</c>, <c>,</c>, <c>«</c>, <c>—</c>, <c>…</c>).</summary>
    Punctuation = 3,

    /// <summary>A symbol such as <c>%</c>, <c>€</c>, <c>°</c>, <c>+</c> or an emoji.</summary>
    Symbol = 4,

    /// <summary>An abbreviation or title that keeps its period or is known as such (<c>M.</c>, <c>Mme</c>, <c>etc.</c>, <c>J.-C.</c>, <c>n°</c>), or a single-letter initial (<c>J.</c>).</summary>
    Abbreviation = 5,

    /// <summary>A web address (<c>https://exemple.fr/a?b=c</c>, <c>www.exemple.fr</c>).</summary>
    Url = 6,

    /// <summary>An e-mail address.</summary>
    Email = 7,

    /// <summary>A social-media handle (<c>@elysee</c>).</summary>
    Handle = 8,

    /// <summary>A hashtag (<c>#Présidentielle2027</c>).</summary>
    Hashtag = 9,
}
