using Supervision.Model.Randomness;
namespace Supervision.Synthetic;

/// <summary>
/// Purposes of the independent random streams of one enterprise (see <see cref="SeededRandom.Derive"/>). The values are
/// part of the output contract: renumbering them changes every generated file.
/// </summary>
internal enum RandomStream : ulong
{
    Identity = 1,
    Target = 2,
    Safety = 3,
    Inspections = 4,
    Credit = 5,
    Inspectors = 6,
    Permutation = 7,
    ExtraColumn = 8,
    Complaints = 9,
    Approvals = 10,
}
