namespace Supervision.Cli.Commands;

/// <summary>
/// The last safety net of the command line: an exception no verb expected is a bug or broken infrastructure, so the
/// user gets one line and the exit code <see cref="ExitCodes.InternalError"/>, and the stack trace goes to a log file
/// for whoever fixes it — never to the console, where it would bury the message.
/// </summary>
internal static class InternalError
{
    public static int Report(Exception exception, string[] args, TimeProvider clock, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        var shown = exception is AggregateException { InnerExceptions.Count: 1 } single ? single.InnerExceptions[0] : exception;
        var message = shown.Message.ReplaceLineEndings(" ");
        string where;
        try
        {
            var directory = Path.Combine(Path.GetTempPath(), "supervision");
            Directory.CreateDirectory(directory);
            var now = clock.GetUtcNow();
            var path = Path.Combine(directory, $"internal-error-{now:yyyyMMdd'T'HHmmss}-{Environment.ProcessId}.log");
            File.WriteAllText(path, $"{now:O}\nsupervision {string.Join(' ', args)}\n\n{exception}\n");
            where = $"details in {path}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The log is a convenience; failing to write it must not turn the one line into a second crash.
            where = $"no log written ({e.Message})";
        }

        error.WriteLine($"internal error: {message} ({shown.GetType().Name}; {where})");
        return ExitCodes.InternalError;
    }
}
