namespace Supervision.Cli.Commands;

/// <summary>Exit codes shared by every verb (documented in --help and the README).</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and evaluated.</summary>
    public const int Ok = 0;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 1;

    /// <summary>The rule bundle has errors; nothing was scored.</summary>
    public const int InvalidBundle = 2;

    /// <summary>An input file or directory is missing or unreadable.</summary>
    public const int MissingInput = 3;

    /// <summary>The run completed, but some rows were rejected or some enterprises could not be evaluated.</summary>
    public const int CompletedWithProblems = 4;

    /// <summary>A rule test failed or could not run, or (when full coverage is required) a rule or table row is not covered.</summary>
    public const int TestsFailed = 5;

    /// <summary>A recomputed draw differs from its record.</summary>
    public const int VerificationFailed = 6;

    /// <summary>The nightly run did not complete: a job failed after its retries (what was done is kept; rerun to resume).</summary>
    public const int RunIncomplete = 8;

    /// <summary>An input gate refused the draw (empty or mostly rejected input, registry drop, inconsistent encoding, too few inspectors): nothing was drawn or claimed.</summary>
    public const int DrawRefused = 9;

    /// <summary>A bug or broken infrastructure: an exception no verb expected (one line on stderr, the details in a log file).</summary>
    public const int InternalError = 10;

    public const string Help = "exit codes: 0 ok · 1 usage · 2 invalid rule bundle, plan or calendar · 3 missing or unreadable input (a feature table with too many rejected rows is refused) · 4 done, but rows rejected, evaluations failed or tasks unassigned · 5 rule tests failed · 6 verification failed (draw, audit log) · 7 database unreachable · 8 nightly run incomplete (a job failed after its retries) · 9 draw refused by an input gate (nothing drawn or claimed; fix the input and run again) · 10 internal error (details in the log file named)";
}
