using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Supervision.Cli.Commands;

/// <summary>The standard help of any command, then the exit-code legend once (not repeated in every verb's description).</summary>
internal sealed class HelpWithExitCodes(HelpAction standard) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var result = standard.Invoke(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(ExitCodes.Help);
        return result;
    }
}
