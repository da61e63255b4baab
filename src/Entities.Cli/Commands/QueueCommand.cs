using System.CommandLine;
using Entities.Cli.Input;

namespace Entities.Cli.Commands;

/// <summary>
/// <c>entities queue add PATH... --store S</c> and <c>entities queue retry --store S</c>: the documents that
/// <c>entities extract --from-queue</c> workers share, kept in the store (a graph file or a PostgreSQL schema).
/// </summary>
internal static class QueueCommand
{
    private const string Description = """
        Queue documents in a store, for 'entities extract --from-queue' workers started anywhere.

        Each document is claimed by one worker at a time for a lease; a worker that stops without finishing gives its
        documents back when the lease expires. Watch a run with 'entities status --store …'; resume it by starting
        workers again.

        Examples:
          entities queue add /shared/corpus/ --store "Host=db;Database=entities;Username=me;Password=…"
          entities queue add --list paths.txt --store graph.db
          entities queue retry --store graph.db
        """;

    /// <summary>Creates the <c>queue</c> command and its subcommands.</summary>
    internal static Command Create()
    {
        var command = new Command("queue", Description) { CreateAdd(), CreateRetry() };
        return command;
    }

    private static Command CreateAdd()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders (every regular file below them, in ordinal path order). Queued as given: every worker must be able to read them under the same path.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var list = new Option<string?>("--list") { Description = "A UTF-8 file with one path per line (blank lines and lines starting with # are skipped), queued as written." };
        var store = StoreOption.Create("the store whose queue receives the documents.");
        store.Required = true;
        var schema = StoreOption.CreateSchema();
        var command = new Command("add", "Add documents to the queue (a path already queued is not added again).") { paths, list, store, schema };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(paths)?.Length ?? 0) == 0 && result.GetValue(list) is null) result.AddError("give paths to queue or --list FILE");
            if (result.GetValue(paths)?.Contains(InputSource.StandardInputName) == true) result.AddError("standard input '-' cannot be queued: give files or folders");
        });
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Add(
            CliStreams.From(parseResult), parseResult.GetValue(paths) ?? [], parseResult.GetValue(list), parseResult.GetRequiredValue(store)!, parseResult.GetRequiredValue(schema), cancellationToken)));
        return command;
    }

    private static Command CreateRetry()
    {
        var store = StoreOption.Create("the store whose failed documents go back to the queue.");
        store.Required = true;
        var schema = StoreOption.CreateSchema();
        var command = new Command("retry", "Put every failed document back in the queue.") { store, schema };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var streams = CliStreams.From(parseResult);
            if (!StoreOption.TryOpenExisting(parseResult.GetRequiredValue(store)!, parseResult.GetRequiredValue(schema), streams, out var opened, out var lifetime))
                return Task.FromResult(ExitCodes.InputErrors);
            using (lifetime)
            {
                int retried = StoreOption.QueueOf(opened).RetryFailedAsync(cancellationToken).GetAwaiter().GetResult();
                streams.Output.WriteLine($"{retried:N0} failed document{(retried == 1 ? "" : "s")} queued again");
                return Task.FromResult(ExitCodes.Success);
            }
        });
        return command;
    }

    private static int Add(CliStreams streams, string[] paths, string? listPath, string storeValue, string schema, CancellationToken cancellationToken)
    {
        var sources = new List<string>();
        bool failed = false;
        if (listPath is not null)
        {
            if (!File.Exists(listPath))
            {
                streams.ReportInputError(listPath, "no such file or directory");
                return ExitCodes.InputErrors;
            }

            try
            {
                foreach (string line in File.ReadLines(listPath))
                {
                    string path = line.Trim();
                    if (path.Length > 0 && !path.StartsWith('#')) sources.Add(path);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                streams.ReportInputError(listPath, InputErrorReasons.Describe(ex));
                return ExitCodes.InputErrors;
            }
        }

        if (paths.Length > 0)
        {
            var expansion = InputSources.Expand(paths, cancellationToken);
            foreach (var error in expansion.Errors) streams.ReportInputError(error.Path, error.Reason);
            failed = expansion.Errors.Count > 0;
            sources.AddRange(expansion.Sources.Select(s => s.DisplayName));
        }

        var tooLong = sources.Where(s => s.Length > Queue.DocumentQueue.MaxSourceLength).ToList();
        foreach (string source in tooLong) streams.ReportInputError(source[..80] + "…", $"path longer than {Queue.DocumentQueue.MaxSourceLength} characters, not queued");
        failed |= tooLong.Count > 0;
        sources.RemoveAll(s => s.Length > Queue.DocumentQueue.MaxSourceLength);

        if (!StoreOption.TryOpenAny(storeValue, schema, streams.Error, out var store, out var lifetime)) return ExitCodes.InputErrors;
        using (lifetime)
        {
            var queue = StoreOption.QueueOf(store);
            int added = 0;
            foreach (var chunk in sources.Distinct(StringComparer.Ordinal).Chunk(10_000))
                added += queue.EnqueueAsync(chunk, cancellationToken).GetAwaiter().GetResult();
            int distinct = sources.Distinct(StringComparer.Ordinal).Count();
            streams.Output.WriteLine($"{added:N0} document{(added == 1 ? "" : "s")} queued ({distinct - added:N0} already in the queue)");
        }

        return failed ? ExitCodes.InputErrors : ExitCodes.Success;
    }
}
