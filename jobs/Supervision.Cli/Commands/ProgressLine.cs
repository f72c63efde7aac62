using System.Diagnostics;

namespace Supervision.Cli.Commands;

/// <summary>Progress on stderr at most twice a second, so stdout stays clean for the result.</summary>
internal sealed class ProgressLine(string verb, long total)
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private long _count;
    private long _lastReport = -1;

    public T Tick<T>(T item)
    {
        _count++;
        var now = _watch.ElapsedMilliseconds;
        if (_lastReport < 0 || now - _lastReport >= 500)
        {
            _lastReport = now;
            Console.Error.Write($"\r{verb} {_count:N0}/{total:N0} ({(double)_count / Math.Max(1, total):0%})   ");
        }

        return item;
    }

    public void Done() => Console.Error.WriteLine($"\r{verb} {_count:N0}/{total:N0} in {_watch.Elapsed.TotalSeconds:0.0} s        ");
}
