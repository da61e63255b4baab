using Entities.Sqlite;
using Entities.Tests.Graph;

namespace Entities.Tests.Cli;

/// <summary>
/// <c>entities queue add</c>, <c>entities extract --from-queue</c> and <c>entities status</c> on a graph file: workers claim
/// the queued documents until none is left, failures are recorded and can be retried, a dead worker's claims are taken over,
/// and the graph is the one a plain run over the same documents gives.
/// </summary>
public sealed class QueueCliTests
{
    private static readonly string[] Texts =
    [
        "Le maire de Lille, Arnaud Petit, a reçu Claire Durand.",
        "Claire Durand a rencontré la directrice de l'Inserm à Paris.",
        "À Toulouse, Airbus a présenté un nouvel avion.",
        "Mme Durand a quitté Lille pour Bordeaux.",
        "Il a plu toute la journée.",
    ];

    private static (TempFolder Folder, string[] Paths) Corpus()
    {
        var folder = new TempFolder();
        var paths = Texts.Select((text, i) => folder.Write($"docs/d{i:D2}.txt", text)).ToList();
        paths.Add(folder.WriteBytes("docs/z-binary.bin", [0xFF, 0x00, 0x01, 0x02]));
        return (folder, [.. paths]);
    }

    [Fact]
    public void AWorkerDoesTheQueueAndTheGraphIsAPlainRunsGraph()
    {
        var (folder, paths) = Corpus();
        using (folder)
        {
            string db = Path.Combine(folder.Path, "queue.db"), plain = Path.Combine(folder.Path, "plain.db");
            var added = CliRun.Invoke("", "queue", "add", Path.Combine(folder.Path, "docs"), "--store", db);
            Assert.Equal(0, added.ExitCode);
            Assert.StartsWith("6 documents queued (0 already", added.Output, StringComparison.Ordinal);
            Assert.StartsWith("0 documents queued (6 already", CliRun.Invoke("", "queue", "add", Path.Combine(folder.Path, "docs"), "--store", db).Output, StringComparison.Ordinal);

            var worker = CliRun.Invoke("", "extract", "--from-queue", "--store", db, "--claim", "2", "--quiet");
            Assert.Equal(1, worker.ExitCode);   // the binary file failed, the rest was done
            Assert.Equal(Texts.Length, worker.OutputLines.Length);
            Assert.Contains("z-binary.bin: binary file", Assert.Single(worker.ErrorLines), StringComparison.Ordinal);

            var status = CliRun.Invoke("", "status", "--store", db);
            Assert.Equal(0, status.ExitCode);
            Assert.StartsWith("queue: 6 documents: 5 done, 0 in progress (0 workers), 0 pending, 0 with an expired lease, 1 failed", status.Output, StringComparison.Ordinal);
            Assert.Contains("z-binary.bin: binary file", status.Output, StringComparison.Ordinal);

            Assert.Equal(1, CliRun.Invoke("", ["extract", .. paths, "--store", plain, "--quiet"]).ExitCode);
            using var a = new SqliteEntityGraphStore(db);
            using var b = new SqliteEntityGraphStore(plain);
            Assert.Equal(GraphCanonicalForm.Of(b.Snapshot()), GraphCanonicalForm.Of(a.Snapshot()));

            // Nothing left: a second worker has nothing to do.
            var idle = CliRun.Invoke("", "extract", "--from-queue", "--store", db, "--quiet");
            Assert.Equal((0, ""), (idle.ExitCode, idle.Output));
        }
    }

    [Fact]
    public void FailedDocumentsCanBeRetriedAndADeadWorkersClaimsAreTakenOver()
    {
        var (folder, _) = Corpus();
        using (folder)
        {
            string db = Path.Combine(folder.Path, "queue.db");
            Assert.Equal(0, CliRun.Invoke("", "queue", "add", Path.Combine(folder.Path, "docs"), "--store", db).ExitCode);
            using (var store = new SqliteEntityGraphStore(db))
            {
                // A worker that claimed two documents and died: its lease (zero here) has expired.
                Assert.Equal(2, store.Queue.ClaimAsync("dead", 2, TimeSpan.Zero).GetAwaiter().GetResult().Count);
            }

            Assert.StartsWith("queue: 6 documents: 0 done, 0 in progress (0 workers), 4 pending, 2 with an expired lease", CliRun.Invoke("", "status", "--store", db).Output, StringComparison.Ordinal);
            var worker = CliRun.Invoke("", "extract", "--from-queue", "--store", db, "--quiet", "--worker", "rescuer");
            Assert.Equal(Texts.Length, worker.OutputLines.Length);
            Assert.Contains(": 5 done,", CliRun.Invoke("", "status", "--store", db).Output, StringComparison.Ordinal);

            folder.Write("docs/z-binary.bin", "Le binaire est devenu un texte sur Nantes.");
            Assert.Equal("1 failed document queued again", CliRun.Invoke("", "queue", "retry", "--store", db).Output.Trim());
            Assert.Equal(0, CliRun.Invoke("", "extract", "--from-queue", "--store", db, "--quiet").ExitCode);
            Assert.StartsWith("queue: 6 documents: 6 done,", CliRun.Invoke("", "status", "--store", db).Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StatusAsJsonCountsTheQueue()
    {
        var (folder, _) = Corpus();
        using (folder)
        {
            string db = Path.Combine(folder.Path, "queue.db");
            CliRun.Invoke("", "queue", "add", Path.Combine(folder.Path, "docs"), "--store", db);
            using var json = System.Text.Json.JsonDocument.Parse(CliRun.Invoke("", "status", "--store", db, "--json").Output);
            Assert.Equal(6, json.RootElement.GetProperty("total").GetInt64());
            Assert.Equal(6, json.RootElement.GetProperty("pending").GetInt64());
            Assert.Equal(0, json.RootElement.GetProperty("failures").GetArrayLength());
        }
    }

    [Theory]
    [InlineData("give PATH or --from-queue, not both", "extract", "a.txt", "--from-queue", "--store", "g.db")]
    [InlineData("--from-queue needs --store", "extract", "--from-queue")]
    [InlineData("give at least one PATH", "extract")]
    [InlineData("give paths to queue or --list FILE", "queue", "add", "--store", "g.db")]
    [InlineData("standard input '-' cannot be queued", "queue", "add", "-", "--store", "g.db")]
    [InlineData("--store", "status")]
    public void UsageErrorsExitWithTwo(string message, params string[] args)
    {
        var run = CliRun.Invoke("", args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void StatusOfAMissingGraphFileSaysSoAndCreatesNothing()
    {
        using var folder = new TempFolder();
        string db = Path.Combine(folder.Path, "missing.db");
        var run = CliRun.Invoke("", "status", "--store", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"entities: {db}: no such file or directory", Assert.Single(run.ErrorLines));
        Assert.False(File.Exists(db));
    }
}
