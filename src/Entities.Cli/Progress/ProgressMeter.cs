using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Entities.Cli.Progress;

/// <summary>
/// Counts documents, tokens, mentions and failures of a run (thread-safe) and, when enabled, redraws a one-line progress bar
/// on standard error (carriage return, at most every 200 ms): <c>[#####-----] 12/40 documents  8.1 documents/s  15,230 tokens/s</c>.
/// The line never exceeds the terminal's width (see <see cref="FormatBar"/>).
/// </summary>
internal sealed class ProgressMeter
{
    private const int BarWidth = 24;
    private const int MinimumBarWidth = 5;

    /// <summary>The width assumed when the terminal's width cannot be read.</summary>
    public const int DefaultTerminalWidth = 80;

    private static readonly long RedrawTicks = Stopwatch.Frequency / 5;
    private readonly TextWriter error;
    private readonly int total;
    private readonly bool draw;
    private readonly Func<int> terminalWidth;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Lock gate = new();
    private long lastDraw = long.MinValue;
    private int lastWidth;
    private int documents;
    private int failed;
    private long tokens;
    private long mentions;

    /// <summary>Creates a meter for <paramref name="total"/> documents; <paramref name="draw"/> enables the bar.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="total">The number of documents of the run.</param>
    /// <param name="draw">Whether to draw the bar.</param>
    /// <param name="terminalWidth">Gives the terminal's width at each redraw; <see cref="ConsoleWidth"/> by default.</param>
    public ProgressMeter(TextWriter error, int total, bool draw, Func<int>? terminalWidth = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        this.error = error;
        this.total = total;
        this.draw = draw;
        this.terminalWidth = terminalWidth ?? ConsoleWidth;
    }

    /// <summary>Documents done (read and extracted).</summary>
    public int Documents => Volatile.Read(ref documents);

    /// <summary>Documents that could not be read or extracted.</summary>
    public int Failed => Volatile.Read(ref failed);

    /// <summary>Tokens of the documents done.</summary>
    public long Tokens => Interlocked.Read(ref tokens);

    /// <summary>Mentions found.</summary>
    public long Mentions => Interlocked.Read(ref mentions);

    /// <summary>Time since the meter was created.</summary>
    public TimeSpan Elapsed => clock.Elapsed;

    /// <summary>Records one document done.</summary>
    public void DocumentDone(int tokenCount, int mentionCount)
    {
        Interlocked.Increment(ref documents);
        Interlocked.Add(ref tokens, tokenCount);
        Interlocked.Add(ref mentions, mentionCount);
        Redraw(force: false);
    }

    /// <summary>Records one document that failed.</summary>
    public void DocumentFailed()
    {
        Interlocked.Increment(ref failed);
        Redraw(force: false);
    }

    /// <summary>Erases the bar (call before writing other lines to standard error, and at the end).</summary>
    public void Clear()
    {
        if (!draw) return;
        lock (gate)
        {
            if (lastWidth == 0) return;
            error.Write('\r' + new string(' ', lastWidth) + '\r');
            error.Flush();
            lastWidth = 0;
            lastDraw = long.MinValue;
        }
    }

    /// <summary>Runs <paramref name="write"/> (which writes to standard error) with the bar erased, then redraws it.</summary>
    public void WriteAbove(Action write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (gate)
        {
            Clear();
            write();
        }

        Redraw(force: true);
    }

    /// <summary>The bar's text, fitted to the terminal's width.</summary>
    public string Render()
    {
        double seconds = Math.Max(Elapsed.TotalSeconds, 1e-3);
        return FormatBar(Documents + Failed, total, Documents / seconds, Tokens / seconds, terminalWidth());
    }

    /// <summary>
    /// Formats the bar for a terminal <paramref name="width"/> columns wide (<see cref="DefaultTerminalWidth"/> when not
    /// positive). The line is at most <paramref name="width"/> − 1 characters: the last column stays free, because some
    /// terminals wrap as soon as it is written and the carriage return would then redraw on a new line. The document count
    /// comes first: the bar shrinks (down to 5 cells) or goes to leave it room; the rates (documents/s, then tokens/s)
    /// follow while they fit; a count still too long is cut.
    /// </summary>
    public static string FormatBar(int done, int total, double documentsPerSecond, double tokensPerSecond, int width)
    {
        var culture = CultureInfo.InvariantCulture;
        int room = Math.Max(1, (width > 0 ? width : DefaultTerminalWidth) - 1);
        string count = string.Create(culture, $"{done:N0}/{total:N0} documents");
        var line = new StringBuilder(room + 32);
        int barWidth = Math.Min(BarWidth, room - count.Length - 3);
        if (barWidth >= MinimumBarWidth)
        {
            int filled = total <= 0 ? barWidth : (int)Math.Round(barWidth * Math.Clamp((double)done / total, 0, 1));
            line.Append('[').Append('#', filled).Append('-', barWidth - filled).Append("] ");
        }

        line.Append(count);
        foreach (var rate in new[] { string.Create(culture, $"  {documentsPerSecond:N1} documents/s"), string.Create(culture, $"  {tokensPerSecond:N0} tokens/s") })
        {
            if (line.Length + rate.Length > room) break;
            line.Append(rate);
        }

        return line.Length > room ? line.ToString(0, room) : line.ToString();
    }

    /// <summary>The width of the terminal (<see cref="Console.WindowWidth"/>), or <see cref="DefaultTerminalWidth"/> when it cannot be read.</summary>
    public static int ConsoleWidth()
    {
        try
        {
            int width = Console.WindowWidth;
            return width > 0 ? width : DefaultTerminalWidth;
        }
        catch (Exception ex) when (ex is IOException or PlatformNotSupportedException or InvalidOperationException)
        {
            return DefaultTerminalWidth;
        }
    }

    /// <summary>The end-of-run summary line (without the program prefix).</summary>
    public string Summary(int entities)
    {
        var culture = CultureInfo.InvariantCulture;
        double seconds = Math.Max(Elapsed.TotalSeconds, 1e-3);
        // One number format for every count and rate: thousands separators, invariant culture (20,251 mentions, 288,981 tokens).
        string failures = Failed > 0 ? string.Create(culture, $" ({Failed:N0} failed)") : "";
        return string.Create(culture,
            $"{Documents:N0} documents{failures}, {Mentions:N0} mentions, {entities:N0} entities, {Tokens:N0} tokens in {Elapsed.TotalSeconds:N2} s ({Tokens / seconds:N0} tokens/s, {Documents / seconds:N1} documents/s)");
    }

    private void Redraw(bool force)
    {
        if (!draw) return;
        long now = clock.ElapsedTicks;
        lock (gate)
        {
            if (!force && lastDraw != long.MinValue && now - lastDraw < RedrawTicks) return;
            lastDraw = now;
            string line = Render();
            // Blanks erase the rest of a longer previous line, but only within the line's own room (the terminal may have shrunk).
            int erase = Math.Min(lastWidth, Math.Max(line.Length, terminalWidth() - 1)) - line.Length;
            error.Write('\r' + line + (erase > 0 ? new string(' ', erase) : ""));
            error.Flush();
            lastWidth = line.Length;
        }
    }
}
