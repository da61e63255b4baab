using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Entities.Queue;

namespace Entities.Cli.Commands;

/// <summary><c>entities status --store S [--json]</c>: how far the queue of a store has got.</summary>
internal static class StatusCommand
{
    private const string Description = """
        Show the queue of a store: documents done, in progress, pending and failed, workers, throughput.

        Examples:
          entities status --store graph.db
          entities status --store "Host=db;Database=entities;Username=me;Password=…" --json
        """;

    /// <summary>Creates the command.</summary>
    internal static Command Create()
    {
        var store = StoreOption.Create("the store whose queue to read.");
        store.Required = true;
        var schema = StoreOption.CreateSchema();
        var failures = WholeNumberOption.Create("--failures", "How many failed documents to list.", defaultValue: 10, minimum: 0, maximum: 10_000);
        var json = new Option<bool>("--json") { Description = "One JSON object instead of text, for scripts." };
        var command = new Command("status", Description) { store, schema, failures, json };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var streams = CliStreams.From(parseResult);
            if (!StoreOption.TryOpenExisting(parseResult.GetRequiredValue(store)!, parseResult.GetRequiredValue(schema), streams, out var opened, out var lifetime))
                return Task.FromResult(ExitCodes.InputErrors);
            using (lifetime)
            {
                var status = StoreOption.QueueOf(opened).GetStatusAsync(parseResult.GetValue(failures), cancellationToken).GetAwaiter().GetResult();
                if (parseResult.GetValue(json)) WriteJson(streams.Output, status);
                else Write(streams.Output, status);
                return Task.FromResult(ExitCodes.Success);
            }
        });
        return command;
    }

    /// <summary>The status as a few lines of text.</summary>
    internal static void Write(TextWriter output, QueueStatus status)
    {
        var c = CultureInfo.InvariantCulture;
        if (status.Total == 0)
        {
            output.WriteLine("queue: empty (add documents with 'entities queue add PATH... --store …')");
            return;
        }

        output.WriteLine(string.Create(c, $"queue: {status.Total:N0} documents: {status.Done:N0} done, {status.InProgress:N0} in progress ({status.Workers:N0} worker{(status.Workers == 1 ? "" : "s")}), {status.Pending:N0} pending, {status.Expired:N0} with an expired lease, {status.Failed:N0} failed"));
        if (status.FirstClaimed is { } first)
        {
            string since = status.LastFinished is { } last ? string.Create(c, $"{status.DocumentsPerSecond:N1} documents/s from the first claim ({first:u}) to the last finish ({last:u})") : string.Create(c, $"first claim {first:u}, nothing finished yet");
            output.WriteLine(string.Create(c, $"throughput: {since}; {status.DoneLastMinute:N0} done in the last minute"));
        }

        if (status.Failures.Count == 0) return;
        output.WriteLine(status.Failures.Count < status.Failed ? $"failed (first {status.Failures.Count:N0}):" : "failed:");
        foreach (var failure in status.Failures)
            output.WriteLine(string.Create(c, $"  {failure.Source}: {failure.Error} ({failure.Attempts} attempt{(failure.Attempts == 1 ? "" : "s")})"));
        if (status.Failed > 0) output.WriteLine("(put them back with 'entities queue retry --store …')");
    }

    private static void WriteJson(TextWriter output, QueueStatus status)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("total", status.Total);
            w.WriteNumber("done", status.Done);
            w.WriteNumber("inProgress", status.InProgress);
            w.WriteNumber("pending", status.Pending);
            w.WriteNumber("expired", status.Expired);
            w.WriteNumber("failed", status.Failed);
            w.WriteNumber("workers", status.Workers);
            WriteMoment(w, "firstClaimed", status.FirstClaimed);
            WriteMoment(w, "lastFinished", status.LastFinished);
            w.WriteNumber("documentsPerSecond", Math.Round(status.DocumentsPerSecond, 2));
            w.WriteNumber("doneLastMinute", status.DoneLastMinute);
            w.WriteStartArray("failures");
            foreach (var f in status.Failures)
            {
                w.WriteStartObject();
                w.WriteString("source", f.Source);
                w.WriteString("error", f.Error);
                w.WriteNumber("attempts", f.Attempts);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteMoment(Utf8JsonWriter w, string name, DateTimeOffset? moment)
    {
        if (moment is { } m) w.WriteString(name, m);
        else w.WriteNull(name);
    }
}
