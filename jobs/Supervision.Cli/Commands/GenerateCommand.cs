using System.CommandLine;

namespace Supervision.Cli.Commands;

/// <summary>`supervision generate`: a synthetic population from a seed.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var command = new Command("generate", "Generate a synthetic population of N enterprises from a seed (for tests and benchmarks).\n" + ExitCodes.Help);
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("generate is being wired to the synthetic generator");
            return ExitCodes.Usage;
        });
        return command;
    }
}
