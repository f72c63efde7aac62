using Supervision.Storage.Changes;

namespace Supervision.Application.Bundles;

/// <summary>What the draft's page shows: the draft, what it changes, the files to edit, and its checks as they stand.</summary>
/// <param name="Draft">The draft.</param>
/// <param name="Changes">Its files that differ from the bundle in force, in path order.</param>
/// <param name="Tables">The CSV tables (tables/*.csv), edited as grids.</param>
/// <param name="Plans">The plans (plans/*.yaml), edited field by field.</param>
/// <param name="Tests">The rule and plan tests (tests/*.yaml, plans/tests/*.yaml), edited as text.</param>
/// <param name="OtherFiles">Every other text file, edited as text.</param>
/// <param name="BaseMoved">Whether another bundle came into force since the draft was started (its changes are then against the new one).</param>
/// <param name="CheckReport">The checks' report (<see cref="BundleChanges.Check"/>).</param>
/// <param name="ChecksPassed">Whether they all passed.</param>
public sealed record DraftOverview(
    ChangeDraft Draft,
    IReadOnlyList<DraftFileChange> Changes,
    IReadOnlyList<string> Tables,
    IReadOnlyList<string> Plans,
    IReadOnlyList<string> Tests,
    IReadOnlyList<string> OtherFiles,
    bool BaseMoved,
    string CheckReport,
    bool ChecksPassed);
