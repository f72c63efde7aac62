namespace Supervision.Cli.Commands;

/// <summary>Synchronous progress to stderr (Progress&lt;T&gt; would report late, on the thread pool).</summary>
internal sealed class ConsoleProgress(string verb, long total) : IProgress<int>
{
    public void Report(int value) => Console.Error.Write($"\r{verb} {value:N0}/{total:N0} ({(double)value / Math.Max(1, total):0%})   ");
}
