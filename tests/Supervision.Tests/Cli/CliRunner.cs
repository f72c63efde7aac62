namespace Supervision.Tests.Cli;

/// <summary>Runs the real command tree in-process with a fixed clock, capturing stdout and stderr.</summary>
internal static class CliRunner
{
    private static readonly Lock ConsoleLock = new();
    private static int runs;

    /// <remarks>
    /// Each run has a draw ledger of its own (a fresh <c>SUPERVISION_LEDGER</c>), as a fresh machine would, unless the
    /// arguments name one with <c>--ledger</c>: tests that hold one draw per plan and period give theirs.
    /// </remarks>
    public static (int ExitCode, string Out, string Error) Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Runs with <paramref name="input"/> as standard input (null: the process's own).</summary>
    public static (int ExitCode, string Out, string Error) RunWithInput(string? input, params string[] args)
    {
        lock (ConsoleLock)
        {
            var ledger = Path.Combine(Path.GetTempPath(), $"supervision-ledger-{Environment.ProcessId}-{Interlocked.Increment(ref runs)}");
            var oldLedger = Environment.GetEnvironmentVariable(Supervision.Data.Draws.DrawLedger.EnvironmentVariable);
            Environment.SetEnvironmentVariable(Supervision.Data.Draws.DrawLedger.EnvironmentVariable, ledger);
            var (oldOut, oldError, oldIn) = (Console.Out, Console.Error, Console.In);
            using var output = new StringWriter();
            using var error = new StringWriter();
            Console.SetOut(output);
            Console.SetError(error);
            if (input is not null)
            {
                Console.SetIn(new StringReader(input));
            }

            try
            {
                var code = Supervision.Cli.Commands.Cli.Run(args, new FixedClock());
                return (code, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
                Console.SetIn(oldIn);
                Environment.SetEnvironmentVariable(Supervision.Data.Draws.DrawLedger.EnvironmentVariable, oldLedger);
                if (Directory.Exists(ledger))
                {
                    Directory.Delete(ledger, recursive: true);
                }
            }
        }
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);
    }
}
