using System.Diagnostics;

namespace Entities.Tests.Knowledge;

/// <summary>
/// The checkers shipped beside the knowledge tables (<c>check_tables.py</c>: no name listed twice across the tables, nor in a
/// table and the alias tables; <c>check_geo.py</c>: every demonym's place known, forms well made; and beside the alias tables,
/// <c>check_common_acronyms.py</c>: the common acronyms well formed, sorted, unique) pass on the tables as they
/// are. They need only python3's standard library; without python3 the test has nothing to run.
/// </summary>
public sealed class KnowledgeTableScriptTests
{
    [Theory]
    [InlineData("knowledge", "check_tables.py")]
    [InlineData("knowledge", "check_geo.py")]
    [InlineData("aliases", "check_common_acronyms.py")]
    public void TheTableCheckersReportNoError(string tables, string script)
    {
        string folder = Path.Combine(TestRepository.Root(), "src", "Entities.French", "Data", tables);
        var start = new ProcessStartInfo("python3") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return; // no python3 on this machine
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, output + error.Result);
            Assert.Matches(@"(^|\s)0 errors", output + error.Result);
        }
    }
}
