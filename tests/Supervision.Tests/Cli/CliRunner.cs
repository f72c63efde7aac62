namespace Supervision.Tests.Cli;

/// <summary>Runs the real command tree in-process with a fixed clock, capturing stdout and stderr.</summary>
internal static class CliRunner
{
    private static readonly Lock ConsoleLock = new();

    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        lock (ConsoleLock)
        {
            var (oldOut, oldError) = (Console.Out, Console.Error);
            using var output = new StringWriter();
            using var error = new StringWriter();
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var code = Supervision.Cli.Commands.Cli.Run(args, new FixedClock());
                return (code, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
            }
        }
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);
    }
}
