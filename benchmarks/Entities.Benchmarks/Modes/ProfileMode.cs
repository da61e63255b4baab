using Entities.Knowledge;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Entities.French.Mentions;
using Entities.French.Ner;
using Entities.French.Resolution;
using Entities.French.Sentences;
using Entities.French.Tokenization;
using Entities.Graph;
using Entities.Mentions;
using Entities.Sentences;
using Entities.Tagging;
using Entities.Tokenization;

namespace Entities.Benchmarks.Modes;

/// <summary>
/// <c>profile</c>: a quick per-stage cost breakdown without BenchmarkDotNet. Every stage runs over the same corpus (by default
/// 200,000 tokenizer tokens of the shuffled scaling corpus), its inputs prepared by the stages before it, and is repeated
/// until it has used <c>--seconds</c> of CPU, after a warm-up of at least two passes and the same budget, and until a whole pass
/// compiles no method (tiered compilation settled; at most 30 s). Prints CPU µs/token (<see cref="Process.TotalProcessorTime"/>: the honest figure
/// on a loaded machine), the CPU µs/token of the fastest pass (the one least disturbed by other processes sharing the caches:
/// compare versions with it on a busy machine), wall µs/token and allocated B/token (<see cref="GC.GetAllocatedBytesForCurrentThread"/>).
/// Options: <c>--tokens N</c>, <c>--seconds S</c> (CPU seconds per stage, default 2), <c>--stages a,b</c> (default all),
/// <c>--out FILE</c> (also write the table as markdown), <c>--documents FILE</c> (profile a corpus of one tokenized sentence per
/// line, as <c>opennlp-speed-tokens</c> writes it, joined back into documents of 20 sentences, instead of the default corpus).
/// </summary>
internal static partial class ProfileMode
{
    /// <summary>Runs the mode; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args)
    {
        var c = CultureInfo.InvariantCulture;
        long tokens = 200_000;
        double seconds = 2;
        HashSet<string>? only = null;
        string? output = null;
        string? documentFile = null;
        for (int i = 0; i + 1 < args.Count; i += 2)
        {
            switch (args[i])
            {
                case "--tokens": tokens = long.Parse(args[i + 1], c); break;
                case "--seconds": seconds = double.Parse(args[i + 1], c); break;
                case "--stages": only = [.. args[i + 1].Split(',')]; break;
                case "--out": output = args[i + 1]; break;
                case "--documents": documentFile = args[i + 1]; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        IReadOnlyList<string> documents;
        long tokenCount;
        string origin;
        if (documentFile is null)
        {
            var corpus = new ScalingCorpus(1_000_000);
            (documents, tokenCount) = corpus.Take(tokens);
            origin = corpus.Origin;
        }
        else
        {
            documents = OpenNlpSpeed.ReadDocuments(documentFile, tokens).Documents;
            tokenCount = documents.Sum(d => (long)FrenchTokenizer.Default.Tokenize(d).Count);
            origin = Path.GetFileName(documentFile);
        }

        Console.WriteLine(string.Create(c, $"corpus: {tokenCount:N0} tokens, {documents.Count:N0} documents from {origin}"));

        var tagger = FrenchModel.LoadDefault();
        var tokenizer = FrenchTokenizer.Default;
        var splitter = FrenchSentenceSplitter.Default;
        var defaults = new EntityExtractorOptions();
        var rawDecoder = new MentionTagging(tagger, defaults.MaxSentenceTokens, defaults.MinimumScore, defaults.IncludeMiscellaneous);
        var refiner = FrenchMentionRefiner.Default;
        var resolver = FrenchAliasResolver.Default;
        var extractor = new EntityExtractor(tokenizer, splitter, tagger, resolver, defaults, refiner, Entities.French.FrenchRoleExtractor.Default);
        var noRoles = new EntityExtractor(tokenizer, splitter, tagger, resolver, defaults, refiner);
        var unlinked = new Lazy<UnlinkedExtraction[]>(() => [.. documents.Select(d => extractor.ExtractUnlinked(d))]);   // only for the link stages

        // Inputs of each stage, prepared once.
        var tokenLists = documents.Select(d => (IReadOnlyList<Token>)tokenizer.Tokenize(d)).ToArray();
        var sentenceLists = documents.Select((d, i) => splitter.Split(d, tokenLists[i])).ToArray();
        var words = new List<string[]>();
        for (int d = 0; d < documents.Count; d++)
        {
            foreach (var sentence in sentenceLists[d])
            {
                var w = new string[sentence.TokenCount];
                for (int i = 0; i < w.Length; i++) w[i] = tokenLists[d][sentence.FirstToken + i].GetNormalized(documents[d]);
                words.Add(w);
            }
        }

        var raw = documents.Select((d, i) => Decode(rawDecoder, d, tokenLists[i], sentenceLists[i])).ToArray();
        var refined = documents.Select((d, i) => refiner.Refine(d, tokenLists[i], sentenceLists[i], raw[i])).ToArray();
        var refinerSteps = RefinerSteps(documents, tokenLists, sentenceLists, raw);
        var analyzer0 = new Entities.Resolution.MentionAnalyzer(FrenchAliasTable.Profile);
        var analyzedLists = documents.Select((d, i) =>
        {
            var scratch = new Entities.Resolution.MentionAnalyzer.Scratch();
            return refined[i].Select((m, k) => analyzer0.Analyze(d, m, k, scratch)).ToArray();
        }).ToArray();
        var builder = new Entities.Resolution.ResolvedEntityBuilder(FrenchAliasTable.Profile);
        var finalGroups = documents.Select((d, i) =>
        {
            if (analyzedLists[i].Length == 0) return [];
            var groups = new Entities.Resolution.MentionGroups(analyzedLists[i]);
            Entities.Resolution.ExactMatchRules.Apply(groups);
            Entities.Resolution.AcronymRules.Apply(d, groups, analyzedLists[i], refined[i], FrenchAliasTable.Profile);
            Entities.Resolution.PersonNameRules.Apply(groups, Entities.French.Resolution.FrenchAliasResolver.Default.Profile);
            Entities.Resolution.LabelReconciliation.Apply(groups, FrenchAliasTable.Profile);
            return groups.Live.ToArray();
        }).ToArray();
        var resolvedLists = documents.Select((d, i) => resolver.Resolve(d, refined[i])).ToArray();
        var tokenBuffer = new List<Token>();
        var spans = new List<TaggedSpan>();
        var emissionBuffer = new float[words.Max(w => w.Length) * tagger.Model.TagSet.Count];

        // Decoding inputs: each sentence's emissions and Viterbi tags, computed once.
        int tagCount = tagger.Model.TagSet.Count;
        var sentenceEmissions = words.Select(w =>
        {
            var e = new float[w.Length * tagCount];
            if (w.Length > 0) tagger.Emissions(w, e);
            return e;
        }).ToArray();
        var sentenceTags = words.Select((w, s) =>
        {
            var tags = new int[w.Length];
            tagger.Model.Lattice.Viterbi(sentenceEmissions[s], w.Length, tags);
            return tags;
        }).ToArray();
        var tagBuffer = new int[words.Max(w => w.Length)];
        var expBuffer = new double[emissionBuffer.Length];
        var marginalBuffer = new double[emissionBuffer.Length];
        var betaBuffer = new double[emissionBuffer.Length];
        var sentenceExp = sentenceEmissions.Select((e, s) =>
        {
            var x = new double[e.Length];
            SequenceDecoder.ShiftedExp(e, words[s].Length, tagCount, x);
            return x;
        }).ToArray();

        var stages = new List<(string Name, string Description, Func<long> Run)>
        {
            ("tokenize", "FrenchTokenizer.Tokenize into one reused list", () =>
            {
                long n = 0;
                foreach (var d in documents) { tokenBuffer.Clear(); tokenizer.Tokenize(d, tokenBuffer); n += tokenBuffer.Count; }
                return n;
            }),
            ("split", "FrenchSentenceSplitter.Split on the tokens", () =>
            {
                long n = 0;
                for (int d = 0; d < documents.Count; d++) n += splitter.Split(documents[d], tokenLists[d]).Count;
                return n;
            }),
            ("normalize", "Token.GetNormalized into a reused window (strings; the decoder reads spans instead)", () =>
            {
                var window = new List<string>(512);
                long n = 0;
                for (int d = 0; d < documents.Count; d++)
                {
                    foreach (var sentence in sentenceLists[d])
                    {
                        window.Clear();
                        for (int t = sentence.FirstToken; t < sentence.EndToken; t++) window.Add(tokenLists[d][t].GetNormalized(documents[d]));
                        n += window.Count;
                    }
                }

                return n;
            }),
            ("tag", "CrfTagger.Tag on prepared token strings (reused output)", () =>
            {
                foreach (var w in words) tagger.Tag(w, spans);
                long n = spans.Count;
                spans.Clear();
                return n;
            }),
            ("emissions", "CrfTagger emission scores only (features + weights, no decoding)", () =>
            {
                foreach (var w in words) tagger.Emissions(w, emissionBuffer);
                return words.Count;
            }),
            ("viterbi", "BilouLattice.Viterbi on precomputed emissions", () =>
            {
                for (int s = 0; s < words.Count; s++) tagger.Model.Lattice.Viterbi(sentenceEmissions[s], words[s].Length, tagBuffer);
                return words.Count;
            }),
            ("mentions", "CrfTagger.AddMentions (marginals, scores) on precomputed emissions and tags", () =>
            {
                float inverse = 1 / tagger.Model.Temperature;
                for (int s = 0; s < words.Count; s++)
                {
                    int n = words[s].Length;
                    if (n == 0) continue;
                    sentenceEmissions[s].AsSpan().CopyTo(emissionBuffer);
                    var marginals = CrfTagger.AddMentions(tagger.Model.TagSet, emissionBuffer.AsSpan(0, n * tagCount), sentenceTags[s], n, tagger.Model.Lattice, inverse, spans);
                    if (marginals is not null) System.Buffers.ArrayPool<double>.Shared.Return(marginals);
                }

                long count = spans.Count;
                spans.Clear();
                return count;
            }),
            ("exp", "SequenceDecoder.ShiftedExp of every sentence's emissions (the marginals' input)", () =>
            {
                for (int s = 0; s < words.Count; s++) SequenceDecoder.ShiftedExp(sentenceEmissions[s], words[s].Length, tagCount, expBuffer);
                return words.Count;
            }),
            ("forward-backward", "BilouLattice.Marginals recursions over every whole sentence (precomputed exponentials)", () =>
            {
                for (int s = 0; s < words.Count; s++)
                {
                    int n = words[s].Length;
                    if (n > 0) tagger.Model.Lattice.Marginals(sentenceExp[s], n, marginalBuffer, 0, n, betaBuffer);
                }

                return words.Count;
            }),
            ("decode", "MentionTagging without refiner (tag over the tokens + mentions)", () =>
            {
                long n = 0;
                for (int d = 0; d < documents.Count; d++) n += Decode(rawDecoder, documents[d], tokenLists[d], sentenceLists[d]).Count;
                return n;
            }),
            ("refine", "FrenchMentionRefiner on the tagger's mentions", () =>
            {
                long n = 0;
                for (int d = 0; d < documents.Count; d++) n += refiner.Refine(documents[d], tokenLists[d], sentenceLists[d], raw[d]).Count;
                return n;
            }),
            ("fold", "TextFolding.FoldInto of every refined mention's text", () =>
            {
                var buffer = new Entities.Knowledge.CharBuffer();
                long n = 0;
                foreach (var list in refined)
                {
                    foreach (var m in list)
                    {
                        buffer.Clear();
                        Entities.Knowledge.TextFolding.FoldInto(m.Text, buffer);
                        n += buffer.Length;
                    }
                }

                return n;
            }),
            ("key", "MatchKeyBuilder.Build (fold + transliteration) of every refined mention's text, into a buffer", () =>
            {
                var buffer = new Entities.Knowledge.CharBuffer();
                var keyBuilder = FrenchAliasTable.Default.KeyBuilder;
                long n = 0;
                foreach (var list in refined)
                {
                    foreach (var m in list) n += keyBuilder.Build(m.Text, buffer).Length;
                }

                return n;
            }),
            ("analyze", "resolver step 1: MentionAnalyzer over the refined mentions (one scratch and key cache for all documents, as the resolver's pool)", () =>
            {
                var analyzer = new Entities.Resolution.MentionAnalyzer(FrenchAliasTable.Profile);
                var scratch = new Entities.Resolution.MentionAnalyzer.Scratch();
                long n = 0;
                for (int d = 0; d < documents.Count; d++)
                {
                    for (int i = 0; i < refined[d].Count; i++) n += analyzer.Analyze(documents[d], refined[d][i], i, scratch).WordCount;
                }

                return n;
            }),
            ("resolve", "FrenchAliasResolver.Resolve on the refined mentions", () =>
            {
                long n = 0;
                for (int d = 0; d < documents.Count; d++) n += resolver.Resolve(documents[d], refined[d]).Count;
                return n;
            }),
            ("resolve:rules", "resolver steps 2-5: groups and merge rules over analyzed mentions (one work scratch for all documents, as the resolver's pool)", () =>
            {
                long n = 0;
                var groupScratch = new Entities.Resolution.GroupingScratch();
                for (int d = 0; d < documents.Count; d++)
                {
                    if (analyzedLists[d].Length == 0) continue;
                    groupScratch.EndCall();
                    var groups = new Entities.Resolution.MentionGroups(analyzedLists[d], groupScratch);
                    Entities.Resolution.ExactMatchRules.Apply(groups);
                    Entities.Resolution.AcronymRules.Apply(documents[d], groups, analyzedLists[d], refined[d], FrenchAliasTable.Profile);
                    Entities.Resolution.PersonNameRules.Apply(groups, Entities.French.Resolution.FrenchAliasResolver.Default.Profile);
                    Entities.Resolution.LabelReconciliation.Apply(groups, FrenchAliasTable.Profile);
                    n += groups.Live.Count;
                }

                return n;
            }),
            ("resolve:build", "resolver step 6: ResolvedEntityBuilder over the final groups", () =>
            {
                long n = 0;
                var buildScratch = new Entities.Resolution.ResolvedEntityBuilder.Scratch();
                foreach (var live in finalGroups)
                {
                    foreach (var group in live) n += builder.Build(group, buildScratch).MentionIndices.Count;
                }

                return n;
            }),
            ("result", "DocumentEntities.BuildPrivate: the result objects from resolved entities", () =>
            {
                long n = 0;
                for (int d = 0; d < documents.Count; d++)
                {
                    if (refined[d].Count == 0) continue;
                    n += DocumentEntities.BuildPrivate(refined[d], resolvedLists[d]).Entities.Count;
                }

                return n;
            }),
            ("extract", "EntityExtractor.ExtractEntities (full pipeline with roles, no graph)", () =>
            {
                long n = 0;
                foreach (var d in documents) n += extractor.ExtractEntities(d).Mentions.Count;
                return n;
            }),
            ("extract-batch", "EntityExtractor.ExtractAll on one thread (the batch API: blocks of documents read stage by stage)", () =>
            {
                long n = 0;
                foreach (var result in extractor.ExtractAll(documents.Select(d => new ExtractionRequest(d)))) n += result.Result!.Mentions.Count;
                return n;
            }),
            ("roles", "RoleExtractor.Extract on the refined mentions", () =>
            {
                long n = 0;
                for (int d = 0; d < documents.Count; d++) n += Entities.French.FrenchRoleExtractor.Default.Extract(documents[d], refined[d]).Count;
                return n;
            }),
            ("extract-noroles", "EntityExtractor.ExtractEntities without the role stage (what roles cost)", () =>
            {
                long n = 0;
                foreach (var d in documents) n += noRoles.ExtractEntities(d).Mentions.Count;
                return n;
            }),
            ("extract+graph", "full pipeline merged into a new EntityGraph per pass", () =>
            {
                var graphExtractor = new EntityExtractor(tokenizer, splitter, tagger, resolver, new EntityExtractorOptions { Graph = new EntityGraph() }, refiner, Entities.French.FrenchRoleExtractor.Default);
                long n = 0;
                foreach (var d in documents) n += graphExtractor.ExtractEntities(d).Mentions.Count;
                return n;
            }),
            ("link:memory", "EntityExtractor.Link of the documents read up to linking, into a new EntityGraph per pass (the store's share)", () =>
                LinkAll(new EntityGraph())),
            ("link:sqlite", "the same into a new SQLite graph file per pass (committed at the end)", () =>
            {
                string path = Path.Combine(Path.GetTempPath(), "entities-profile-" + Guid.NewGuid().ToString("N") + ".db");
                try
                {
                    using var store = new Entities.Sqlite.SqliteEntityGraphStore(path);
                    long n = LinkAll(store);
                    store.Flush();
                    return n;
                }
                finally
                {
                    foreach (string file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
                }
            }),
        };

        long LinkAll(IEntityGraphStore store)
        {
            var linker = new EntityExtractor(tokenizer, splitter, tagger, resolver, new EntityExtractorOptions { Store = store }, refiner, Entities.French.FrenchRoleExtractor.Default);
            long n = 0;
            var read = unlinked.Value;
            for (int d = 0; d < read.Length; d++) n += linker.Link(read[d], "d" + d.ToString(CultureInfo.InvariantCulture)).Mentions.Count;
            return n;
        }

        // One stage per refiner of the French chain, on its real input (the previous refiner's output), before the resolver's.
        stages.InsertRange(stages.FindIndex(stage => stage.Name == "analyze"), refinerSteps.Select((step, i) => (
            "refine:" + step.Refiner.GetType().Name,
            string.Create(c, $"refiner {i + 1} of the chain alone: {step.Refiner.GetType().Name}"),
            (Func<long>)(() => RunRefiner(refinerSteps, i)))));

        var lines = new List<string>
        {
            string.Create(c, $"Corpus: {tokenCount:N0} tokenizer tokens, {documents.Count:N0} documents ({origin}); ≥ {seconds:F1} CPU s per stage."),
            string.Create(c, $"Load average: {MachineInfo.LoadAverage()}"),
            "",
            "| stage | what | passes | CPU µs/token | best pass CPU µs/token | wall µs/token | tokens/s (CPU) | B/token |",
            "|---|---|---:|---:|---:|---:|---:|---:|",
        };
        foreach (var line in lines) Console.WriteLine(line);
        foreach (var (name, description, run) in stages)
        {
            if (only is not null && !only.Contains(name)) continue;

            // Warm-up: at least two passes and the measuring budget again, so that tiered compilation (whose background
            // compiler thread counts in the process's CPU time, and which needs a few hundred calls and quiet moments to
            // promote a method) has settled before measuring.
            var process = Process.GetCurrentProcess();
            process.Refresh();
            // The budget alone is not enough for the first stage measured in a process: its passes would still pay for
            // hundreds of methods being recompiled (PGO's instrumented tier, then tier 1). So the warm-up also goes on
            // until a whole pass compiles nothing (at most 30 s), and the JIT time that falls in the measurement is printed.
            var warmup0 = process.TotalProcessorTime;
            long compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            for (int pass = 0; ; pass++)
            {
                run();
                process.Refresh();
                long now = System.Runtime.JitInfo.GetCompiledMethodCount();
                double used = (process.TotalProcessorTime - warmup0).TotalSeconds;
                bool settled = now == compiled;
                compiled = now;
                if (pass >= 1 && used >= seconds && (settled || used >= 30)) break;
            }

            var cpu0 = process.TotalProcessorTime;
            long bytes0 = GC.GetAllocatedBytesForCurrentThread();
            long methods0 = System.Runtime.JitInfo.GetCompiledMethodCount();
            var jit0 = System.Runtime.JitInfo.GetCompilationTime();
            var wall = Stopwatch.StartNew();
            int passes = 0;
            TimeSpan cpu, previous = TimeSpan.Zero, best = TimeSpan.MaxValue;
            do
            {
                run();
                passes++;
                process.Refresh();
                cpu = process.TotalProcessorTime - cpu0;
                if (cpu - previous < best) best = cpu - previous;
                previous = cpu;
            }
            while (cpu.TotalSeconds < seconds);
            wall.Stop();
            long bytes = GC.GetAllocatedBytesForCurrentThread() - bytes0;
            long jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - methods0;
            if (jitMethods > 0) Console.Error.WriteLine(string.Create(c, $"  {name}: {jitMethods} methods compiled during the measurement ({(System.Runtime.JitInfo.GetCompilationTime() - jit0).TotalMilliseconds:F0} ms of JIT counted in its CPU)"));
            double perToken = 1e6 / ((double)tokenCount * passes);
            string row = string.Create(c,
                $"| {name} | {description} | {passes} | {cpu.TotalSeconds * perToken:F3} | {best.TotalSeconds * 1e6 / tokenCount:F3} | {wall.Elapsed.TotalSeconds * perToken:F3} | {tokenCount * passes / cpu.TotalSeconds:N0} | {(double)bytes / tokenCount / passes:N1} |");
            lines.Add(row);
            Console.WriteLine(row);
        }

        if (only is null || only.Contains("load")) lines.AddRange(ProfileLoad());
        if (output is not null) File.WriteAllLines(output, lines);
        return 0;
    }
}
