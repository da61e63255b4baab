using System.Globalization;

namespace Entities.Fuzz;

/// <summary>Command-line options of the fuzzer.</summary>
internal sealed record FuzzOptions(long Iterations, double Seconds, int Seed, int Threads, int MaxLength, string OutputDirectory, string? Replay)
{
    public const string Usage = """
        Usage: Entities.Fuzz [--iterations N] [--seconds S] [--seed K] [--threads T] [--max-length L] [--out DIR] [--replay FILE]
          --iterations N   stop after N inputs (default 100000 when --seconds is not given)
          --seconds S      stop after S seconds (whichever limit comes first)
          --seed K         seed of the mutations (default 1); thread t uses K + t
          --threads T      worker threads (default 1)
          --max-length L   longest generated input in UTF-16 code units (default 4000)
          --out DIR        where failing inputs are saved (default fuzz-failures)
          --replay FILE    check one saved input (UTF-16 file written by the fuzzer) and exit
        """;

    public static bool TryParse(string[] args, out FuzzOptions options, out string? error)
    {
        long iterations = -1;
        double seconds = -1;
        int seed = 1, threads = 1, maxLength = 4000;
        string output = "fuzz-failures";
        string? replay = null;
        options = null!;
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (name is "-h" or "--help")
            {
                error = string.Empty;
                return false;
            }

            if (i + 1 >= args.Length)
            {
                error = $"{name} needs a value.";
                return false;
            }

            string value = args[++i];
            bool ok = name switch
            {
                "--iterations" => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out iterations) && iterations > 0,
                "--seconds" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) && seconds > 0,
                "--seed" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed),
                "--threads" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out threads) && threads is > 0 and <= 256,
                "--max-length" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out maxLength) && maxLength > 0,
                "--out" => (output = value).Length > 0,
                "--replay" => (replay = value).Length > 0,
                _ => false,
            };
            if (!ok)
            {
                error = $"Unknown option or invalid value: {name} {value}";
                return false;
            }
        }

        if (iterations < 0 && seconds < 0) iterations = 100_000;
        options = new FuzzOptions(iterations < 0 ? long.MaxValue : iterations, seconds < 0 ? double.PositiveInfinity : seconds, seed, threads, maxLength, output, replay);
        return true;
    }
}
