using System.Diagnostics;
using Entities.Sqlite;
using Entities.Tests.Graph;

namespace Entities.Tests.Cli;

/// <summary><c>entities extract --store graph.db</c>: a graph on disk that runs continue, that a kill leaves consistent.</summary>
public sealed class SqliteStoreCliTests
{
    private static readonly string[] Texts =
    [
        "Mark Rutte a rencontré Olaf Scholz à Berlin.",
        "À Bruxelles, M. Rutte a défendu l'Otan.",
        "Le NIS a alerté Séoul, selon le Service national de renseignement sud-coréen.",
        "Emmanuel Macron a reçu Mark Rutte à Paris.",
        "Claire Durand dirige la Cour des comptes depuis mars.",
        "Il pleut sur Nantes.",
    ];

    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        for (int i = 0; i < Texts.Length; i++) folder.Write($"docs/d{i:D2}.txt", Texts[i]);
        return folder;
    }

    [Fact]
    public void ExtractThenExtractAgainOverMoreDocumentsEqualsOneRunOverAll()
    {
        using var folder = Corpus();
        string docs = Path.Combine(folder.Path, "docs"), twice = Path.Combine(folder.Path, "twice.db"), once = Path.Combine(folder.Path, "once.db");
        var paths = Directory.GetFiles(docs).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(0, CliRun.Invoke("", ["extract", .. paths[..3], "--store", twice, "--quiet"]).ExitCode);
        Assert.Equal(0, CliRun.Invoke("", ["extract", .. paths, "--store", twice, "--quiet"]).ExitCode);   // the first three again: no change
        Assert.Equal(0, CliRun.Invoke("", ["extract", .. paths, "--store", once, "--quiet"]).ExitCode);

        using var a = new SqliteEntityGraphStore(twice);
        using var b = new SqliteEntityGraphStore(once);
        Assert.Equal(Texts.Length, a.DocumentCount);
        Assert.Equal(GraphCanonicalForm.Of(b.Snapshot()), GraphCanonicalForm.Of(a.Snapshot()));
        Assert.Equal(b.Snapshot().Nodes.Select(n => n.Id), a.Snapshot().Nodes.Select(n => n.Id));   // ids are stable across runs
    }

    [Fact]
    public void AKilledRunLeavesAGraphEqualToACleanRunOverTheDocumentsItRecorded()
    {
        using var folder = Corpus();
        string docs = Path.Combine(folder.Path, "docs");
        for (int i = 0; i < 60; i++) folder.Write($"docs/x{i:D3}.txt", Texts[i % Texts.Length] + $" Réunion numéro {i} avec Hélène Roux{i % 7} à Lyon.");
        string cli = Path.Combine(AppContext.BaseDirectory, "Entities.Cli.dll");
        var random = new Random(5);
        for (int run = 0; run < 3; run++)
        {
            string db = Path.Combine(folder.Path, $"killed{run}.db");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in new[] { cli, "extract", docs, "--store", db, "--quiet" }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
            Thread.Sleep(random.Next(400, 1500));
            if (!process.HasExited) process.Kill();   // SIGKILL: no clean-up runs
            process.WaitForExit();

            using var killed = new SqliteEntityGraphStore(db);
            var snapshot = killed.Snapshot();
            var clean = new Entities.Graph.EntityGraph();
            var extractor = new Entities.French.Extraction.FrenchEntityExtractor(new Entities.French.Extraction.FrenchEntityExtractorOptions { Graph = clean });
            foreach (string id in snapshot.DocumentIds) extractor.ExtractEntities(File.ReadAllText(id), id);
            Assert.Equal(GraphCanonicalForm.Of(clean.Snapshot()), GraphCanonicalForm.Of(snapshot));
        }
    }
}
