using Npgsql;

namespace Entities.PostgreSql;

/// <summary>Small helpers to build batches with positional parameters.</summary>
internal static class Sql
{
    /// <summary>A batch command with positional parameters <c>$1</c>, <c>$2</c>… in order.</summary>
    public static NpgsqlBatchCommand Command(string text, params object[] parameters)
    {
        var command = new NpgsqlBatchCommand(text);
        foreach (object value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }

    /// <summary>Parses a label code read from the database.</summary>
    /// <exception cref="InvalidDataException">The code is unknown.</exception>
    public static EntityLabel Label(string code) =>
        EntityLabels.TryParse(code, out var label) ? label : throw new InvalidDataException($"Unknown entity label '{code}' in the graph store.");
}
