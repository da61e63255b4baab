using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Entities.Cli;

/// <summary>
/// Finds the usage error of a parsed command line, reported as one line <c>entities: &lt;message&gt;</c> (exit code 2):
/// the first parse error, or a path argument that looks like an option.
/// </summary>
internal static partial class UsageErrors
{
    /// <summary>Returns the message of the first usage error of <paramref name="parseResult"/>, or <see langword="null"/> when there is none.</summary>
    public static string? Find(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (parseResult.Action is ParseErrorAction && parseResult.Errors.Count > 0) return Reword(parseResult.Errors[0].Message);
        // --help and --version run their own action and ignore the rest of the line.
        if (!ReferenceEquals(parseResult.Action, parseResult.CommandResult.Command.Action)) return null;
        return FindOptionLikeArgument(parseResult);
    }

    /// <summary>
    /// A positional argument (a path), or a value of an option that takes several (<c>train --train a.iob2 b.iob2</c>), that
    /// starts with <c>-</c> (other than <c>-</c> itself) and comes before any <c>--</c> is an option the command does not
    /// know: <c>extract a.txt --bogus</c> must not read <c>--bogus</c> as a missing file. A file whose name starts with
    /// <c>-</c> is given as <c>./-name</c> (or, for positional arguments, after <c>--</c>).
    /// </summary>
    private static string? FindOptionLikeArgument(ParseResult parseResult)
    {
        var tokens = parseResult.Tokens;
        int doubleDash = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.DoubleDash) { doubleDash = i; break; }
        }

        foreach (var child in parseResult.CommandResult.Children)
        {
            bool takesPaths = child is ArgumentResult || (child is OptionResult option && option.Option.AllowMultipleArgumentsPerToken);
            if (!takesPaths) continue;
            foreach (var token in child.Tokens)
            {
                if (token.Value.Length < 2 || token.Value[0] != '-') continue;
                int index = IndexOf(tokens, token);
                if (doubleDash < 0 || index < doubleDash) return $"unknown option '{token.Value}'";
            }
        }

        return null;
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (ReferenceEquals(tokens[i], token)) return i;
        }

        return -1;
    }

    /// <summary>Rewords System.CommandLine's conversion message, which names .NET types, e.g. for <c>--epochs abc</c>.</summary>
    private static string Reword(string message)
    {
        var match = CannotParse().Match(message);
        if (!match.Success) return message;
        string kind = match.Groups["type"].Value switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Single" or "System.Double" => "a number",
            _ => null!,
        };
        return kind is null ? message : $"{match.Groups["option"].Value}: '{match.Groups["value"].Value}' is not {kind}";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[\w.]+)'\.$")]
    private static partial Regex CannotParse();
}
