using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Entities.French.Extraction;

namespace Entities.Benchmarks.Modes;

/// <summary>
/// <c>fingerprint</c>: runs <see cref="FrenchEntityExtractor.ExtractEntities(string, CancellationToken)"/> over the shuffled scaling
/// corpus (<c>--tokens N</c>, default 1,000,000) and writes every mention (offsets, label, score, entity id) and every entity
/// (id, label, canonical name, aliases, mention indices) to <c>--out FILE</c> (or only prints the SHA-256 of that dump), so that
/// a change meant to be a pure speed-up can be checked to leave the outputs byte-identical. With <c>--keys yes</c>, also the
/// resolver's entities over each document's mentions with their match keys (what the graph links on).
/// </summary>
internal static class FingerprintMode
{
    /// <summary>Runs the mode; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args)
    {
        var c = CultureInfo.InvariantCulture;
        long tokens = 1_000_000;
        string? output = null;
        bool keys = false;
        for (int i = 0; i + 1 < args.Count; i += 2)
        {
            switch (args[i])
            {
                case "--tokens": tokens = long.Parse(args[i + 1], c); break;
                case "--out": output = args[i + 1]; break;
                case "--keys": keys = args[i + 1] == "yes"; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        var (documents, tokenCount) = new ScalingCorpus((int)Math.Min(tokens, 1_000_000)).Take(tokens);
        var extractor = new FrenchEntityExtractor();
        var dump = new StringBuilder();
        for (int d = 0; d < documents.Count; d++)
        {
            var result = extractor.ExtractEntities(documents[d]);
            dump.Append(c, $"# {d}\n");
            foreach (var m in result.Mentions) dump.Append(c, $"m {m.Start} {m.End} {m.Label} {m.Score:R} {m.EntityId} {m.Text}\n");
            foreach (var e in result.Entities) dump.Append(c, $"e {e.Id} {e.Label} {e.CanonicalName} | {string.Join(" | ", e.Aliases)} | {string.Join(",", e.MentionIndices)}\n");
            if (!keys) continue;
            foreach (var r in Entities.French.Resolution.FrenchAliasResolver.Default.Resolve(documents[d], result.Mentions))
            {
                dump.Append(c, $"k {r.Label} {r.CanonicalName} | {string.Join(" | ", r.Keys)} | {string.Join(" | ", r.Aliases)} | {string.Join(",", r.MentionIndices)}\n");
            }
        }

        string text = dump.ToString();
        if (output is not null) File.WriteAllText(output, text);
        Console.WriteLine(string.Create(c, $"{documents.Count:N0} documents, {tokenCount:N0} tokens, sha256 {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}"));
        return 0;
    }
}
