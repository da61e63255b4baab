using Entities.Knowledge;
namespace Entities.Resolution;

/// <summary>
/// Turns a finished group into a <see cref="ResolvedEntity"/>.
/// <para>Canonical name: the alias-table entry's canonical name when the group matched one (so every document names
/// <c>OTAN</c> the same way); otherwise the best form written in the document, ranked by: well-formed (starts with a
/// letter or digit, balanced brackets and quotes, not shouted in capitals over several words), then most words, then
/// longest, then most frequent, then first seen.</para>
/// <para>Aliases: the distinct displayed forms with their counts, canonical name first (with count 0 when it comes from the
/// table and is not written in the document), then by count and first appearance.</para>
/// <para>Keys: see <see cref="MatchKeys"/>.</para>
/// </summary>
/// <remarks>The work collections live in a <see cref="Scratch"/> reused for all the groups of one resolution call.</remarks>
internal sealed partial class ResolvedEntityBuilder(AliasResolverProfile profile)
{
    public ResolvedEntity Build(MentionGroup group) => Build(group, new Scratch());

    public ResolvedEntity Build(MentionGroup group, Scratch scratch)
    {
        string canonical = Summarize(group, scratch, out string documentName);
        var ordered = scratch.Aliases;
        var aliases = ordered.ToArray();
        return new ResolvedEntity(
            group.Label,
            canonical,
            Array.AsReadOnly(aliases),
            BuildKeys(group, scratch.Members, scratch),
            MentionIndices(scratch.Members))
        {
            DocumentName = documentName,
        };
    }

    /// <summary>
    /// The entity of a document not merged into a graph, as <see cref="DocumentEntities.BuildPrivate"/> makes it from
    /// <see cref="Build(MentionGroup, Scratch)"/>'s entity, without the match keys and the alias counts it does not keep.
    /// </summary>
    /// <param name="group">The finished group.</param>
    /// <param name="id">The entity's id in the document.</param>
    /// <param name="scratch">The call's work collections.</param>
    public DocumentEntity BuildDocumentEntity(MentionGroup group, string id, Scratch scratch)
    {
        Summarize(group, scratch, out string documentName);
        var ordered = scratch.Aliases;

        // The document's own forms only, its name first (as DocumentEntities makes them from the resolved entity): a table's
        // canonical name it never writes (count 0, first) is left to the graph.
        int written = 0;
        foreach (var alias in ordered) if (alias.Count > 0) written++;
        var aliases = new string[written];
        aliases[0] = documentName;
        int a = 1;
        foreach (var alias in ordered)
        {
            if (alias.Count > 0 && !string.Equals(alias.Alias, documentName, StringComparison.Ordinal)) aliases[a++] = alias.Alias;
        }

        return new DocumentEntity(id, group.Label, documentName, aliases, MentionIndices(scratch.Members));
    }

    private static AscendingIndices MentionIndices(List<AnalyzedMention> members)
    {
        var indices = new int[members.Count];
        for (int i = 0; i < indices.Length; i++) indices[i] = members[i].Index;
        return new AscendingIndices(indices);
    }

    /// <summary>
    /// Fills <see cref="Scratch.Members"/> with the group's members in document order and <see cref="Scratch.Aliases"/> with
    /// its aliases in their final order (canonical name first); returns the canonical name.
    /// </summary>
    private string Summarize(MentionGroup group, Scratch scratch, out string documentName)
    {
        var members = scratch.Members;
        members.Clear();
        members.AddRange(group.Members);
        if (members.Count > 1) members.Sort(static (x, y) => x.Index.CompareTo(y.Index)); // indices are distinct

        // Distinct displays in order of first appearance, with their counts.
        var forms = scratch.Forms;
        forms.Clear();
        var formIndex = scratch.FormIndex;
        formIndex.Clear();
        bool indexed = members.Count > 8;
        foreach (var member in members)
        {
            int at = -1;
            if (!indexed)
            {
                for (int f = 0; f < forms.Count; f++)
                {
                    if (string.Equals(forms[f].Display, member.Display, StringComparison.Ordinal)) { at = f; break; }
                }
            }
            else if (!formIndex.TryGetValue(member.Display, out at))
            {
                at = -1;
            }

            if (at >= 0)
            {
                forms[at] = forms[at] with { Count = forms[at].Count + 1 };
                continue;
            }

            if (indexed) formIndex.Add(member.Display, forms.Count);
            forms.Add(new Form(member.Display, 1, member.Index, member));
        }

        string? bestWritten = group.TableEntry is null ? BestWritten(forms).Display : null;
        string canonical = group.TableEntry?.Canonical ?? bestWritten!;

        // Canonical name first, then by count (descending) and first appearance; first appearances are distinct, so the order is total.
        int canonicalForm = -1;
        for (int f = 0; f < forms.Count && canonicalForm < 0; f++)
        {
            if (forms[f].Display == canonical) canonicalForm = f;
        }

        // The name in the document: the canonical name when written there, else the best written form.
        documentName = canonicalForm >= 0 ? canonical : bestWritten ?? BestWritten(forms).Display;
        var aliases = scratch.Aliases;
        aliases.Clear();
        aliases.Add(canonicalForm < 0 ? new AliasCount(canonical, 0) : new AliasCount(canonical, forms[canonicalForm].Count));
        if (canonicalForm >= 0) forms.RemoveAt(canonicalForm);
        if (forms.Count > 1) forms.Sort(static (x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : x.First.CompareTo(y.First));
        for (int f = 0; f < forms.Count; f++) aliases.Add(new AliasCount(forms[f].Display, forms[f].Count));
        return canonical;
    }

    /// <summary>The best written form: well-formed, then most words, then longest, then most frequent, then first seen.</summary>
    private static Form BestWritten(List<Form> forms)
    {
        var best = forms[0];
        if (forms.Count == 1) return best;
        bool bestWellFormed = IsWellFormed(best.Display);
        for (int i = 1; i < forms.Count; i++)
        {
            var form = forms[i];
            bool wellFormed = IsWellFormed(form.Display);
            int c = wellFormed.CompareTo(bestWellFormed);
            if (c == 0) c = form.Sample.WordCount.CompareTo(best.Sample.WordCount);
            if (c == 0) c = form.Display.Length.CompareTo(best.Display.Length);
            if (c == 0) c = form.Count.CompareTo(best.Count);
            if (c == 0) c = best.First.CompareTo(form.First);
            if (c > 0)
            {
                best = form;
                bestWellFormed = wellFormed;
            }
        }

        return best;
    }

    internal readonly record struct Form(string Display, int Count, int First, AnalyzedMention Sample);

    private System.Collections.ObjectModel.ReadOnlyCollection<string> BuildKeys(MentionGroup group, List<AnalyzedMention> members, Scratch scratch)
    {
        if (members.Count == 1 && group.KinSurname is null) return SingleMemberKeys(group, members[0], scratch);
        var full = scratch.Full.Reset();
        var acronyms = scratch.Acronyms.Reset();
        var surnames = scratch.Surnames.Reset();
        var acronymKeys = scratch.AcronymKeys;
        acronymKeys.Clear();
        foreach (var member in members) if (member.IsAcronym) acronymKeys.Add(member.Key);
        bool person = group.Label == EntityLabel.Person;

        // Distinct forms only: a group may hold thousands of mentions of the same few names.
        var fullNames = scratch.FullNames;
        fullNames.Clear();
        var lastWords = scratch.LastWords;
        lastWords.Clear();
        var fullNameDisplays = scratch.FullNameDisplays;
        fullNameDisplays.Clear();
        foreach (var member in members)
        {
            if (!IsFullPersonName(member) || !fullNameDisplays.Add(member.Display)) continue;
            fullNames.Add(member);
            lastWords.Add(TextSlice.LastWords(member.Key, 1));
        }

        // A given name alone with the surname the text gave it (KinshipNames), unless the group has a full name written.
        string? kinGiven = person && group.KinSurname is not null && !HasOtherFullName(fullNames, group.KinGivenName!) ? group.KinGivenName : null;
        foreach (var member in members)
        {
            if (member.Key.Length == 0) continue;
            if (acronymKeys.Contains(member.Key))
            {
                if (!group.DefinedInText) acronyms.Add(member.Key);
            }
            else if (member.Key == kinGiven) continue;   // keyed below, with the surname the text gave it
            else if (!person || IsFullPersonName(member)) full.Add(member.Key);
            else if (fullNames.Count == 0 || lastWords.Contains(new TextSlice(member.Key))) surnames.Add(member.Key);
        }

        foreach (var name in fullNames)
        {
            if (!person || acronymKeys.Contains(name.Key)) continue;
            string last = SurnameKeyOf(name.Display, scratch);
            if (last.Length > 0) surnames.Add(last);
        }

        // Person short forms of several words that end a full name (Le Pen) are surnames too.
        if (person && fullNames.Count > 0 && SomeKeyMayBeAProperSuffix(members, fullNames))
        {
            var properSuffixes = scratch.ProperSuffixes;
            properSuffixes.Clear();
            foreach (var name in fullNames)
            {
                for (int length = 2; length < name.WordCount; length++) properSuffixes.Add(TextSlice.LastWords(name.Key, length));
            }

            if (properSuffixes.Count > 0)
            {
                var seenKeys = scratch.SeenKeys;
                seenKeys.Clear();
                foreach (var member in members)
                {
                    if (member.WordCount < 2 || !seenKeys.Add(member.Key)) continue;
                    if (properSuffixes.Contains(new TextSlice(member.Key)))
                    {
                        full.Remove(member.Key);
                        surnames.Add(member.Key);
                    }
                }
            }
        }

        if (kinGiven is not null && group.KinSurname is { } kinSurname)
        {
            // A given name said alone with its family's surname (KinshipNames): keyed as that full name, and with the surname
            // when a relative noun said it.
            full.Add(kinGiven + " " + kinSurname);
            if (group.KinByRelative) surnames.Add(kinSurname);
        }

        string? gender = person ? GenderKeyOf(group) : null;
        int count = full.Count + acronyms.Count + (group.TableEntry is null ? 0 : 1) + (gender is null ? 0 : 1);
        foreach (string key in surnames.Sorted())
        {
            if (!full.Contains(key)) count++;
        }

        var keys = new string[count];
        int k = 0;
        foreach (string key in full.Sorted()) keys[k++] = MatchKeys.Full + key;
        if (group.TableEntry is { } entry) keys[k++] = profile.AliasTable.TableMatchKeyOf(entry);
        foreach (string key in acronyms.Sorted()) keys[k++] = MatchKeys.Acronym + key;
        string surnamePrefix = person && fullNames.Count == 0 && group.KinSurname is null && IsLoneGivenName(members) ? MatchKeys.GivenName : MatchKeys.Surname;
        foreach (string key in surnames.Sorted())
        {
            if (!full.Contains(key)) keys[k++] = surnamePrefix + key;
        }

        if (gender is not null) keys[k] = gender;
        return Array.AsReadOnly(keys);
    }

    /// <summary>
    /// <see cref="BuildKeys"/> for a group of one mention (most groups), without the sets: its key as a full name, an acronym or
    /// a surname, the table key, and for a person's full name the key of its surname.
    /// </summary>
    private System.Collections.ObjectModel.ReadOnlyCollection<string> SingleMemberKeys(MentionGroup group, AnalyzedMention member, Scratch scratch)
    {
        bool person = group.Label == EntityLabel.Person;
        string? full = null, acronym = null, surname = null;
        if (member.Key.Length > 0)
        {
            if (member.IsAcronym) acronym = group.DefinedInText ? null : member.Key;   // as in BuildKeys: a definition in the text keeps the bare acronym out
            else if (!person || IsFullPersonName(member)) full = member.Key;
            else surname = member.Key; // a one-word person name, with no full name in the group
        }

        if (person && IsFullPersonName(member) && !member.IsAcronym)
        {
            string last = SurnameKeyOf(member.Display, scratch);
            if (last.Length > 0) surname = last;
        }

        if (surname is not null && string.Equals(surname, full, StringComparison.Ordinal)) surname = null;
        var entry = group.TableEntry;
        string? gender = person ? GenderKeyOf(group) : null;
        var keys = new string[(full is null ? 0 : 1) + (entry is null ? 0 : 1) + (acronym is null ? 0 : 1) + (surname is null ? 0 : 1) + (gender is null ? 0 : 1)];
        int k = 0;
        if (full is not null) keys[k++] = MatchKeys.Full + full;
        if (entry is not null) keys[k++] = profile.AliasTable.TableMatchKeyOf(entry);
        if (acronym is not null) keys[k++] = MatchKeys.Acronym + acronym;
        if (surname is not null) keys[k++] = (!IsFullPersonName(member) && IsLoneGivenName([member]) ? MatchKeys.GivenName : MatchKeys.Surname) + surname;
        if (gender is not null) keys[k] = gender;
        return Array.AsReadOnly(keys);
    }

    /// <summary>
    /// Gives each person known in the document by a surname only, with a known gender (<c>Mme Trump</c>), a
    /// <see cref="MatchKeys.CompanionGivenName"/> key for each given name of that gender the document says alone as another
    /// person (<c>son épouse Melania</c>). Entities are replaced in place; most documents have none and pay one pass.
    /// </summary>
    public void AddCompanionGivenNames(ResolvedEntity[] entities, ReadOnlySpan<MentionGroup> groups)
    {
        if (profile.GivenNames.Count == 0) return;
        List<(int Group, string Key, PersonGender Gender)>? given = null;
        for (int i = 0; i < groups.Length; i++)
        {
            if (groups[i].Label == EntityLabel.Person && LoneGivenNameGender(groups[i].Members, out string? key) is var gender and not PersonGender.Unknown)
                (given ??= []).Add((i, key!, gender));
        }

        if (given is null) return;
        for (int i = 0; i < entities.Length; i++)
        {
            var entity = entities[i];
            if (entity.Label != EntityLabel.Person) continue;
            var gender = PersonGender.Unknown;
            bool shortOnly = true;
            foreach (string key in entity.Keys)
            {
                if (key.StartsWith(MatchKeys.Full, StringComparison.Ordinal) || key.StartsWith(MatchKeys.GivenName, StringComparison.Ordinal)) shortOnly = false;
                else if (key == MatchKeys.Male) gender = PersonGender.Male;
                else if (key == MatchKeys.Female) gender = PersonGender.Female;
            }

            if (!shortOnly || gender == PersonGender.Unknown) continue;
            List<string>? added = null;
            foreach (var (group, key, givenGender) in given)
            {
                if (group != i && givenGender == gender && !entity.Keys.Contains(MatchKeys.Surname + key)) (added ??= []).Add(MatchKeys.CompanionGivenName + key);
            }

            if (added is null) continue;
            entities[i] = entity with { Keys = Array.AsReadOnly([.. entity.Keys, .. added.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]) };
        }
    }

    /// <summary>The gender of a group whose every member is the same one-word known given name (<c>Melania</c>), with its key; else unknown.</summary>
    private PersonGender LoneGivenNameGender(List<AnalyzedMention> members, out string? key)
    {
        key = null;
        var gender = PersonGender.Unknown;
        foreach (var member in members)
        {
            if (member.WordCount != 1 || (key is not null && key != member.Key)) return PersonGender.Unknown;
            var own = profile.GivenNames.GenderOf(member.Display);
            if (own == PersonGender.Unknown || (gender != PersonGender.Unknown && own != gender)) return PersonGender.Unknown;
            gender = own;
            key = member.Key;
        }

        return gender;
    }

    /// <summary>Whether a full name of <paramref name="fullNames"/> is not <paramref name="givenName"/> (<c>Jean-Marie</c> is both).</summary>
    private static bool HasOtherFullName(List<AnalyzedMention> fullNames, string givenName)
    {
        foreach (var name in fullNames)
        {
            if (name.Key != givenName) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a person's one-word forms are only a known given name said with no title (<c>Marie, 34 ans</c>; not <c>Mme
    /// Marie</c>, not <c>Macron</c>): the entity then gets a <see cref="MatchKeys.GivenName"/> key, which joins nothing.
    /// </summary>
    private bool IsLoneGivenName(IReadOnlyList<AnalyzedMention> members)
    {
        foreach (var member in members)
        {
            if (member.WordCount != 1 || member.HasTitle || profile.GivenNames.GenderOf(member.Display) == PersonGender.Unknown) return false;
        }

        return members.Count > 0;
    }

    /// <summary>
    /// Whether a person form is a full name: two words or more, not only a surname with its particles (<c>Le Pen</c>,
    /// <c>de Gaulle</c>: the words before the last are all connectors), which is a short form shared by a family.
    /// </summary>
    private bool IsFullPersonName(AnalyzedMention member)
    {
        if (member.WordCount < 2) return false;
        var key = member.Key.AsSpan();
        int last = key.LastIndexOf(' ');
        foreach (var word in key[..last].Split(' '))
        {
            if (!profile.IsConnector(key[..last][word])) return true;
        }

        return false;
    }

    /// <summary>The <c>gender:</c> key of a person group whose members' hints agree (<see cref="MentionGroup.Gender"/>), or none.</summary>
    private static string? GenderKeyOf(MentionGroup group) => group.Gender switch
    {
        PersonGender.Male => MatchKeys.Male,
        PersonGender.Female => MatchKeys.Female,
        _ => null,
    };

    /// <summary>
    /// Whether a member's key of two words or more could equal a proper suffix (two words or more, fewer than the name's) of a
    /// full name: only a key with fewer words than the longest full name can. Most groups (one name, or names of one length)
    /// have none, and their suffixes need not be built.
    /// </summary>
    private static bool SomeKeyMayBeAProperSuffix(List<AnalyzedMention> members, List<AnalyzedMention> fullNames)
    {
        int maxWords = 0;
        foreach (var name in fullNames) maxWords = Math.Max(maxWords, name.WordCount);
        foreach (var member in members)
        {
            if (member.WordCount >= 2 && member.WordCount < maxWords) return true;
        }

        return false;
    }

    /// <summary><see cref="SurnameKey"/>, built once per display and kept in <paramref name="scratch"/>.</summary>
    private string SurnameKeyOf(string display, Scratch scratch)
    {
        ref string? known = ref scratch.SurnameKeyOfDisplay.GetValueRefOrAddDefault(display, out bool exists);
        if (!exists) known = SurnameKey(display, scratch.Buffer, scratch.KeyBuffer);
        return known!;
    }

    /// <summary>
    /// The matching form of the last space-separated word of a full name, with the particles (articles, connectors, patronymic particles) just
    /// before it: <c>Jean-Marie Le Pen</c> → <c>le pen</c>, <c>Mark Rutte</c> → <c>rutte</c>; empty when nothing would remain
    /// before it (<c>Le Pen</c> alone).
    /// </summary>
    private string SurnameKey(string display, CharBuffer buffer, CharBuffer buffer2)
    {
        // Chunks are separated by runs of spaces and no-break spaces; walk them backwards from the last one.
        var text = display.AsSpan();
        int end = text.Length;
        while (end > 0 && IsSeparator(text[end - 1])) end--;
        if (end == 0) return string.Empty;
        int start = end;
        while (start > 0 && !IsSeparator(text[start - 1])) start--;
        int chunks = 1;
        while (true)
        {
            int previousEnd = start;
            while (previousEnd > 0 && IsSeparator(text[previousEnd - 1])) previousEnd--;
            if (previousEnd == 0) break;
            int previousStart = previousEnd;
            while (previousStart > 0 && !IsSeparator(text[previousStart - 1])) previousStart--;
            if (!IsParticle(text[previousStart..previousEnd], buffer)) break;
            start = previousStart;
            chunks++;
        }

        // Nothing before the surname and its particles: no key.
        int before = start;
        while (before > 0 && IsSeparator(text[before - 1])) before--;
        if (before == 0) return string.Empty;

        // The chunks from start, joined with single spaces.
        buffer.Clear();
        int i = start;
        while (i < end)
        {
            if (IsSeparator(text[i]))
            {
                while (IsSeparator(text[i])) i++;
                buffer.Append(' ');
                continue;
            }

            buffer.Append(text[i++]);
        }

        return new string(profile.KeyBuilder.Build(buffer.Span, buffer2));
    }

    private static bool IsSeparator(char c) => c is ' ' or '\u00A0' or '\u202F';

    private bool IsParticle(ReadOnlySpan<char> chunk, CharBuffer buffer)
    {
        buffer.Clear();
        TextFolding.FoldInto(chunk, buffer);
        return profile.IsConnector(buffer.Span) || profile.Articles.TryGet(buffer.Span, out _)
            || profile.IsPatronymicParticle(buffer.Span);   // ben Salmane: the father's name is no surname
    }

    private static bool IsWellFormed(string display)
    {
        if (display.Length == 0 || !char.IsLetterOrDigit(display[0])) return false;
        if (!char.IsLetterOrDigit(display[^1]) && display[^1] is not ('.' or ')')) return false;
        int open = 0, close = 0, openQuote = 0, closeQuote = 0, straightQuotes = 0;
        bool space = false, letter = false, lower = false;
        foreach (char c in display)
        {
            switch (c)
            {
                case '(': open++; break;
                case ')': close++; break;
                case '«': openQuote++; break;
                case '»': closeQuote++; break;
                case '"': straightQuotes++; break;
                case ' ': space = true; break;
            }

            letter |= char.IsLetter(c);
            lower |= char.IsLower(c);
        }

        if (open != close || openQuote != closeQuote || straightQuotes % 2 != 0) return false;
        return !(space && letter && !lower);
    }
}
