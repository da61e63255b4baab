using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Entities.Benchmarks.Modes;

/// <summary>
/// Peak resident memory of an <c>entities extract</c> run over a folder, measured from outside the CLI process: with
/// <c>/usr/bin/time -f %M</c> when present (the kernel's exact peak), else by polling <c>VmHWM</c> in
/// <c>/proc/PID/status</c> every 10 ms (what <see cref="Process.PeakWorkingSet64"/> reads on Linux, which cannot be read
/// once the child has exited).
/// </summary>
internal static class CliPeakMemory
{
    private const string TimeCommand = "/usr/bin/time";

    /// <summary>Writes documents of <paramref name="corpus"/> as UTF-8 files into <paramref name="folder"/> until <paramref name="bytes"/> bytes are written.</summary>
    /// <returns>Files, bytes and tokenizer tokens written.</returns>
    public static (int Files, long Bytes, long Tokens) WriteFolder(ScalingCorpus corpus, string folder, long bytes)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        var (documents, _) = corpus.Take(bytes / 5); // ~6 bytes per token in French text: more than enough documents
        long written = 0, tokens = 0;
        int files = 0;
        foreach (var document in documents)
        {
            if (written >= bytes) break;
            var data = Encoding.UTF8.GetBytes(document);
            File.WriteAllBytes(Path.Combine(folder, $"doc{files:D6}.txt"), data);
            written += data.Length;
            tokens += French.Tokenization.FrenchTokenizer.Default.Tokenize(document).Count;
            files++;
        }

        return (files, written, tokens);
    }

    /// <summary>Runs <c>dotnet CLI extract FOLDER</c> (output read and discarded) and returns its peak RSS, wall time and output size.</summary>
    public static CliRun Run(string cliDll, string folder, int threads)
    {
        bool useTime = File.Exists(TimeCommand);
        string timeFile = Path.GetTempFileName();
        var start = new ProcessStartInfo(useTime ? TimeCommand : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (useTime)
        {
            foreach (var arg in new[] { "-f", "%M", "-o", timeFile, "dotnet" }) start.ArgumentList.Add(arg);
        }

        foreach (var arg in new[] { cliDll, "extract", folder, "--threads", threads.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
        long outputChars = 0, lines = 0;
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (errors) errors.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        long polledKb = 0;
        var poller = new Thread(() =>
        {
            while (!process.HasExited)
            {
                polledKb = Math.Max(polledKb, ReadPeakKb(process.Id));
                Thread.Sleep(10);
            }
        }) { IsBackground = true };
        if (!useTime) poller.Start();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            outputChars += line.Length + 1;
            lines++;
        }

        process.WaitForExit();
        clock.Stop();
        long peakKb = useTime && long.TryParse(File.ReadAllText(timeFile).Trim().Split('\n')[^1], NumberStyles.None, CultureInfo.InvariantCulture, out long kb) ? kb : polledKb;
        File.Delete(timeFile);
        if (process.ExitCode != 0) Console.Error.WriteLine($"CLI exited with {process.ExitCode}: {errors}");
        return new CliRun(peakKb * 1024, clock.Elapsed, lines, outputChars, process.ExitCode, useTime ? "/usr/bin/time %M" : "VmHWM polling");
    }

    private static long ReadPeakKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}

/// <summary>The outcome of one CLI run.</summary>
internal sealed record CliRun(long PeakRssBytes, TimeSpan Elapsed, long OutputLines, long OutputChars, int ExitCode, string Method);
