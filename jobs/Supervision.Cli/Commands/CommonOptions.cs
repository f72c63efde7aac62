using System.CommandLine;
using System.Globalization;

namespace Supervision.Cli.Commands;

/// <summary>Options several verbs share, with the same names and defaults everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Rules() => new("--rules")
    {
        Description = "rule bundle directory",
        DefaultValueFactory = _ => "rules",
    };

    /// <summary>The plan files of a draw; default every plan of the bundle.</summary>
    public static Option<string[]> Plans() => new("--plan") { Description = "plan file(s); default: every rules/plans/*.yaml", AllowMultipleArgumentsPerToken = true };

    /// <summary>The working-day calendar; default the bundle's.</summary>
    public static Option<string?> Calendar() => new("--calendar") { Description = "working-day calendar; default: <rules>/calendar/cn-working-days.csv" };

    public static Option<string> Data() => new("--data")
    {
        Description = "directory with enterprises.csv, safety-indicators.csv, credit-records.csv, inspections.csv, inspectors.csv",
        DefaultValueFactory = _ => "data-samples",
    };

    /// <summary>The job processes' memory budget in MiB (see <c>MemoryGovernor</c>); 0 leaves memory to the collector alone.</summary>
    public static Option<int> MemoryBudget() => new("--memory-budget")
    {
        Description = "MiB of resident memory above which this process gives back its garbage while jobs run (0: never)",
        DefaultValueFactory = _ => (int)(Supervision.Application.Nightly.NightlySettings.DefaultMemoryBudget >> 20),
        Validators = { result => { if (result.GetValueOrDefault<int>() < 0) { result.AddError("--memory-budget must not be negative"); } } },
    };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "as-of date (yyyy-MM-dd); default: today in Asia/Shanghai",
    };

    /// <summary>The as-of date: given, or today in the zone's time zone (the only clock read, at the host edge).</summary>
    public static DateOnly ResolveAsOf(string? text, TimeProvider clock)
    {
        if (text is not null)
        {
            return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), shanghai).DateTime);
    }

    /// <summary>
    /// The as-of dates a verb accepts. Look-backs, periods and deadlines are computed from the as-of date; at the ends
    /// of the calendar (0001-01-01, 9999-12-31) that arithmetic overflows, so the date is refused where it is typed.
    /// </summary>
    public static readonly DateOnly EarliestAsOf = new(1900, 1, 1);

    /// <inheritdoc cref="EarliestAsOf"/>
    public static readonly DateOnly LatestAsOf = new(2999, 12, 31);

    public static bool TryAsOf(string? text, TimeProvider clock, out DateOnly asOf)
    {
        try
        {
            asOf = ResolveAsOf(text, clock);
            if (asOf < EarliestAsOf || asOf > LatestAsOf)
            {
                Console.Error.WriteLine($"--as-of '{text}' is outside {EarliestAsOf:yyyy-MM-dd}…{LatestAsOf:yyyy-MM-dd}, the dates this system computes with");
                return false;
            }

            return true;
        }
        catch (FormatException)
        {
            Console.Error.WriteLine($"--as-of '{text}' is not a date; use yyyy-MM-dd, e.g. 2026-11-27");
            asOf = default;
            return false;
        }
    }
}
