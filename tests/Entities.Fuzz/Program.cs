using System.Diagnostics;
using System.Globalization;
using Entities.French.Ner;
using Entities.Fuzz;

if (!FuzzOptions.TryParse(args, out var options, out string? error))
{
    if (!string.IsNullOrEmpty(error)) Console.Error.WriteLine(error);
    Console.Error.WriteLine(FuzzOptions.Usage);
    return string.IsNullOrEmpty(error) ? 0 : 2;
}

var tagger = FrenchModel.LoadDefault();
if (options.Replay is not null)
{
    string input = FailureStore.Load(options.Replay);
    var problems = new InputChecker(tagger).Check(input, everything: true);
    Console.WriteLine(problems.Count == 0 ? "OK: every invariant holds." : string.Join("\n", problems));
    return problems.Count == 0 ? 0 : 1;
}

var store = new FailureStore(options.OutputDirectory);
long tried = 0, failed = 0;
var clock = Stopwatch.StartNew();
var deadline = options.Seconds;
Console.WriteLine($"Fuzzing: seed {options.Seed}, {options.Threads} thread(s), up to {(options.Iterations == long.MaxValue ? "∞" : options.Iterations.ToString(CultureInfo.InvariantCulture))} inputs / {deadline} s, inputs of at most {options.MaxLength} code units.");

var workers = Enumerable.Range(0, options.Threads).Select(t => new Thread(() =>
{
    var random = new Random(options.Seed + t);
    var mutator = new Mutator(random, options.MaxLength);
    var checker = new InputChecker(tagger);
    var pool = new List<string>(SeedSentences.All);
    while (true)
    {
        long n = Interlocked.Increment(ref tried);
        if (n > options.Iterations || clock.Elapsed.TotalSeconds >= deadline)
        {
            Interlocked.Decrement(ref tried);
            return;
        }

        string input = mutator.Mutate(pool[random.Next(pool.Count)], pool);
        var problems = checker.Check(input, everything: n % 8 == 0);
        if (problems.Count > 0)
        {
            Interlocked.Increment(ref failed);
            string? path = store.Save(input, problems);
            if (path is not null) Console.WriteLine($"FAILURE saved to {path}: {problems[0].Split('\n')[0]}");
        }

        // Keep some mutants as parents, so mutations accumulate; the seeds stay.
        if (n % 16 == 0)
        {
            if (pool.Count < 512) pool.Add(input);
            else pool[SeedSentences.All.Count + random.Next(pool.Count - SeedSentences.All.Count)] = input;
        }

        if (n % 100_000 == 0) Console.WriteLine($"  {n:N0} inputs, {n / clock.Elapsed.TotalSeconds:N0}/s, {Interlocked.Read(ref failed)} failing");
    }
})).ToList();
workers.ForEach(w => w.Start());
workers.ForEach(w => w.Join());

double elapsed = clock.Elapsed.TotalSeconds;
Console.WriteLine($"Done: {tried:N0} inputs in {elapsed:N1} s ({tried / elapsed:N0} inputs/s), {failed} failing input(s), {store.Count} distinct saved to {Path.GetFullPath(options.OutputDirectory)}.");
return failed == 0 ? 0 : 1;
