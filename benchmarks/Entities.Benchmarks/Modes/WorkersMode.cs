using System.Diagnostics;
using System.Globalization;
using Entities.PostgreSql;

namespace Entities.Benchmarks.Modes;

/// <summary>
/// <c>workers --store CONNECTION --documents FOLDER [--workers 1,2,4] [--out FILE]</c>: ingest into one PostgreSQL server by
/// <c>entities extract --from-queue</c> worker processes, as users run them, against the same run with the in-memory graph:
/// <list type="number">
/// <item>baseline: <c>entities extract FOLDER --graph g.json</c>, one process, one thread;</item>
/// <item>for each worker count: a fresh schema, <c>entities queue add FOLDER</c> (not timed), then N workers started together,
/// timed until the last exits; every document must be done, and the partition of mentions into entities must equal the
/// one-worker graph's;</item>
/// <item>kill: two workers (lease 10 s), one killed with SIGKILL halfway through; the other finishes, then a restarted worker
/// takes the killed one's claims once their lease expires: every document done once (as many mentions as the clean run), and
/// the same partition as the one-worker graph.</item>
/// </list>
/// Every process is the built CLI (<c>Entities.Cli.dll</c> beside this program), on this machine, with the server.
/// </summary>
internal static class WorkersMode
{
    public static int Run(string[] args)
    {
        string? connection = null, documents = null, output = null;
        int[] counts = [1, 2, 4];
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--store" when i + 1 < args.Length: connection = args[++i]; break;
                case "--documents" when i + 1 < args.Length: documents = args[++i]; break;
                case "--out" when i + 1 < args.Length: output = args[++i]; break;
                case "--workers" when i + 1 < args.Length: counts = [.. args[++i].Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture))]; break;
                default:
                    Console.Error.WriteLine($"workers: unknown or incomplete option '{args[i]}'. Usage: workers --store CONNECTION --documents FOLDER [--workers 1,2,4] [--out FILE]");
                    return 2;
            }
        }

        if (connection is null || documents is null || !Directory.Exists(documents))
        {
            Console.Error.WriteLine("workers: give --store CONNECTION and --documents FOLDER (an existing folder of text files)");
            return 2;
        }

        int files = Directory.GetFiles(documents, "*", SearchOption.AllDirectories).Length;
        var c = CultureInfo.InvariantCulture;
        var report = new List<string>
        {
            $"# Ingest with queue workers ({DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, server on the same machine)",
            "",
            $"{files:N0} documents from `{documents}`; every figure one timed run, processes started by `workers` (`benchmarks/Entities.Benchmarks/Modes/WorkersMode.cs`).",
            "",
            "| run | wall s | documents/s | vs in-memory | vs 1 worker | CPU busy (all cores) | check |",
            "|---|---:|---:|---:|---:|---:|---|",
        };
        void Row(string line)
        {
            report.Add(line);
            Console.WriteLine(line);
        }

        foreach (var line in report) Console.WriteLine(line);
        string graph = Path.Combine(Path.GetTempPath(), "workers-baseline-" + Guid.NewGuid().ToString("N") + ".json");
        double baseline = Time(["extract", documents, "--graph", graph, "--quiet"]);
        File.Delete(graph);
        Row(string.Create(c, $"| in-memory graph (`extract --graph`) | {baseline:F1} | {files / baseline:N0} | 1.00 | | {lastBusy:P0} | |"));

        var schemas = new List<string>();
        string? reference = null;
        double one = 0;
        try
        {
            foreach (int n in counts)
            {
                string schema = NewSchema(schemas);
                Cli(["queue", "add", documents, "--store", connection, "--store-schema", schema]);
                double seconds = TimeAll(Enumerable.Range(1, n).Select(w => (string[])["extract", "--from-queue", "--store", connection, "--store-schema", schema, "--quiet", "--worker", $"w{w}"]).ToArray());
                var (done, partition) = Read(connection, schema);
                reference ??= partition;
                if (n == 1) one = seconds;
                string check = done == files && partition == reference ? $"{done:N0} done, same partition" : $"**{done:N0} of {files:N0} done, partition {(partition == reference ? "same" : "DIFFERS")}**";
                Row(string.Create(c, $"| {n} worker{(n == 1 ? "" : "s")} (`extract --from-queue --store`) | {seconds:F1} | {files / seconds:N0} | {baseline / seconds:F2} | {(one > 0 ? one / seconds : 0):F2} | {lastBusy:P0} | {check} |"));
            }

            // Kill -9 one of two workers halfway through, let the other finish, restart after the lease.
            string killed = NewSchema(schemas);
            Cli(["queue", "add", documents, "--store", connection, "--store-schema", killed]);
            var clock = Stopwatch.StartNew();
            var victim = Start(["extract", "--from-queue", "--store", connection, "--store-schema", killed, "--quiet", "--worker", "victim", "--lease", "10"]);
            var survivor = Start(["extract", "--from-queue", "--store", connection, "--store-schema", killed, "--quiet", "--worker", "survivor", "--lease", "10"]);
            Thread.Sleep(TimeSpan.FromSeconds(Math.Max(1, (one > 0 ? one : baseline) / 4)));
            victim.Kill();
            victim.WaitForExit();
            survivor.WaitForExit();
            double survivorDone = clock.Elapsed.TotalSeconds;
            Thread.Sleep(TimeSpan.FromSeconds(11));
            Cli(["extract", "--from-queue", "--store", connection, "--store-schema", killed, "--quiet", "--worker", "restart"]);
            var (killedDone, killedPartition) = Read(connection, killed);
            string verdict = killedDone == files && killedPartition == reference ? $"{killedDone:N0} done, each once, same partition" : $"**{killedDone:N0} of {files:N0} done, partition {(killedPartition == reference ? "same" : "DIFFERS")}**";
            Row(string.Create(c, $"| 2 workers, one killed (SIGKILL) at {(one > 0 ? one : baseline) / 4:F0} s, restart after its 10 s lease | {survivorDone:F1} (survivor) | | | | | {verdict} |"));
        }
        finally
        {
            foreach (string schema in schemas)
            {
                using var store = new PostgreSqlEntityGraphStore(connection, new PostgreSqlEntityGraphStoreOptions { Schema = schema });
                store.DropSchemaAsync().GetAwaiter().GetResult();
            }
        }

        if (output is not null) File.WriteAllLines(output, report);
        return 0;
    }

    private static string NewSchema(List<string> schemas)
    {
        string schema = "workers_" + Guid.NewGuid().ToString("N")[..10];
        schemas.Add(schema);
        return schema;
    }

    /// <summary>Documents done in the queue, and the partition of the graph's mentions into consolidated entities.</summary>
    private static (long Done, string Partition) Read(string connection, string schema)
    {
        using var store = new PostgreSqlEntityGraphStore(connection, new PostgreSqlEntityGraphStoreOptions { Schema = schema });
        var status = store.Queue.GetStatusAsync(0).GetAwaiter().GetResult();
        var snapshot = store.Snapshot();
        string partition = string.Join("\n", snapshot.Nodes
            .Select(n => string.Join(" ", n.Mentions.Select(m => $"{m.DocumentId}:{m.Start}-{m.End}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal));
        return (status.Done, partition);
    }

    private static string CliDll => Path.Combine(AppContext.BaseDirectory, "Entities.Cli.dll");

    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(CliDll);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        return process;
    }

    private static void Cli(string[] args)
    {
        using var process = Start(args);
        process.WaitForExit();
    }

    private static double Time(string[] args) => TimeAll([args]);

    /// <summary>Busy share of all cores during the last <see cref="TimeAll"/> (from <c>/proc/stat</c>; 0 where it cannot be read).</summary>
    private static double lastBusy;

    private static (long Busy, long Total) CpuTicks()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            long idle = fields[3] + fields[4];
            long total = fields.Take(8).Sum();
            return (total - idle, total);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException or IndexOutOfRangeException)
        {
            return (0, 0);
        }
    }

    private static double TimeAll(string[][] runs)
    {
        var ticks = CpuTicks();
        var clock = Stopwatch.StartNew();
        var processes = runs.Select(Start).ToArray();
        foreach (var process in processes)
        {
            process.WaitForExit();
            process.Dispose();
        }

        var after = CpuTicks();
        lastBusy = after.Total > ticks.Total ? (double)(after.Busy - ticks.Busy) / (after.Total - ticks.Total) : 0;
        return clock.Elapsed.TotalSeconds;
    }
}
