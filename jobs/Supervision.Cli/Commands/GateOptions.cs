using System.CommandLine;
using System.Globalization;
using Supervision.Draws.Gates;

namespace Supervision.Cli.Commands;

/// <summary>
/// The input gates' thresholds as options of every verb that draws (`draw`, `nightly`, `worker`): the same names,
/// defaults and checks everywhere. See <see cref="DrawGate"/>.
/// </summary>
internal sealed class GateOptions
{
    private static readonly DrawGateThresholds Defaults = new();

    public Option<double> MinAcceptedShare { get; } = Share("--min-accepted-share",
        "refuse to draw when a smaller share of any input file's data rows is accepted", Defaults.MinAcceptedShare);

    public Option<double> MaxRegistryDrop { get; } = Share("--max-registry-drop",
        "refuse to draw when the registry's accepted enterprises fall by more than this share against the previous completed night", Defaults.MaxRegistryDrop);

    public Option<double> MinStaffedShare { get; } = Share("--min-staffed-share",
        "refuse to draw when the inspector directory can staff a smaller share of the drawn tasks", Defaults.MinStaffedShare);

    public IEnumerable<Option> All => [MinAcceptedShare, MaxRegistryDrop, MinStaffedShare];

    public DrawGateThresholds Read(ParseResult parse) => new()
    {
        MinAcceptedShare = parse.GetValue(MinAcceptedShare),
        MaxRegistryDrop = parse.GetValue(MaxRegistryDrop),
        MinStaffedShare = parse.GetValue(MinStaffedShare),
    };

    private static Option<double> Share(string name, string description, double defaultValue) => new(name)
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"{description} (a share from 0 to 1; default {defaultValue})"),
        DefaultValueFactory = _ => defaultValue,
        Validators =
        {
            result =>
            {
                var value = result.GetValueOrDefault<double>();
                if (!(value is >= 0 and <= 1))
                {
                    result.AddError($"{name} must be a share from 0 to 1, not {value.ToString(CultureInfo.InvariantCulture)}");
                }
            },
        },
    };
}
