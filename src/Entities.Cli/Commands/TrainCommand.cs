using Entities.Cli.Input;
using Entities.Cli.Training;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Entities.Corpora;
using Entities.Evaluation;
using Entities.French.Gazetteers;
using Entities.French.Ner;
using Entities.Tagging;
using Entities.Training;

namespace Entities.Cli.Commands;

/// <summary><c>entities train</c>: trains a tagger model from IOB2 corpora.</summary>
internal static class TrainCommand
{
    private const string Description = """
        Train a named-entity tagger (averaged perceptron or CRF over BILOU tags, constrained Viterbi) from IOB2 files.

        Input (--train, --dev): IOB2, UTF-8, one token<TAB>tag per line (the tag is the last tab-separated column: O,
        B-X or I-X with X = PER, LOC, ORG or MISC), a blank line between sentences; -DOCSTART- lines are skipped.
        A malformed or empty file is reported with its line number (exit code 1) before any training.

        Update rule: use --update crf (recommended): the shipped French model was trained with --update crf --margin 1
        --l2 1, which scored higher than the perceptron on every dev set of the project's comparisons. The option's
        default is still perceptron (default: perceptron), for earlier recipes.

        Examples:
          entities train --train train.iob2 --dev dev.iob2 --update crf --margin 1 --l2 1 --out my.model
          entities train --train a.iob2 b.iob2 --dev dev.iob2 --cluster-text news.txt.gz --out my.model
        """;

    internal static Command Create()
    {
        var train = new Option<string[]>("--train") { Description = "Training IOB2 files.", Required = true, AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string[]>("--dev") { Description = "Dev IOB2 files for epoch selection.", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Model file to write.", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Maximum epochs.", DefaultValueFactory = _ => 12 };
        var patience = new Option<int>("--patience") { Description = "Stop after this many epochs without dev improvement (0 = never).", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { Description = "Shuffle seed.", DefaultValueFactory = _ => 1 };
        var gazetteers = new Option<string[]>("--gazetteer") { Description = "Gazetteer directories (countries-fr/, communes-insee/).", AllowMultipleArgumentsPerToken = true };
        var clusterText = new Option<string[]>("--cluster-text") { Description = "Extra text for the word clustering, besides the training files: IOB2 files (.iob2, their tokens) or raw text, one sentence per line (.txt or .txt.gz).", AllowMultipleArgumentsPerToken = true };
        var noClusters = new Option<bool>("--no-clusters") { Description = "Do not learn word clusters." };
        var clusterDefaults = new WordClusteringOptions();
        var clusterContext = new Option<int>("--cluster-context") { Description = "Word clustering: number of frequent words used as context dimensions.", DefaultValueFactory = _ => clusterDefaults.ContextWords };
        var clusterWindow = new Option<int>("--cluster-window") { Description = "Word clustering: neighbour positions on each side (1–3).", DefaultValueFactory = _ => clusterDefaults.Window };
        var clusterWeighting = new Option<string>("--cluster-weighting") { Description = "Word clustering: weighting of the neighbour counts, sqrt or ppmi.", DefaultValueFactory = _ => "sqrt" };
        var clusterCoarse = new Option<int>("--cluster-coarse") { Description = "Word clustering: number of coarse classes.", DefaultValueFactory = _ => clusterDefaults.Coarse };
        var clusterFine = new Option<int>("--cluster-fine") { Description = "Word clustering: number of fine classes.", DefaultValueFactory = _ => clusterDefaults.Fine };
        var clusterMinCount = new Option<int>("--cluster-min-count") { Description = "Word clustering: words seen fewer times get no class.", DefaultValueFactory = _ => clusterDefaults.MinCount };
        var lowercaseMinCount = new Option<int>("--lowercase-text-min-count") { Description = "Words seen in lower case at least this many times in the --cluster-text files are stored in the model as its ordinary words, with which title-case headlines are read (not a feature); 0 = from the training files only.", DefaultValueFactory = _ => 5 };
        var clusterSeed = new Option<int>("--cluster-seed") { Description = "Word clustering: seed of the k-means initialization.", DefaultValueFactory = _ => clusterDefaults.Seed };
        var capitalization = new Option<bool>("--capitalization-classes") { Description = "Learn how often each word is capitalized mid-sentence in the training and cluster text, as a feature." };
        var fineNeighbors = new Option<bool>("--fine-neighbors") { Description = "Also use the fine word classes of the previous and next tokens as features." };
        var minCount = new Option<int>("--min-count") { Description = "Minimum feature count.", DefaultValueFactory = _ => 2 };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights below this magnitude.", DefaultValueFactory = _ => 0.01f };
        var noAliases = new Option<bool>("--no-aliases") { Description = "Do not use the alias tables (Data/aliases) as gazetteers." };
        var noKnowledge = new Option<bool>("--no-knowledge") { Description = "Do not use the knowledge tables (Data/knowledge: organizations, places, demonyms) as gazetteers." };
        var noGivenNames = new Option<bool>("--no-given-names") { Description = "Do not use the given-name list (Data/ner/given-names.txt) as a gazetteer." };
        var noTriggers = new Option<bool>("--no-triggers") { Description = "Do not use the trigger head nouns (Data/ner/triggers.tsv)." };
        var noTemperature = new Option<bool>("--no-temperature") { Description = "Do not fit the mention-score temperature on the dev files." };
        var update = new Option<string>("--update")
        {
            Description = "Weight update: perceptron (the default), pa (passive-aggressive PA-I) or crf (conditional random field, AdaGrad; " +
                "recommended, the shipped French model was trained with --update crf --margin 1 --l2 1).",
            DefaultValueFactory = _ => "perceptron",
        };
        var margin = new Option<float>("--margin") { Description = "Cost-augmented training: bonus of every wrong tag while decoding (0 = off).", DefaultValueFactory = _ => 0f };
        var aggressiveness = new Option<float>("--pa-c") { Description = "Largest passive-aggressive step C.", DefaultValueFactory = _ => 0.5f };
        var lastEpoch = new Option<bool>("--no-average") { Description = "Keep the weights at the end of the epoch instead of the averaged ones." };
        var ensemble = new Option<int>("--ensemble") { Description = "Train this many models with seeds derived from --seed and keep the mean of their weights (one model, same inference cost).", DefaultValueFactory = _ => 1 };
        var featureDropout = new Option<float>("--feature-dropout") { Description = "Probability of leaving each training feature out of one sentence visit (0 = off).", DefaultValueFactory = _ => 0f };
        var wordDropout = new Option<float>("--word-dropout") { Description = "Probability of leaving a training token's word-identity features out of one sentence visit (0 = off).", DefaultValueFactory = _ => 0f };
        var learningRate = new Option<float>("--learning-rate") { Description = "AdaGrad step size of --update crf.", DefaultValueFactory = _ => 0.1f };
        var l2 = new Option<float>("--l2") { Description = "L2 penalty of --update crf over the whole corpus (0 = none).", DefaultValueFactory = _ => 0f };
        var command = new Command("train", Description)
        {
            train, dev, output, epochs, patience, seed, gazetteers, minCount, prune, clusterText, noClusters, noAliases, noGivenNames, noKnowledge, noTriggers, noTemperature,
            update, margin, aggressiveness, lastEpoch, ensemble, featureDropout, wordDropout, learningRate, l2,
            clusterContext, clusterWindow, clusterWeighting, clusterCoarse, clusterFine, clusterMinCount, clusterSeed, lowercaseMinCount, capitalization, fineNeighbors,
        };
        command.SetAction(parse =>
        {
            var streams = CliStreams.From(parse);
            try
            {
                return Run(
                    streams,
                    parse.GetValue(train) ?? [], parse.GetValue(dev) ?? [], parse.GetRequiredValue(output), parse.GetValue(epochs), parse.GetValue(patience), parse.GetValue(seed),
                    parse.GetValue(gazetteers) ?? [], parse.GetValue(minCount), parse.GetValue(prune),
                    parse.GetValue(clusterText) ?? [], parse.GetValue(noClusters),
                    new ClusterSettings(parse.GetValue(clusterContext), parse.GetValue(clusterWindow), parse.GetValue(clusterWeighting) ?? "sqrt",
                        parse.GetValue(clusterCoarse), parse.GetValue(clusterFine), parse.GetValue(clusterMinCount), parse.GetValue(clusterSeed), parse.GetValue(capitalization), parse.GetValue(fineNeighbors), parse.GetValue(lowercaseMinCount)),
                    new FeatureSwitches(!parse.GetValue(noAliases), !parse.GetValue(noGivenNames), !parse.GetValue(noKnowledge), !parse.GetValue(noTriggers), !parse.GetValue(noTemperature)),
                    new UpdateSettings(parse.GetValue(update) ?? "perceptron", parse.GetValue(margin), parse.GetValue(aggressiveness), !parse.GetValue(lastEpoch),
                        parse.GetValue(ensemble), parse.GetValue(featureDropout), parse.GetValue(wordDropout), parse.GetValue(learningRate), parse.GetValue(l2)));
            }
            catch (IobFormatException ex)
            {
                // A malformed --cluster-text IOB2 file, read lazily during clustering (training and dev files are checked up front).
                FrenchCorpus.Report(streams, ex);
                return ExitCodes.InputErrors;
            }
        });
        return command;
    }

    private static int Run(CliStreams streams, string[] trainFiles, string[] devFiles, string output, int epochs, int patience, int seed, string[] gazetteerDirs, int minCount, float prune, string[] clusterText, bool noClusters, ClusterSettings clusterSettings, FeatureSwitches switches, UpdateSettings updates)
    {
        var c = CultureInfo.InvariantCulture;
        UpdateRule rule;
        switch (updates.Rule.ToLowerInvariant())
        {
            case "perceptron": rule = UpdateRule.Perceptron; break;
            case "pa": rule = UpdateRule.PassiveAggressive; break;
            case "crf": rule = UpdateRule.Crf; break;
            default:
                streams.ReportError($"unknown --update '{updates.Rule}' (perceptron, pa or crf)");
                return ExitCodes.InputErrors;
        }

        ContextWeighting weighting;
        switch (clusterSettings.Weighting.ToLowerInvariant())
        {
            case "sqrt": weighting = ContextWeighting.SquareRoot; break;
            case "ppmi": weighting = ContextWeighting.Ppmi; break;
            default:
                streams.ReportError($"unknown --cluster-weighting '{clusterSettings.Weighting}' (sqrt or ppmi)");
                return ExitCodes.InputErrors;
        }

        var clustering = new WordClusteringOptions
        {
            ContextWords = clusterSettings.ContextWords, Window = clusterSettings.Window, Weighting = weighting,
            Coarse = clusterSettings.Coarse, Fine = clusterSettings.Fine, MinCount = clusterSettings.MinCount, Seed = clusterSettings.Seed,
        };
        try { clustering.Validate(); }
        catch (ArgumentOutOfRangeException e)
        {
            streams.ReportError($"invalid word clustering option: {e.Message}");
            return ExitCodes.InputErrors;
        }

        if (!ModelOption.AllFilesExist(streams, trainFiles.Concat(devFiles).Concat(clusterText))) return ExitCodes.InputErrors;
        var clock = Stopwatch.StartNew();
        // Every training and dev file is read before anything else: a malformed or empty one is an input error (exit 1).
        var train = new List<CorpusSentence>();
        foreach (var file in trainFiles)
        {
            var stats = new IobReadStatistics();
            if (!FrenchCorpus.TryRead(streams, file, out var sentences, stats)) return ExitCodes.InputErrors;
            train.AddRange(sentences);
            streams.Error.WriteLine($"train {file}: {stats}");
        }

        var devSets = new List<(string File, IReadOnlyList<CorpusSentence> Sentences)>();
        foreach (var file in devFiles)
        {
            if (!FrenchCorpus.TryRead(streams, file, out var sentences)) return ExitCodes.InputErrors;
            devSets.Add((file, sentences));
        }

        var dev = devSets.SelectMany(d => d.Sentences).ToList();
        var gazetteers = gazetteerDirs.SelectMany(FrenchGazetteerFiles.Load).ToList();
        if (switches.Aliases) gazetteers.AddRange(FrenchNerResources.AliasGazetteers());
        if (switches.GivenNames) gazetteers.Add(FrenchNerResources.GivenNamesGazetteer());
        if (switches.Knowledge) gazetteers.AddRange(FrenchNerResources.KnowledgeGazetteers());
        foreach (var g in gazetteers) streams.Error.WriteLine($"gazetteer {g.Name}: {g.Entries.Count} entries");
        IReadOnlyList<string> lowercase = LexiconBuilder.LowercaseWords(train, 2);
        IReadOnlyList<string> ordinary = [];
        if (clusterSettings.LowercaseTextMinCount > 0 && clusterText.Length > 0)
        {
            var fromText = LexiconBuilder.LowercaseWords(clusterText.SelectMany(ClusterText.Read), clusterSettings.LowercaseTextMinCount);
            ordinary = [.. lowercase.Union(fromText, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            streams.Error.WriteLine($"ordinary words (title-case headlines): {ordinary.Count}");
        }

        streams.Error.WriteLine($"lower-case lexicon: {lowercase.Count} words");
        IReadOnlyList<WordCluster> clusters = [];
        if (!noClusters)
        {
            var text = trainFiles.Distinct().SelectMany(f => IobReader.ReadFile(f)).Select(s => s.Tokens).Concat(clusterText.SelectMany(ClusterText.Read));
            clusters = WordClustering.Cluster(text, clustering);
            streams.Error.WriteLine(string.Create(c, $"word clusters: {clusters.Count} words ({clock.Elapsed.TotalSeconds:F1}s)"));
        }

        IReadOnlyList<WordCapitalization> capitalizationClasses = [];
        if (clusterSettings.Capitalization)
        {
            var text = trainFiles.Distinct().SelectMany(f => IobReader.ReadFile(f)).Select(s => s.Tokens).Concat(clusterText.SelectMany(ClusterText.Read));
            capitalizationClasses = CapitalizationStatistics.Classify(text);
            streams.Error.WriteLine($"capitalization classes: {capitalizationClasses.Count} words");
        }

        var metadata = new Dictionary<string, string>
        {
            ["language"] = "fr",
            ["train"] = string.Join(' ', trainFiles.Select(Path.GetFileName)),
            ["dev"] = string.Join(' ', devFiles.Select(Path.GetFileName)),
            ["epochs"] = epochs.ToString(c),
            ["patience"] = patience.ToString(c),
            ["seed"] = seed.ToString(c),
            ["minCount"] = minCount.ToString(c),
            ["prune"] = prune.ToString(c),
            ["aliases"] = switches.Aliases ? "yes" : "no",
            ["givenNames"] = switches.GivenNames ? "yes" : "no",
            ["triggers"] = switches.Triggers ? "yes" : "no",
            ["update"] = rule switch
            {
                UpdateRule.Perceptron => "perceptron",
                UpdateRule.PassiveAggressive => string.Create(c, $"pa C={updates.Aggressiveness}"),
                _ => string.Create(c, $"crf learning rate={updates.LearningRate} l2={updates.L2}"),
            },
            ["margin"] = updates.Margin.ToString(c),
            ["average"] = updates.Average ? "yes" : "no",
            ["ensemble"] = updates.Ensemble.ToString(c),
            ["featureDropout"] = updates.FeatureDropout.ToString(c),
            ["wordDropout"] = updates.WordDropout.ToString(c),
            ["clusterText"] = noClusters ? "none" : string.Join(' ', trainFiles.Distinct().Concat(clusterText).Select(Path.GetFileName)),
        };
        if (clusterSettings.Capitalization) metadata["capitalizationText"] = string.Join(' ', trainFiles.Distinct().Concat(clusterText).Select(Path.GetFileName));
        if (clusterSettings.FineNeighbors) metadata["fineNeighbors"] = "yes";
        if (!noClusters)
        {
            metadata["clustering"] = string.Create(c,
                $"context={clustering.ContextWords} window={clustering.Window} weighting={clusterSettings.Weighting.ToLowerInvariant()} coarse={clustering.Coarse} fine={clustering.Fine} minCount={clustering.MinCount} seed={clustering.Seed}");
        }
        var options = new TrainerOptions { Epochs = epochs, Patience = patience, Seed = seed, MinFeatureCount = minCount, PruneThreshold = prune, Metadata = metadata, FitTemperature = switches.Temperature,
            Update = rule, MarginCost = updates.Margin, Aggressiveness = updates.Aggressiveness, Average = updates.Average,
            Ensemble = updates.Ensemble, LearningRate = updates.LearningRate, L2 = updates.L2, FeatureDropout = updates.FeatureDropout, WordDropout = updates.WordDropout };
        var progress = new SynchronousProgress<EpochReport>(r => streams.Error.WriteLine(string.Create(c,
            $"{(r.Members > 1 ? r.Member == 0 ? "ensemble: " : $"member {r.Member}/{r.Members} " : "")}epoch {r.Epoch}/{r.Epochs}: train acc {r.TrainTokenAccuracy:P2}, dev F1 {r.DevF1 * 100:F2}{(r.IsBest ? " *" : "")} ({r.Elapsed.TotalSeconds:F1}s)")));
        var tagger = new TaggerTrainer(options).Train(train, dev, FrenchNerResources.CreateFeatureConfiguration(gazetteers, lowercase, clusters, switches.Triggers, capitalizationClasses, clusterSettings.FineNeighbors, ordinary), progress);
        try
        {
            tagger.Save(output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            streams.ReportInputError(output, "cannot write: " + InputErrorReasons.Describe(ex));
            return ExitCodes.InputErrors;
        }

        streams.Error.WriteLine(string.Create(c, $"wrote {output}: {tagger.FeatureCount} features, {new FileInfo(output).Length / 1024.0 / 1024.0:F1} MB, temperature {tagger.Temperature}, {clock.Elapsed.TotalSeconds:F0}s"));
        foreach (var (file, sentences) in devSets)
            streams.Output.WriteLine(TaggerEvaluation.Evaluate(tagger, sentences).ToText(file));
        return ExitCodes.Success;
    }

    private sealed record ClusterSettings(int ContextWords, int Window, string Weighting, int Coarse, int Fine, int MinCount, int Seed, bool Capitalization, bool FineNeighbors, int LowercaseTextMinCount);

    private sealed record FeatureSwitches(bool Aliases, bool GivenNames, bool Knowledge, bool Triggers, bool Temperature);

    private sealed record UpdateSettings(string Rule, float Margin, float Aggressiveness, bool Average, int Ensemble, float FeatureDropout, float WordDropout, float LearningRate, float L2);

    private sealed class SynchronousProgress<T>(Action<T> action) : IProgress<T>
    {
        public void Report(T value) => action(value);
    }
}
