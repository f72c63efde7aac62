using System.CommandLine;
using Supervision.Data.Draws;

namespace Supervision.Cli.Commands;

/// <summary>
/// The draw desk of prepared nights (commit, then reveal) as options of every verb that runs nightly jobs (`nightly`,
/// `worker`): every process of a night must be given the same desk, as it is given the same data and plans.
/// </summary>
internal sealed class DrawDeskOptions
{
    public Option<string?> Directory { get; } = new("--draw-desk")
    {
        Description = "prepare each night's draw on this desk instead of drawing with a seed (commit, then reveal): the night publishes its preparation "
            + "(preparations/<draw id>/preparation-notice.html) with the departments' commitments for the date (commitments/<department>.csv, from `draw share --dates`); "
            + "the draw is made when a later night starts and finds public-values/<next day>.txt and shares/<date>/<department>.share there",
    };

    public Option<string?> PublicRandomness { get; } = new("--public-randomness")
    {
        Description = $"with --draw-desk: names the public random value each draw takes, with {DrawDesk.DatePlaceholder} for the day after the draw date "
            + "(e.g. \"中国福利彩票快乐8 {date} 开奖号码，按开奖顺序，空格分隔\")",
    };

    public IEnumerable<Option> All => [Directory, PublicRandomness];

    /// <summary>The desk, or null when none is given; false (with the problem on standard error) when the options are wrong.</summary>
    public bool TryRead(ParseResult parse, out DrawDesk? desk)
    {
        ArgumentNullException.ThrowIfNull(parse);
        desk = null;
        var directory = parse.GetValue(Directory);
        var template = parse.GetValue(PublicRandomness);
        if ((directory is null) != (template is null))
        {
            Console.Error.WriteLine("--draw-desk and --public-randomness go together: a prepared night names the public value its draw will take");
            return false;
        }

        if (directory is null)
        {
            return true;
        }

        try
        {
            desk = new DrawDesk(directory, template!);
            return true;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"--public-randomness '{template}': {e.Message.Split(" (Parameter", 2)[0]}");
            return false;
        }
    }
}
