using Supervision.Application.Nightly;
using Supervision.Draws.Gates;
using Supervision.Service.Security;
using Supervision.Storage.Accounts;

namespace Supervision.Service;

/// <summary>
/// The service's configuration, section <c>Supervision</c> of the configuration file (<c>--config</c>, JSON) overlaid by
/// environment variables <c>SUPERVISION_</c>…, e.g. <c>SUPERVISION_Supervision__Cron</c>; the database may also come
/// from <c>SUPERVISION_DB</c>.
/// </summary>
internal sealed class ServiceOptions
{
    public const string Section = "Supervision";

    /// <summary>PostgreSQL connection string (the password never appears in a page, a log line or a health answer).</summary>
    public string? Database { get; set; }

    /// <summary>Where the service listens, e.g. <c>http://127.0.0.1:8080</c>.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:8080";

    /// <summary>Directory with enterprises.csv and the other input files.</summary>
    public string Data { get; set; } = "data-samples";

    /// <summary>Bundle directory, or a publication store (the bundle in force there is read each night).</summary>
    public string Rules { get; set; } = "rules";

    /// <summary>The working-day calendar; default &lt;Rules&gt;/calendar/cn-working-days.csv.</summary>
    public string? Calendar { get; set; }

    /// <summary>
    /// The service's own files: each night's intake of the results confirmed in the web service (results-intake/: the
    /// decisions, the first-violation ledger, the data directory with the results fed back, which the night reads).
    /// </summary>
    public string Work { get; set; } = "supervision-work";

    /// <summary>Five cron fields in Asia/Shanghai time.</summary>
    public string Cron { get; set; } = "30 2 * * *";

    public int ChunkSize { get; set; } = 1000;

    /// <summary>Hangfire worker threads in the service (0: the service only schedules; `supervision worker` processes work).</summary>
    public int Workers { get; set; } = Environment.ProcessorCount;

    /// <summary>MiB of resident memory above which the service gives back its garbage while jobs run (0: never).</summary>
    public int MemoryBudgetMiB { get; set; } = (int)(NightlySettings.DefaultMemoryBudget >> 20);

    /// <summary>When repeated wrong passwords lock an account (default 5 failures, 15 minutes).</summary>
    public LockoutPolicy Lockout { get; set; } = new();

    /// <summary>A session ends after this long without a request (sliding: each request renews it).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The input gates: when the night's inputs are too broken to draw from (see DrawGate).</summary>
    public DrawGateThresholds Gates { get; set; } = new();

    /// <summary>
    /// The draw desk of prepared nights (commit, then reveal; see <c>supervision nightly --draw-desk</c>), or null for
    /// nights that draw at once with a fresh seed. Every worker of the service's nights must be given the same desk.
    /// </summary>
    public string? DrawDesk { get; set; }

    /// <summary>With <see cref="DrawDesk"/>: the public random value each draw takes, named with <c>{date}</c> for the day after the draw date.</summary>
    public string? PublicRandomness { get; set; }

    /// <summary>How the service logs on the console: <c>console</c> (one line per event) or <c>json</c> (one JSON object per line).</summary>
    public string LogFormat { get; set; } = JobLogging.ConsoleFormat;

    /// <summary>Sign-in throttling: lockout after repeated failures, and how many password checks run at once.</summary>
    public SignInThrottleOptions SignIn { get; set; } = new();
}
