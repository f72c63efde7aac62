using Supervision.Model.Randomness;
using Supervision.Model.Registry;

namespace Supervision.Synthetic;

/// <summary>What the credit record builders need to know about one enterprise.</summary>
/// <param name="Random">The enterprise's credit stream.</param>
/// <param name="Enterprise">The enterprise.</param>
/// <param name="Profile">Its risk profile.</param>
/// <param name="AsOf">The as-of date.</param>
internal sealed record CreditContext(SeededRandom Random, Enterprise Enterprise, RiskProfile Profile, DateOnly AsOf)
{
    private readonly HashSet<string> _documentNumbers = new(StringComparer.Ordinal);

    /// <summary>The first day a decision against the enterprise can be dated.</summary>
    public DateOnly Earliest => Enterprise.RegistrationDate.AddDays(CreditCapabilities.FirstDecisionDays);

    /// <summary>A document number 营自贸{abbr}〔year〕n号 not yet used for this enterprise.</summary>
    public string DocumentNo(string prefix, int year)
    {
        while (true)
        {
            var number = $"{prefix}〔{year}〕{Random.NextInt(1, 1500)}号";
            if (_documentNumbers.Add(number))
            {
                return number;
            }
        }
    }

    /// <summary>Applications to leave a list drawn for the enterprise (credit-repairs.csv), in the order drawn.</summary>
    public List<ListApplication> Applications { get; } = [];

    public CreditRecord Record(CreditRecordType type, DateOnly start, DateOnly? end, string? grade, decimal? amount, string documentNo, string basis)
        => new(Enterprise.Uscc, type, start, end, grade, amount, documentNo, basis);
}
