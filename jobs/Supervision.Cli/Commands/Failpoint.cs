namespace Supervision.Cli.Commands;

/// <summary>
/// Fault injection for the crash tests: when the environment variable <see cref="Variable"/> names a point, the
/// process announces it on stderr and blocks there for good, so that a test can kill it with SIGKILL at exactly that
/// step. Unset (as in production), every point is a no-op.
/// </summary>
internal static class Failpoint
{
    public const string Variable = "SUPERVISION_FAILPOINT";

    public static void Reach(string point)
    {
        if (Environment.GetEnvironmentVariable(Variable) != point)
        {
            return;
        }

        Console.Error.WriteLine($"failpoint {point} reached");
        Console.Error.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
