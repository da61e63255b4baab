using System.Globalization;
using System.Runtime.InteropServices;

namespace Entities.Benchmarks.Modes;

/// <summary>Facts about the machine a result was measured on, for the results files.</summary>
internal static class MachineInfo
{
    /// <summary>Markdown bullet lines: date, CPU model, cores, memory, OS, .NET version, load average.</summary>
    public static IReadOnlyList<string> Describe() =>
    [
        $"- Date: {DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC",
        $"- CPU: {CpuModel()} ({Environment.ProcessorCount} logical cores visible to .NET)",
        $"- Memory: {MemoryTotal()}",
        $"- OS: {OsName()} ({RuntimeInformation.OSArchitecture})",
        $"- .NET: {RuntimeInformation.FrameworkDescription}, Server GC: {System.Runtime.GCSettings.IsServerGC}",
        $"- Load average when the run ended (shared machine): {LoadAverage()}",
    ];

    /// <summary>The CPU model name from <c>/proc/cpuinfo</c>, or the processor architecture.</summary>
    public static string CpuModel() =>
        ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static string MemoryTotal() =>
        ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";

    private static string OsName() =>
        ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"')
        ?? RuntimeInformation.OSDescription;

    public static string LoadAverage() => ReadLines("/proc/loadavg").FirstOrDefault() is { } line ? string.Join(' ', line.Split(' ').Take(3)) : "unknown";

    private static IEnumerable<string> ReadLines(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllLines(path) : [];
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }
}
