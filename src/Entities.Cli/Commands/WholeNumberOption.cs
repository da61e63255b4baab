using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace Entities.Cli.Commands;

/// <summary>
/// Integer options parsed and range-checked by the command (not by a validator that asks System.CommandLine for a value it
/// could not convert, which throws): a bad value is one usage error, e.g. <c>--threads: 'abc' is not a whole number (expected 1 to 512)</c>.
/// </summary>
internal static class WholeNumberOption
{
    /// <summary>Creates an <see cref="int"/> option accepting <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    /// <param name="name">The option name, e.g. <c>--threads</c>.</param>
    /// <param name="description">The help text.</param>
    /// <param name="defaultValue">The value when the option is not given.</param>
    /// <param name="minimum">The smallest value accepted.</param>
    /// <param name="maximum">The largest value accepted; <see cref="int.MaxValue"/> for no upper bound.</param>
    /// <param name="aliases">Other names of the option, e.g. <c>-j</c>.</param>
    public static Option<int> Create(string name, string description, int defaultValue, int minimum, int maximum = int.MaxValue, params string[] aliases)
    {
        string expected = maximum == int.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $"expected {minimum} or more")
            : string.Create(CultureInfo.InvariantCulture, $"expected {minimum} to {maximum}");
        return new Option<int>(name, aliases)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => Parse(result, name, minimum, maximum, expected),
        };
    }

    private static int Parse(ArgumentResult result, string name, int minimum, int maximum, string expected)
    {
        if (result.Tokens.Count == 0)
        {
            result.AddError($"{name}: a value is required ({expected})");
            return 0;
        }

        string text = result.Tokens[^1].Value;
        if (!BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{name}: '{text}' is not a whole number ({expected})");
            return 0;
        }

        if (value < minimum || value > maximum)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name}: {value} is out of range ({expected})"));
            return 0;
        }

        return (int)value;
    }
}
