using Entities.Tokenization;

namespace Entities.French.Tokenization;

/// <summary>
/// Scans a word starting with a letter, mark or number character and decides what it is.
/// <para>
/// A raw word is a run of letters, marks and digits, joined by an apostrophe followed by a letter, a hyphen variant followed by
/// a letter or digit, zero-width characters followed by a letter or digit, or a line-end cut (<c>Poin-\ncaré</c>,
/// <c>Lau¬\nrent</c>; see <see cref="CutMarks"/>). It is then cut: leading elided forms
/// (<c>l’Otan</c> → <c>l’</c> <c>Otan</c>), trailing hyphenated pronouns (<c>a-t-il</c> → <c>a</c> <c>-t-il</c>), unless the
/// word is listed as unsplittable (<c>aujourd'hui</c>, <c>rendez-vous</c>). What follows it decides the rest: a period makes an
/// initial (<c>J.</c>), a dotted acronym (<c>U.S.A.</c>, <c>J.-C.</c>), a listed abbreviation (<c>etc.</c>) or a domain
/// (<c>exemple.fr</c>); otherwise the period is left for the caller (so <c>fin.Début</c> is three tokens);
/// <c>@</c> may make an e-mail address.
/// </para>
/// <para>
/// A lowercase word glued to a capitalized one (<c>Parisle</c>, <c>motMot</c>) is never split: without a dictionary the
/// risk of cutting real names (<c>McDonald</c>, <c>LeBron</c>, <c>iPhone</c>) is higher than the gain.
/// </para>
/// </summary>
internal static class WordScanner
{
    /// <summary>Appends the token(s) of the word starting at <paramref name="start"/> and returns the index after them.</summary>
    public static int Scan(string text, int start, List<Token> tokens)
    {
        if (text[start] is 'h' or 'H' or 'w' or 'W' or 'f' or 'F')
        {
            int url = UrlScanner.TryScanUrl(text, start);
            if (url > 0)
            {
                tokens.Add(new Token(text, start, url - start, TokenKind.Url));
                return url;
            }
        }

        int end = ScanRaw(text, start, out bool apostrophe, out bool hyphen, out bool special);
        int s = start;

        bool whole = (apostrophe || hyphen) && Elisions.IsUnsplittable(text.AsSpan(s, end - s));
        if (apostrophe && !whole)
        {
            s = SplitElisions(text, s, end, tokens, ref whole);
            int possessive = whole || !EnglishPossessives.LowerCaseWordAfter(text, end) ? -1 : EnglishPossessives.ApostropheOf(text.AsSpan(s, end - s));
            if (possessive > 0)
            {
                AddWord(text, s, s + possessive, special, tokens);
                AddWord(text, s + possessive, end, special, tokens);
                return end;
            }
        }

        if (end < text.Length)
        {
            char stop = text[end];
            if (CharClasses.Is(stop, CharClass.Apostrophe) && Elisions.IsElision(text.AsSpan(s, end + 1 - s)))
            {
                tokens.Add(new Token(text, s, end + 1 - s, TokenKind.Elision, Elisions.Normalize(text.AsSpan(s, end + 1 - s))));
                return end + 1;
            }

            if (stop is '@' or '.' or '_' or '+' or '%' or '-')
            {
                int email = UrlScanner.TryScanEmail(text, s);
                if (email > 0)
                {
                    tokens.Add(new Token(text, s, email - s, TokenKind.Email));
                    return email;
                }
            }
        }

        if (hyphen && !whole)
        {
            int chain = Clitics.FindChainStart(text, s, end);
            if (chain < end)
            {
                AddWord(text, s, chain, special, tokens);
                AddClitics(text, chain, end, special, tokens);
                return end;
            }

            int pair = -1;
            bool afterPairNoun = false, afterRouteNoun = false;
            if (!special && !PlacePairs.FollowsCapitalizedWord(text, s))
            {
                // Route nouns are pair nouns too (place-route-nouns.txt is a subset of place-pair-nouns.txt): read only after one.
                afterPairNoun = PlacePairs.FollowsPairNoun(text, s);
                afterRouteNoun = afterPairNoun && PlacePairs.FollowsRouteNoun(text, s);
                pair = PlacePairs.HyphenOf(text.AsSpan(s, end - s), afterPairNoun, afterRouteNoun, PlacePairs.NextWord(text, end));
            }

            if (pair > 0)
            {
                // A chain of places is cut at each pair (Paris-Rouen-Le Havre): the rest is read again as a word of its own.
                while (pair > 0)
                {
                    AddWord(text, s, s + pair, special, tokens);
                    tokens.Add(new Token(text, s + pair, 1, TokenKind.Punctuation));
                    s += pair + 1;
                    pair = PlacePairs.HyphenOf(text.AsSpan(s, end - s), afterPairNoun, afterRouteNoun, PlacePairs.NextWord(text, end));
                }

                AddWord(text, s, end, special, tokens);
                return end;
            }
        }

        if (end < text.Length)
        {
            int next = ScanFollowingPeriodOrDegree(text, s, end, tokens);
            if (next > 0)
            {
                return next;
            }
        }

        ReadOnlySpan<char> word = text.AsSpan(s, end - s);
        if (Abbreviations.Contains(word) && (!Abbreviations.NeedsCapitalAfter(word) || NextWordIsCapitalized(text, end)))
        {
            tokens.Add(new Token(text, s, end - s, TokenKind.Abbreviation));
        }
        else if (Ordinals.IsRomanOrdinal(word))
        {
            tokens.Add(new Token(text, s, end - s, TokenKind.Number));
        }
        else
        {
            AddWord(text, s, end, special, tokens);
        }

        return end;
    }

    private static int ScanRaw(string text, int start, out bool apostrophe, out bool hyphen, out bool special)
    {
        apostrophe = hyphen = special = false;
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            CharClass cls = CharClasses.Of(c);
            if ((cls & CharClass.WordChar) != 0)
            {
                special |= c == '\u017F'; // the long s of old prints, normalized to s
                i++;
            }
            else if ((cls & CharClass.Surrogate) != 0)
            {
                if (!char.IsHighSurrogate(c) || !CharClasses.IsSupplementaryWordChar(text, i))
                {
                    break;
                }

                i += 2;
            }
            else if ((cls & CharClass.Ignorable) != 0)
            {
                int k = i + 1;
                while (k < text.Length && CharClasses.Is(text[k], CharClass.Ignorable))
                {
                    k++;
                }

                if (!CharClasses.IsWordCharAt(text, k))
                {
                    break;
                }

                special = true;
                i = k;
            }
            else if ((cls & CharClass.Apostrophe) != 0 && CharClasses.IsLetterAt(text, i + 1))
            {
                apostrophe = true;
                special |= c != '\'';
                i++;
            }
            else if ((cls & CharClass.Joiner) != 0 && CharClasses.IsWordCharAt(text, i + 1))
            {
                hyphen = true;
                special |= c != '-';
                i++;
            }
            else if ((c == CutMarks.NotSign || (cls & CharClass.Joiner) != 0) && CutMarks.TryMatch(text, i, out int continuation))
            {
                // A word cut at the end of a line (Poin-\ncaré): one token, joined in its normalized form.
                hyphen = true;
                special = true;
                i = continuation;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    // Emits l' qu' jusqu'… at the start of text[s..end) and returns where the rest begins.
    private static int SplitElisions(string text, int s, int end, List<Token> tokens, ref bool whole)
    {
        while (true)
        {
            int p = s;
            while (p < end && !CharClasses.Is(text[p], CharClass.Apostrophe))
            {
                p++;
            }

            if (p >= end - 1 || !Elisions.IsElision(text.AsSpan(s, p + 1 - s)) || IsNamePrefix(text, s, p, end))
            {
                return s;
            }

            tokens.Add(new Token(text, s, p + 1 - s, TokenKind.Elision, Elisions.Normalize(text.AsSpan(s, p + 1 - s))));
            s = p + 1;
            if (Elisions.IsUnsplittable(text.AsSpan(s, end - s)))
            {
                whole = true;
                return s;
            }
        }
    }

    // N' or M' before a capital and a lower-case letter opens a name, not a negation or a pronoun: N'Guessan, N'Djamena,
    // M'Bala (not N'EST in capitals, nor N'Y in a title-case headline).
    private static bool IsNamePrefix(string text, int s, int apostrophe, int end) =>
        apostrophe == s + 1 && text[s] is 'N' or 'M' && apostrophe + 2 < end && char.IsUpper(text[apostrophe + 1]) && char.IsLower(text[apostrophe + 2]);

    // -le -moi, and the euphonic t kept with its pronoun: -t-il.
    private static void AddClitics(string text, int chain, int end, bool special, List<Token> tokens)
    {
        int k = chain;
        while (k < end)
        {
            int m = NextJoiner(text, k + 1, end);
            if (m < end && Clitics.IsEuphonicT(text.AsSpan(k + 1, m - k - 1)))
            {
                m = NextJoiner(text, m + 1, end);
            }

            tokens.Add(new Token(text, k, m - k, TokenKind.Word, special ? NormalizeWord(text.AsSpan(k, m - k)) : null));
            k = m;
        }
    }

    private static int NextJoiner(string text, int from, int end)
    {
        while (from < end && !CharClasses.Is(text[from], CharClass.Joiner))
        {
            from++;
        }

        return from;
    }

    // Returns the index after the emitted token(s), or 0 when nothing was decided and the word is still to be emitted.
    private static int ScanFollowingPeriodOrDegree(string text, int s, int end, List<Token> tokens)
    {
        char stop = text[end];
        if (stop == '°')
        {
            if (Abbreviations.Contains(text.AsSpan(s, end + 1 - s)))
            {
                tokens.Add(new Token(text, s, end + 1 - s, TokenKind.Abbreviation));
                return end + 1;
            }

            return 0;
        }

        if (stop != '.')
        {
            return 0;
        }

        if (end - s == 1 && CharClasses.Is(text[s], CharClass.Letter))
        {
            int dotted = Abbreviations.MatchDotted(text, s);
            if (dotted > 0)
            {
                tokens.Add(new Token(text, s, dotted, TokenKind.Abbreviation));
                return s + dotted;
            }

            int acronymEnd = ScanDottedLetters(text, end, out int letters);
            if (letters >= 2 || CharClasses.Is(text[s], CharClass.Upper) || Abbreviations.Contains(text.AsSpan(s, 2)))
            {
                tokens.Add(new Token(text, s, acronymEnd - s, TokenKind.Abbreviation));
                return acronymEnd;
            }

            return 0;
        }

        if (end - s <= LookupKey.MaxLength && Abbreviations.IsAbbreviationWithPeriod(text, s, end))
        {
            tokens.Add(new Token(text, s, end + 1 - s, TokenKind.Abbreviation));
            return end + 1;
        }

        if (CharClasses.IsWordCharAt(text, end + 1))
        {
            int domain = UrlScanner.TryScanDomain(text, s);
            if (domain > 0)
            {
                tokens.Add(new Token(text, s, domain - s, TokenKind.Url));
                return domain;
            }
        }

        return 0;
    }

    // After "X." at firstPeriod: further "Y." or "-Y." single letters (U.S.A., J.-C.). Returns the end and the letter count.
    private static int ScanDottedLetters(string text, int firstPeriod, out int letters)
    {
        int i = firstPeriod + 1;
        letters = 1;
        while (true)
        {
            int m = i < text.Length && CharClasses.Is(text[i], CharClass.Joiner) ? i + 1 : i;
            if (m + 1 < text.Length && CharClasses.Is(text[m], CharClass.Letter) && text[m + 1] == '.')
            {
                i = m + 2;
                letters++;
            }
            else
            {
                return i;
            }
        }
    }

    private static bool NextWordIsCapitalized(string text, int i)
    {
        while (i < text.Length && CharClasses.Is(text[i], CharClass.Space | CharClass.Ignorable))
        {
            i++;
        }

        return i < text.Length && CharClasses.Is(text[i], CharClass.Upper);
    }

    private static void AddWord(string text, int s, int end, bool special, List<Token> tokens) =>
        tokens.Add(new Token(text, s, end - s, TokenKind.Word, special ? NormalizeWord(text.AsSpan(s, end - s)) : null));

    // A word cut at a line end is joined first (Poin-\ncaré → Poincaré), then normalized as any other word.
    private static string? NormalizeWord(ReadOnlySpan<char> surface)
    {
        if (!CutMarks.MayContainCut(surface))
        {
            return TextNormalizer.Normalize(surface, false);
        }

        string joined = CutMarks.Join(surface);
        return TextNormalizer.Normalize(joined, false) ?? joined;
    }
}
