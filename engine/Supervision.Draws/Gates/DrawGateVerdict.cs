namespace Supervision.Draws.Gates;

/// <summary>The gates' decision: passed, or refused with one line per reason.</summary>
public sealed record DrawGateVerdict(IReadOnlyList<string> Refusals)
{
    /// <summary>How the message of a refused night or draw begins.</summary>
    public const string Prefix = "input gate refused the draw; nothing was drawn or claimed";

    public bool Passed => Refusals.Count == 0;

    /// <summary>The message for the operator and the audit log: the prefix, then each reason on a line of its own.</summary>
    public string Message => Passed ? "" : Prefix + ":\n" + string.Join('\n', Refusals.Select(r => "  - " + r))
        + "\nfix the input(s) and run the same command again: a refused night is planned afresh from the inputs as they are then";
}
