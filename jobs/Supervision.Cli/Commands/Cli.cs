using System.CommandLine;
using System.CommandLine.Help;

namespace Supervision.Cli.Commands;

/// <summary>The `supervision` command tree.</summary>
internal static class Cli
{
    /// <summary>
    /// Parses and runs one command line. Expected bad input is reported by the verbs with its location; anything that
    /// still escapes is reported by <see cref="InternalError"/> as one line, never as a stack trace.
    /// </summary>
    public static int Run(string[] args, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        try
        {
            return Build(clock).Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return InternalError.Report(e, args, clock, Console.Error);
        }
    }

    public static RootCommand Build(TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var root = new RootCommand(
            "Supervision — 安全信用双评估与双随机抽查 (risk-based random inspection for the Yingkou Area of the Liaoning Pilot FTZ).");
        root.Subcommands.Add(ScoreCommand.Create(clock));
        root.Subcommands.Add(ExplainCommand.Create(clock));
        root.Subcommands.Add(RulesCommand.Create(clock));
        root.Subcommands.Add(DrawCommand.Create(clock));
        root.Subcommands.Add(NightlyCommand.Create(clock));
        root.Subcommands.Add(WorkerCommand.Create(clock));
        root.Subcommands.Add(ServeCommand.Create(clock));
        root.Subcommands.Add(ResultsCommand.Create(clock));
        root.Subcommands.Add(ChangesCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(DbCommand.CreateDb(clock));
        root.Subcommands.Add(MlCommand.Create(clock));
        root.Subcommands.Add(AuditCommand.Create(clock));
        root.Subcommands.Add(UsersCommand.Create(clock));
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(CreditCommand.Create());

        // The exit-code legend is printed once, after the help of whichever command was asked for.
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExitCodes((HelpAction)help.Action!);
        return root;
    }
}
