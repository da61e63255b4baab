using Entities.Linking;
using Entities.Resolution;

namespace Entities.Graph;

/// <summary>
/// The read-time half of the linking policy, shared by every graph store: turns the <em>linking nodes</em> a store keeps
/// (<see cref="EntityLinker"/> puts each document entity in one, on strong evidence only) into the graph users read. Every
/// decision is a function of the set of linking nodes' keys, labels and mentions, never of the order they were made in, so the
/// partition of mentions into entities does not depend on document order, batch boundaries, threads or workers.
/// <list type="number">
/// <item><b>Shared strong keys.</b> Linking nodes of the same label that share a strong key (a key that is neither weak, see
/// <see cref="EntityGraphOptions.WeakKeyKinds"/>, nor an attribute, see <see cref="LinkCandidates.AttributeKinds"/>) are one
/// entity: a document entity whose keys were owned by two nodes recorded both (its connected component).</item>
/// <item><b>Alias-table identity across labels.</b> Linking nodes that share a <c>table:</c> key are one entity whatever their
/// labels (<c>Onu</c> tagged LOC here, ORG there); the entity takes the label most of its mentions have.</item>
/// <item><b>Weak evidence.</b> (A person named only by a given name with no title has a <c>given:</c> attribute instead of a weak
/// key, <see cref="MatchKeys.GivenName"/>: it joins nothing here.) An entity known only by a short form (a linking node with weak keys and no strong key, such as a
/// lone <c>Biden</c>) joins the one entity of its label that carries one of its weak keys (a full name ending in that surname)
/// and is compatible with it: not of another gender (<c>gender:</c> keys: <c>M. Obama</c> never joins <c>Michelle Obama</c>),
/// not named in its own documents beside a given name alone of its gender when every full name of the other has another given
/// name (<c>cogiven:</c> keys: <c>son épouse Melania</c> … <c>Mme Trump</c> never joins Ivanka Trump),
/// not given the same role in other places only (<c>le Premier ministre belge De Croo</c> never joins a De Croo that documents
/// call <c>Premier ministre néerlandais</c>; another role, or a role said without a place, is no conflict),
/// and never mentioned in the same document (there the resolver saw both and kept them apart: <c>son épouse</c>,
/// <c>sa fille</c>); a short form so kept apart from a namesake of its own document not of the other gender joins no other
/// one (<c>le député Fabre</c> beside <c>Marc Fabre</c> and <c>Bernard Fabre</c> is not the <c>Théo Fabre</c> of another
/// document; <c>M. Obama</c> beside <c>son épouse Michelle Obama</c> may still join Barack Obama). When several people carry
/// the surname and only one is compatible, it joins that one only if both have
/// the same known gender (<c>Mme Durand</c> joins Claire Durand beside Paul Durand; the lone <c>président Clinton</c> does
/// not join Chelsea Clinton, whose gender is unknown, because Hillary Clinton is a woman). With two compatible candidates it
/// stays an entity of its own (<c>Biden</c> when both Joe and Jill Biden are known), unless documents gave it and exactly one
/// of them the same role in the same place (<see cref="EntityGraphSnapshot.Roles"/>: <c>le président américain Biden</c>
/// joins the Joe Biden that other documents call <c>le président américain</c>); a shared role is also the positive sign
/// that lets it join the one compatible namesake of unknown gender. With none, the short-form entities with the same weak keys and gender are one entity (<c>Macron</c> in every
/// document when no full name ends in it), unless two of them hold the same role in different places only: then each set of
/// placed roles is one entity, and the short forms said with none another (<c>Kervella, maire de Brest</c> and <c>Kervella, maire
/// de Quimper</c> stay apart).</item>
/// </list>
/// The consolidated node's id is the lowest id among its linking nodes; the others are listed in
/// <see cref="EntityNode.MergedIds"/>, so an id a document's output gave never dangles.
/// </summary>
public static class GraphConsolidation
{
    private const int Male = 1, Female = 2;

    /// <summary>Consolidates a store's linking nodes into the graph users read; returns <paramref name="linking"/> itself when nothing joins.</summary>
    /// <param name="linking">The linking nodes (ids in creation order), their edges and documents.</param>
    /// <param name="weakKinds">The weak key kinds (<see cref="EntityGraphOptions.WeakKeyKinds"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static EntityGraphSnapshot Consolidate(EntityGraphSnapshot linking, IReadOnlySet<string> weakKinds)
    {
        ArgumentNullException.ThrowIfNull(linking);
        ArgumentNullException.ThrowIfNull(weakKinds);
        var nodes = linking.Nodes;
        int n = nodes.Count;
        var parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        bool joined = false;

        // 1 and 2: shared strong keys (same label), shared table keys (any label).
        var strongOwner = new Dictionary<(EntityLabel, string), int>();
        var tableOwner = new Dictionary<string, int>(StringComparer.Ordinal);
        var real = new bool[n];
        for (int i = 0; i < n; i++)
        {
            foreach (string key in nodes[i].Keys)
            {
                string kind = MatchingKey.KindOf(key);
                if (!LinkCandidates.IsStrongKind(kind, weakKinds)) continue;
                real[i] = true;
                if (!strongOwner.TryAdd((nodes[i].Label, key), i)) joined |= Union(parent, i, strongOwner[(nodes[i].Label, key)]);
                if (key.StartsWith(MatchKeys.Table, StringComparison.Ordinal) && !tableOwner.TryAdd(key, i))
                {
                    joined |= Union(parent, i, tableOwner[key]);
                }
            }
        }

        // 2b: persons whose documents gave them a role in a place or an organization carry their full names as placed: keys
        // (LinkCandidates.PlacedName), which joined nothing at link time. Decided against the components of 1 and 2, then applied.
        joined |= JoinPlacedNames(linking, parent, strongOwner, real);

        // 3: weak evidence, decided against the components of 1 and 2 only, then applied.
        var weakCarriers = new Dictionary<(EntityLabel, string), List<int>>();
        var components = Components(parent);
        var shortForms = new List<int>();
        for (int i = 0; i < n; i++)
        {
            int root = Find(parent, i);
            if (!real[i])
            {
                shortForms.Add(i);
                continue;
            }

            foreach (string key in nodes[i].Keys)
            {
                if (!weakKinds.Contains(MatchingKey.KindOf(key))) continue;
                if (!weakCarriers.TryGetValue((nodes[i].Label, key), out var carriers)) weakCarriers[(nodes[i].Label, key)] = carriers = [];
                if (!carriers.Contains(root)) carriers.Add(root);
            }
        }

        var facts = new ComponentFacts(nodes, components, RoleSignatures(linking, parent));
        var attachments = new List<(int Group, int Target)>();
        var pools = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (int shortForm in shortForms)
        {
            var candidates = new List<int>();
            var seen = new List<int>();
            bool weak = false, besideNamesake = false;
            foreach (string key in nodes[shortForm].Keys)
            {
                if (!weakKinds.Contains(MatchingKey.KindOf(key))) continue;
                weak = true;
                if (!weakCarriers.TryGetValue((nodes[shortForm].Label, key), out var carriers)) continue;
                foreach (int carrier in carriers)
                {
                    if (seen.Contains(carrier)) continue;
                    seen.Add(carrier);
                    if (facts.Compatible(shortForm, carrier)) candidates.Add(carrier);
                    else besideNamesake |= facts.ShareDocument(shortForm, carrier) && !facts.DifferentGenders(shortForm, carrier);
                }
            }

            // Among several people of that name, the one left needs a positive sign: the same known gender, or a role in common;
            // among several compatible ones, a role in common with one only picks it (le président Biden: Joe, not Jill).
            // A short form its own document kept apart from a namesake of its gender, or of unknown gender, stays ambiguous: it
            // joins no other one elsewhere (le député Fabre beside Marc and Bernard Fabre is not the Théo Fabre of another
            // document; M. Obama beside son épouse Michelle Obama may still be Barack Obama).
            if (besideNamesake && candidates.Count > 0) continue;
            if (candidates.Count == 1 && (seen.Count == 1 || facts.SameKnownGender(shortForm, candidates[0]) || facts.SharesRole(shortForm, candidates[0])))
            {
                attachments.Add((shortForm, candidates[0]));
            }
            else if (candidates.Count > 1 && candidates.Where(c => facts.SharesRole(shortForm, c)).Take(2).ToList() is [int sharing])
            {
                attachments.Add((shortForm, sharing));
            }
            else if (candidates.Count == 0 && weak)
            {
                // The keys are sorted: the same weak keys and gender give the same signature.
                string signature = nodes[shortForm].Label.ToString() + "\n" + string.Join('\n', nodes[shortForm].Keys);
                if (!pools.TryGetValue(signature, out var pool)) pools[signature] = pool = [];
                pool.Add(shortForm);
            }
        }

        // Short forms pooled by signature are one entity, unless two of them hold the same role in different places only: then
        // each set of placed roles is an entity of its own, and so are those said with none (two lone Kervella, mayors of two
        // towns, stay apart). A function of the pool, whatever the order its members came in.
        foreach (var pool in pools.Values)
        {
            bool conflict = false;
            for (int i = 0; i < pool.Count && !conflict; i++)
            {
                for (int j = i + 1; j < pool.Count && !conflict; j++) conflict = facts.ConflictingRoles(pool[i], pool[j]);
            }

            var firsts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (int shortForm in pool)
            {
                string part = conflict ? facts.PlacedRoleProfile(shortForm) : "";
                if (!firsts.TryAdd(part, shortForm)) attachments.Add((shortForm, firsts[part]));
            }
        }

        foreach (var (group, target) in attachments) joined |= Union(parent, group, target);
        return joined ? Build(linking, parent) : linking;
    }

    /// <summary>
    /// Step 2b: for each full name that persons with placed roles carry (<see cref="LinkCandidates.PlacedName"/>), the components
    /// of those persons and the one that owns the name as a <c>full:</c> key are one entity when no two of them hold the same
    /// role in different places only, nor roles in different professional fields only (<c>Jean Martin, maire de Brest</c> and
    /// the <c>Jean Martin</c> of another document). Otherwise each set of placed roles and fields is an entity of its own and the
    /// owner of the plain name stays apart: the mayors of Brest and of Quimper (or the mayor and a rugby coach), and a <c>Jean
    /// Martin</c> said with no role, who may be either. A function of the components, not
    /// of the order the names are visited in. Marks the persons as named (<paramref name="real"/>).
    /// </summary>
    private static bool JoinPlacedNames(EntityGraphSnapshot linking, int[] parent, Dictionary<(EntityLabel, string), int> strongOwner, bool[] real)
    {
        var nodes = linking.Nodes;
        Dictionary<string, List<int>>? carriers = null;
        for (int i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Label != EntityLabel.Person) continue;
            foreach (string key in nodes[i].Keys)
            {
                if (!key.StartsWith(LinkCandidates.PlacedName, StringComparison.Ordinal)) continue;
                real[i] = true;
                carriers ??= new(StringComparer.Ordinal);
                if (!carriers.TryGetValue(key, out var list)) carriers[key] = list = [];
                list.Add(i);
            }
        }

        if (carriers is null) return false;
        var facts = new ComponentFacts(nodes, Components(parent), RoleSignatures(linking, parent));
        var attachments = new List<(int, int)>();
        foreach (var (key, list) in carriers)
        {
            var roots = list.Select(i => Find(parent, i)).Distinct().ToList();
            string full = string.Concat(MatchKeys.Full, key.AsSpan(LinkCandidates.PlacedName.Length));
            int? owner = strongOwner.TryGetValue((EntityLabel.Person, full), out int o) ? Find(parent, o) : null;
            List<int> all = owner is int r && !roots.Contains(r) ? [.. roots, r] : roots;
            bool conflict = false;
            for (int a = 0; a < all.Count && !conflict; a++)
            {
                for (int b = a + 1; b < all.Count && !conflict; b++) conflict = facts.ConflictingRoles(all[a], all[b]) || facts.OtherFields(all[a], all[b]);
            }

            if (!conflict)
            {
                for (int k = 1; k < all.Count; k++) attachments.Add((all[k], all[0]));
                continue;
            }

            var firsts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (int root in roots)
            {
                string signature = facts.PlacedRoleProfile(root) + "\n#" + facts.FieldProfile(root);
                if (!firsts.TryAdd(signature, root)) attachments.Add((root, firsts[signature]));
            }
        }

        bool joined = false;
        foreach (var (a, b) in attachments) joined |= Union(parent, a, b);
        return joined;
    }

    /// <summary>The members of each component of <paramref name="parent"/>, by root, in node order.</summary>
    private static Dictionary<int, List<int>> Components(int[] parent)
    {
        var components = new Dictionary<int, List<int>>();
        for (int i = 0; i < parent.Length; i++)
        {
            int root = Find(parent, i);
            if (!components.TryGetValue(root, out var members)) components[root] = members = [];
            members.Add(i);
        }

        return components;
    }

    /// <summary>Builds the consolidated snapshot: one node per component, edges summed between components.</summary>
    private static EntityGraphSnapshot Build(EntityGraphSnapshot linking, int[] parent)
    {
        var nodes = linking.Nodes;
        var members = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (int i = 0; i < nodes.Count; i++)
        {
            int root = Find(parent, i);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
                order.Add(root);
            }

            list.Add(i);
        }

        var documentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int d = 0; d < linking.DocumentIds.Count; d++) documentIndex.TryAdd(linking.DocumentIds[d], d);
        var output = new EntityNode[order.Count];
        var outputOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int o = 0; o < order.Count; o++)
        {
            var parts = members[order[o]];
            output[o] = parts.Count == 1 ? nodes[parts[0]] : Combine(parts.ConvertAll(p => nodes[p]), documentIndex);
            foreach (int p in parts) outputOf[nodes[p].Id] = o;
        }

        var edges = new Dictionary<(int, int), (int Sentences, int Documents)>();
        foreach (var edge in linking.Edges)
        {
            if (!outputOf.TryGetValue(edge.Source, out int a) || !outputOf.TryGetValue(edge.Target, out int b) || a == b) continue;
            var pair = a < b ? (a, b) : (b, a);
            var sum = edges.GetValueOrDefault(pair);
            edges[pair] = (sum.Sentences + edge.SentenceCount, sum.Documents + edge.DocumentCount);
        }

        var edgeList = edges
            .OrderBy(e => e.Key.Item1).ThenBy(e => e.Key.Item2)
            .Select(e => new EntityEdge(
                output[e.Key.Item1].Id, output[e.Key.Item2].Id, e.Value.Sentences,
                Math.Max(1, Math.Min(e.Value.Documents, Math.Min(output[e.Key.Item1].DocumentCount, output[e.Key.Item2].DocumentCount)))))
            .ToArray();
        string NodeOf(string id) => outputOf.TryGetValue(id, out int o) ? output[o].Id : id;
        return new EntityGraphSnapshot(output.AsReadOnly(), edgeList.AsReadOnly(), linking.DocumentIds)
        {
            Roles = linking.Roles.Count == 0 ? [] : RoleEdges.Merge(
                linking.Roles.Select(r => r with { Person = NodeOf(r.Person), Target = r.Target is null ? null : NodeOf(r.Target) }), documentIndex),
        };
    }

    /// <summary>One node from several linking nodes (in creation order): the first one's id, summed aliases, all keys and mentions.</summary>
    private static EntityNode Combine(List<EntityNode> parts, Dictionary<string, int> documentIndex)
    {
        var first = parts[0];
        var aliases = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var mentions = new List<MentionLocation>();
        var merged = new List<string>();
        var mentionsByLabel = new Dictionary<EntityLabel, int>();
        bool countsOnly = false;
        int documentSum = 0;
        foreach (var part in parts)
        {
            foreach (var alias in part.Aliases) aliases[alias.Alias] = aliases.GetValueOrDefault(alias.Alias) + alias.Count;
            keys.UnionWith(part.Keys);
            mentions.AddRange(part.Mentions);
            if (!ReferenceEquals(part, first)) merged.Add(part.Id);
            merged.AddRange(part.MergedIds);
            mentionsByLabel[part.Label] = mentionsByLabel.GetValueOrDefault(part.Label) + Math.Max(part.MentionCount, part.Aliases.Sum(a => a.Count));
            countsOnly |= part.MentionCount == 0 && part.DocumentCount > 0;
            documentSum += part.DocumentCount;
        }

        mentions.Sort((x, y) =>
        {
            int c = documentIndex.GetValueOrDefault(x.DocumentId).CompareTo(documentIndex.GetValueOrDefault(y.DocumentId));
            return c != 0 ? c : x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End);
        });
        merged.Sort((x, y) => NumberOf(x).CompareTo(NumberOf(y)));
        var label = mentionsByLabel.OrderByDescending(l => l.Value).ThenBy(l => l.Key).First().Key;
        var aliasList = aliases
            .OrderByDescending(a => a.Value).ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new AliasCount(a.Key, a.Value))
            .ToArray();
        int documents = countsOnly ? documentSum : mentions.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Count();
        return new EntityNode(first.Id, label, CanonicalNameSelector.Select(aliases, first.CanonicalName), aliasList.AsReadOnly(),
            keys.ToArray().AsReadOnly(), mentions.AsReadOnly(), documents)
        {
            MergedIds = merged.ToArray().AsReadOnly(),
        };
    }

    private static long NumberOf(string id) => NodeState.TryParseId(id, out long number) ? number : long.MaxValue;

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    /// <summary>Joins two components under the lower index (the older node); true when they were apart.</summary>
    private static bool Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a == b) return false;
        if (a < b) parent[b] = a;
        else parent[a] = b;
        return true;
    }

    /// <summary>
    /// The roles of each component (by root): the role folded and where (the target's component, or the place), as documents
    /// said them of its people.
    /// </summary>
    private static Dictionary<int, HashSet<(string Role, string Where)>> RoleSignatures(EntityGraphSnapshot linking, int[] parent)
    {
        var signatures = new Dictionary<int, HashSet<(string Role, string Where)>>();
        if (linking.Roles.Count == 0) return signatures;
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < linking.Nodes.Count; i++) indexOf[linking.Nodes[i].Id] = i;
        foreach (var role in linking.Roles)
        {
            if (!indexOf.TryGetValue(role.Person, out int person)) continue;
            string where = role.Target is not null && indexOf.TryGetValue(role.Target, out int target) ? "#" + Find(parent, target) : "@" + role.Place;
            int root = Find(parent, person);
            if (!signatures.TryGetValue(root, out var set)) signatures[root] = set = [];
            set.Add((Knowledge.TextFolding.Fold(role.Role), where));
        }

        return signatures;
    }

    /// <summary>What keeps two components apart, or brings them together, computed once per component when asked.</summary>
    private sealed class ComponentFacts(IReadOnlyList<EntityNode> nodes, Dictionary<int, List<int>> components, Dictionary<int, HashSet<(string Role, string Where)>> roles)
    {
        /// <summary>True when documents gave both components the same role in the same place (<c>président</c>, <c>@États-Unis</c>).</summary>
        public bool SharesRole(int a, int b) => roles.TryGetValue(a, out var ra) && roles.TryGetValue(b, out var rb) && ra.Overlaps(rb);

        private readonly Dictionary<int, int> _genders = [];
        private readonly Dictionary<int, HashSet<string>> _documents = [];

        /// <summary>True when both components have a known gender and the genders differ.</summary>
        public bool DifferentGenders(int a, int b)
        {
            int ga = Gender(a), gb = Gender(b);
            return (ga == Male || ga == Female) && (gb == Male || gb == Female) && ga != gb;
        }

        /// <summary>True when a document mentions both components.</summary>
        public bool ShareDocument(int a, int b)
        {
            var da = Documents(a);
            var db = Documents(b);
            return da.Count <= db.Count ? da.Overlaps(db) : db.Overlaps(da);
        }

        /// <summary>False when the components have different genders, share a document, or hold the same role in different places.</summary>
        public bool Compatible(int a, int b)
        {
            if (DifferentGenders(a, b) || ShareDocument(a, b)) return false;
            return !ConflictingRoles(a, b) && !OtherGivenName(a, b) && !OtherGivenName(b, a);
        }

        /// <summary>
        /// True when <paramref name="a"/>'s documents said given names alone beside it (<c>cogiven:</c>: <c>son épouse
        /// Melania</c> … <c>Mme Trump</c>) and every full name of <paramref name="b"/> starts with another one (<c>Ivanka Trump</c>).
        /// </summary>
        private bool OtherGivenName(int a, int b)
        {
            var hints = Attributes(a, MatchKeys.CompanionGivenName);
            if (hints.Count == 0) return false;
            bool anyFull = false;
            foreach (int i in components[b])
            {
                foreach (string key in nodes[i].Keys)
                {
                    if (!key.StartsWith(MatchKeys.Full, StringComparison.Ordinal)) continue;
                    int space = key.IndexOf(' ', MatchKeys.Full.Length);
                    if (space < 0) continue;
                    anyFull = true;
                    if (hints.Contains(key[MatchKeys.Full.Length..space])) return false;
                }
            }

            return anyFull;
        }

        private readonly Dictionary<(int, string), HashSet<string>> _attributes = [];

        /// <summary>The values of a component's attribute keys of one kind (<c>cogiven:melania</c> → <c>melania</c>).</summary>
        private HashSet<string> Attributes(int root, string prefix)
        {
            if (_attributes.TryGetValue((root, prefix), out var values)) return values;
            values = new HashSet<string>(StringComparer.Ordinal);
            foreach (int i in components[root])
            {
                foreach (string key in nodes[i].Keys)
                {
                    if (key.StartsWith(prefix, StringComparison.Ordinal)) values.Add(key[prefix.Length..]);
                }
            }

            return _attributes[(root, prefix)] = values;
        }

        /// <summary>
        /// True when documents gave both components the same role, each only in places the other never had it
        /// (<c>le Premier ministre belge</c> against <c>le Premier ministre néerlandais Mark Rutte</c>): two people. A role
        /// without a place (<c>président</c>, <c>@</c>) says nothing either way; another role (<c>secrétaire général</c>) neither.
        /// </summary>
        public bool ConflictingRoles(int a, int b)
        {
            var pa = PlacedRoles(a);
            var pb = PlacedRoles(b);
            foreach (var (role, places) in pa)
            {
                if (pb.TryGetValue(role, out var others) && !places.Overlaps(others)) return true;
            }

            return false;
        }

        /// <summary>
        /// True when documents gave both components roles in professional fields (<see cref="LinkCandidates.FieldKey"/>) and no field
        /// is in both (<c>la chirurgienne Sophie Laurent</c> against <c>la navigatrice Sophie Laurent</c>): two people.
        /// </summary>
        public bool OtherFields(int a, int b)
        {
            var fa = Attributes(a, LinkCandidates.FieldKey);
            var fb = Attributes(b, LinkCandidates.FieldKey);
            return fa.Count > 0 && fb.Count > 0 && !fa.Overlaps(fb);
        }

        /// <summary>A component's fields, as one sorted string (empty without any).</summary>
        public string FieldProfile(int root) => string.Join('|', Attributes(root, LinkCandidates.FieldKey).Order(StringComparer.Ordinal));

        /// <summary>A component's roles said with a place or an organization, as one sorted string (empty without any).</summary>
        public string PlacedRoleProfile(int root) =>
            string.Join('\n', PlacedRoles(root).SelectMany(r => r.Value.Select(where => r.Key + "|" + where)).Order(StringComparer.Ordinal));

        private readonly Dictionary<int, Dictionary<string, HashSet<string>>> _placedRoles = [];

        /// <summary>A component's roles said with a place or an organization: role → where.</summary>
        private Dictionary<string, HashSet<string>> PlacedRoles(int root)
        {
            if (_placedRoles.TryGetValue(root, out var placed)) return placed;
            placed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            if (roles.TryGetValue(root, out var signatures))
            {
                foreach (var (role, where) in signatures)
                {
                    if (where == "@") continue;
                    if (!placed.TryGetValue(role, out var places)) placed[role] = places = new HashSet<string>(StringComparer.Ordinal);
                    places.Add(where);
                }
            }

            return _placedRoles[root] = placed;
        }

        /// <summary>True when both components have one known gender, the same.</summary>
        public bool SameKnownGender(int a, int b)
        {
            int ga = Gender(a);
            return (ga == Male || ga == Female) && ga == Gender(b);
        }

        /// <summary>The genders of a component's keys as bits (both bits: contradictory, treated as unknown).</summary>
        private int Gender(int root)
        {
            if (_genders.TryGetValue(root, out int gender)) return gender;
            foreach (int i in components[root])
            {
                foreach (string key in nodes[i].Keys)
                {
                    gender |= key switch { MatchKeys.Male => Male, MatchKeys.Female => Female, _ => 0 };
                }
            }

            return _genders[root] = gender;
        }

        private HashSet<string> Documents(int root)
        {
            if (_documents.TryGetValue(root, out var documents)) return documents;
            documents = new HashSet<string>(StringComparer.Ordinal);
            foreach (int i in components[root])
            {
                foreach (var mention in nodes[i].Mentions) documents.Add(mention.DocumentId);
            }

            return _documents[root] = documents;
        }
    }
}
