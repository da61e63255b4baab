using Entities.Cli.Input;

namespace Entities.Cli.Commands;

/// <summary>A document of a run and its id in the run's entity graph.</summary>
/// <param name="Source">Where to read it.</param>
/// <param name="Id">Its graph id: the display name (the path as given, or <c>-</c>), with <c>#2</c>, <c>#3</c>… for repeats.</param>
internal sealed record Document(InputSource Source, string Id);

/// <summary>Gives every document of a run a unique graph id, derived from its path.</summary>
internal static class DocumentIds
{
    /// <summary>Pairs each source with a unique id, in order.</summary>
    public static IReadOnlyList<Document> Assign(IReadOnlyList<InputSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = new List<Document>(sources.Count);
        foreach (var source in sources)
        {
            int count = seen.TryGetValue(source.DisplayName, out int n) ? n + 1 : 1;
            seen[source.DisplayName] = count;
            documents.Add(new Document(source, count == 1 ? source.DisplayName : $"{source.DisplayName}#{count}"));
        }

        return documents;
    }
}
