using System.Diagnostics;
using System.Globalization;
using System.Runtime.Intrinsics;

namespace Entities.Benchmarks.Modes;

/// <summary>
/// <c>machine-scaling</c>: how far this machine itself lets 2 threads go, as a yardstick for the threads table of
/// <c>scaling</c>. Each workload is a fixed amount of work per thread, run on 1 thread then on N threads at once, for a
/// number of rounds; the speed-up is N × (time on 1 thread) / (time on N threads), the median over the rounds. Workloads:
/// integer arithmetic, vector arithmetic (512-bit where the processor has it), and random reads in an array
/// of 1 MB (fits a core's own cache), 32 MB per thread, and 32 MB shared by the threads.
/// Options: <c>--threads N</c> (default 2), <c>--rounds N</c> (default 5), <c>--out FILE</c> (default
/// <c>benchmarks/results/machine-scaling.md</c>).
/// </summary>
internal static class MachineScalingMode
{
    private const long ArithmeticSteps = 300_000_000, VectorSteps = 150_000_000, Reads = 60_000_000;

    /// <summary>Runs the mode; returns the exit code.</summary>
    public static int Run(IReadOnlyList<string> args, string repository)
    {
        int threads = 2, rounds = 5;
        string? output = null;
        for (int i = 0; i + 1 < args.Count; i += 2)
        {
            switch (args[i])
            {
                case "--threads": threads = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--out": output = args[i + 1]; break;
                default: throw new ArgumentException($"machine-scaling: unknown option {args[i]}");
            }
        }

        if (threads < 2 || rounds < 1) throw new ArgumentException("machine-scaling: --threads must be at least 2 and --rounds at least 1");
        var c = CultureInfo.InvariantCulture;
        var small = NewArrays(threads, 1, shared: false);
        var large = NewArrays(threads, 32, shared: false);
        var shared = NewArrays(threads, 32, shared: true);
        (string Name, Func<int, long> Work)[] workloads =
        [
            ("integer arithmetic", _ => Arithmetic(ArithmeticSteps)),
            (Vector512.IsHardwareAccelerated ? "512-bit vector arithmetic" : "256-bit vector arithmetic", _ => VectorArithmetic(VectorSteps)),
            ("random reads, 1 MB per thread", k => RandomReads(small[k], Reads)),
            ("random reads, 32 MB per thread", k => RandomReads(large[k], Reads)),
            ("random reads, 32 MB shared by the threads", k => RandomReads(shared[k], Reads)),
        ];

        List<string> report =
        [
            "# What the machine allows: 1 → " + threads.ToString(c) + " threads on simple loops",
            "",
            .. MachineInfo.Describe(),
            "",
            string.Create(c, $"Each workload is a fixed amount of work per thread, timed on 1 thread and then on {threads} threads at once; speed-up = {threads} × (1-thread time) / ({threads}-thread time), median of {rounds} rounds (range in brackets). A yardstick for the threads table of `scaling.md`: the extractor's tagger reads its word cache (up to 26 MB per thread) and its weight table at random."),
            "",
            "| workload | 1 thread, median | " + threads.ToString(c) + " threads, median | speed-up, median (range) |",
            "|---|---:|---:|---:|",
        ];
        foreach (var (name, work) in workloads)
        {
            work(0); // compiled and warm
            var one = new List<double>();
            var many = new List<double>();
            var speedUps = new List<double>();
            for (int round = 0; round < rounds; round++)
            {
                double single = Time(1, work), parallel = Time(threads, work);
                one.Add(single);
                many.Add(parallel);
                speedUps.Add(threads * single / parallel);
            }

            report.Add(string.Create(c, $"| {name} | {Median(one):F3} s | {Median(many):F3} s | {Median(speedUps):F2}× ({speedUps.Min():F2}–{speedUps.Max():F2}) |"));
            Console.WriteLine(report[^1]);
        }

        report.Add("");
        report.Add($"Load average when the run ended: {MachineInfo.LoadAverage()}.");
        output ??= Path.Combine(repository, "benchmarks", "results", "machine-scaling.md");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllLines(output, report);
        Console.WriteLine($"// report: {output}");
        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double Time(int threads, Func<int, long> work)
    {
        var clock = Stopwatch.StartNew();
        ThreadScaling.OnThreads(threads, k => GC.KeepAlive(work(k)));
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>One array of <paramref name="megabytes"/> MB per thread, or one for all of them.</summary>
    private static int[][] NewArrays(int threads, int megabytes, bool shared)
    {
        var arrays = new int[threads][];
        for (int k = 0; k < threads; k++)
        {
            if (shared && k > 0)
            {
                arrays[k] = arrays[0];
                continue;
            }

            var values = new int[megabytes * 1024 * 1024 / sizeof(int)];
            for (int i = 0; i < values.Length; i++) values[i] = i;
            arrays[k] = values;
        }

        return arrays;
    }

    /// <summary>Reads at addresses from a linear congruential sequence: independent of the values read, so misses overlap as in the tagger's prefetched reads.</summary>
    private static long RandomReads(int[] values, long reads)
    {
        uint mask = (uint)values.Length - 1, state = 12345;
        long sum = 0;
        for (long i = 0; i < reads; i++)
        {
            state = state * 1664525u + 1013904223u;
            sum += values[(state >> 3) & mask];
        }

        return sum;
    }

    private static long Arithmetic(long steps)
    {
        ulong x = 1, y = 3;
        for (long i = 0; i < steps; i++)
        {
            x = x * 6364136223846793005UL + 1442695040888963407UL;
            y = (y ^ (x >> 13)) * 0x9E3779B97F4A7C15UL;
        }

        return (long)(x ^ y);
    }

    private static long VectorArithmetic(long steps)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            var (a, b) = (Vector512.Create(1.0001f), Vector512.Create(0.9999f));
            var (p, q, r, s) = (a, b, a, b);
            for (long i = 0; i < steps; i++)
            {
                p = Vector512.FusedMultiplyAdd(p, a, b);
                q = Vector512.FusedMultiplyAdd(q, b, a);
                r = Vector512.FusedMultiplyAdd(r, a, a);
                s = Vector512.FusedMultiplyAdd(s, b, b);
            }

            return (long)(p + q + r + s).GetElement(0);
        }

        var (c, d) = (Vector256.Create(1.0001f), Vector256.Create(0.9999f));
        var (e, f, g, h) = (c, d, c, d);
        for (long i = 0; i < steps; i++)
        {
            e = Vector256.FusedMultiplyAdd(e, c, d);
            f = Vector256.FusedMultiplyAdd(f, d, c);
            g = Vector256.FusedMultiplyAdd(g, c, c);
            h = Vector256.FusedMultiplyAdd(h, d, d);
        }

        return (long)(e + f + g + h).GetElement(0);
    }
}
