using System.Globalization;
using Entities.French.Extraction;
using Entities.Knowledge;

namespace Entities.Benchmarks.HeldOut;

/// <summary>
/// <c>roles-test [--data FILE] [--errors]</c>: runs the French extractor (tagger, resolver, roles) on our own roles corpora
/// and scores (person, role, target) triples: the person is the gold person's exact span, the role is compared folded, the
/// target is the gold organization's exact span, the gold country (a nationality adjective), or none. Two formats:
/// <c>benchmarks/data/roles/corpus.txt</c> (inline mentions, <c>@role p1 | role | o1|=Country|- | qualifier</c>; the set the
/// extractor was written against) and <c>corpus-flat.txt</c> (plain text, <c>= person | role | target|@Country</c>; written
/// apart and never used to tune, with the qualifier inside the role: it is split off before comparing).
/// </summary>
public static class RolesTestMode
{
    private sealed record Relation(int PersonStart, int PersonEnd, string Role, string Target);

    private sealed record Document(string Id, string[] Tags, string Text, IReadOnlyList<Relation> Gold);

    public static int Run(IReadOnlyList<string> args, string repository)
    {
        var files = new List<string>();
        bool errors = false;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--data" when i + 1 < args.Count: files.Add(args[++i]); break;
                case "--errors": errors = true; break;
                default:
                    Console.Error.WriteLine($"roles-test: unknown option '{args[i]}' (--data FILE, --errors)");
                    return 2;
            }
        }

        if (files.Count == 0)
        {
            files.Add(Path.Combine(repository, "benchmarks", "data", "roles", "corpus.txt"));
            files.Add(Path.Combine(repository, "benchmarks", "data", "roles", "corpus-flat.txt"));
        }

        var extractor = new FrenchEntityExtractor(new FrenchEntityExtractorOptions());
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine("| corpus | documents | gold | found | correct | precision | recall | F1 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var lines = new List<string>();
        foreach (string file in files)
        {
            var documents = Path.GetFileName(file).StartsWith("corpus-flat", StringComparison.Ordinal) ? ReadFlat(file) : ReadInline(file);
            int gold = 0, found = 0, correct = 0;
            foreach (var document in documents)
            {
                var result = extractor.ExtractEntities(document.Text);
                var predicted = result.Roles.Select(r => new Relation(
                    result.Mentions[r.PersonMention].Start, result.Mentions[r.PersonMention].End, r.Role,
                    r.TargetMention is { } t ? $"{result.Mentions[t].Start}-{result.Mentions[t].End}" : r.Place is null ? "-" : "=" + r.Place)).ToList();
                var expected = document.Gold.ToList();
                gold += expected.Count;
                found += predicted.Count;
                foreach (var p in predicted)
                {
                    int match = expected.FindIndex(g => Same(g, p));
                    if (match >= 0)
                    {
                        correct++;
                        expected.RemoveAt(match);
                    }
                    else if (errors)
                    {
                        lines.Add($"  wrong   {document.Id}: {Describe(document.Text, p)}");
                    }
                }

                if (errors) lines.AddRange(expected.Select(g => $"  missed  {document.Id}: {Describe(document.Text, g)}"));
            }

            double precision = found == 0 ? 0 : (double)correct / found, recall = gold == 0 ? 0 : (double)correct / gold;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            Console.WriteLine(string.Create(c, $"| {Path.GetFileName(file)} | {documents.Count} | {gold} | {found} | {correct} | {100 * precision:F2} | {100 * recall:F2} | {100 * f1:F2} |"));
        }

        foreach (string line in lines) Console.WriteLine(line);
        return 0;
    }

    private static bool Same(Relation gold, Relation found) =>
        gold.PersonStart == found.PersonStart && gold.PersonEnd == found.PersonEnd
        && TextFolding.Fold(gold.Role) == TextFolding.Fold(found.Role)
        && (gold.Target == found.Target || (gold.Target.StartsWith('=') && found.Target.StartsWith('=') && TextFolding.Fold(gold.Target) == TextFolding.Fold(found.Target)));

    private static string Describe(string text, Relation r)
    {
        string target = r.Target.Contains('-', StringComparison.Ordinal) && r.Target != "-" && !r.Target.StartsWith('=')
            ? text[int.Parse(r.Target.Split('-')[0], CultureInfo.InvariantCulture)..int.Parse(r.Target.Split('-')[1], CultureInfo.InvariantCulture)]
            : r.Target;
        return $"{text[r.PersonStart..r.PersonEnd]} | {r.Role} | {target}";
    }

    /// <summary>The inline format: <c>[[surface|LABEL|id]]</c> mentions and <c>@role p1 | role | o1 | qualifier</c>.</summary>
    private static List<Document> ReadInline(string path)
    {
        var documents = new List<Document>();
        foreach (var (header, body) in Blocks(path))
        {
            string annotated = string.Join("\n", body.Where(l => !l.StartsWith("@role ", StringComparison.Ordinal)));
            var (text, mentions) = InlineAnnotations.Parse(annotated);
            var byId = mentions.Where(m => m.Key is not null).ToDictionary(m => m.Key!, StringComparer.Ordinal);
            var gold = new List<Relation>();
            foreach (string line in body.Where(l => l.StartsWith("@role ", StringComparison.Ordinal)))
            {
                var f = line[6..].Split('|').Select(x => x.Trim()).ToArray();
                var person = byId[f[0]];
                string target = f[2] == "-" ? "-" : f[2].StartsWith('=') ? f[2] : $"{byId[f[2]].Start}-{byId[f[2]].End}";
                gold.Add(new Relation(person.Start, person.End, f[1], target));
            }

            documents.Add(new Document(header[0], header.Length > 1 ? header[1].Split(',') : [], text, gold));
        }

        return documents;
    }

    /// <summary>The flat format: plain text and <c>= person | role | target|@Country</c> (surfaces occurring once).</summary>
    private static List<Document> ReadFlat(string path)
    {
        var documents = new List<Document>();
        foreach (var (header, body) in Blocks(path))
        {
            string text = string.Join("\n", body.Where(l => !l.StartsWith("= ", StringComparison.Ordinal)));
            var gold = new List<Relation>();
            foreach (string line in body.Where(l => l.StartsWith("= ", StringComparison.Ordinal)))
            {
                var f = line[2..].Split('|').Select(x => x.Trim()).ToArray();
                int person = text.IndexOf(f[0], StringComparison.Ordinal);
                string target = f[2].StartsWith('@') ? "=" + f[2][1..] : $"{text.IndexOf(f[2], StringComparison.Ordinal)}-{text.IndexOf(f[2], StringComparison.Ordinal) + f[2].Length}";
                gold.Add(new Relation(person, person + f[0].Length, WithoutQualifier(f[1]), target));
            }

            documents.Add(new Document(header[0], header.Length > 1 ? header[1].Split(',') : [], text, gold));
        }

        return documents;
    }

    /// <summary>The role without a leading qualifier (<c>ancien Premier ministre</c> → <c>Premier ministre</c>, <c>ex-ministre</c> → <c>ministre</c>).</summary>
    private static string WithoutQualifier(string role)
    {
        foreach (string prefix in new[] { "ancien ", "ancienne ", "futur ", "future ", "ex-" })
        {
            if (role.StartsWith(prefix, StringComparison.Ordinal)) return role[prefix.Length..];
        }

        return role;
    }

    /// <summary>The <c>## id tags</c> blocks of a corpus file: the header's fields and the block's non-empty lines.</summary>
    private static IEnumerable<(string[] Header, List<string> Body)> Blocks(string path)
    {
        string[]? header = null;
        var body = new List<string>();
        foreach (string line in File.ReadLines(path).Append("## end"))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (header is not null) yield return (header, body);
                header = line[3..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                body = [];
            }
            else if (header is not null && line.Trim().Length > 0 && !line.StartsWith("# ", StringComparison.Ordinal))
            {
                body.Add(line);
            }
        }
    }
}
