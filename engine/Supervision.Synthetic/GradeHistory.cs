using Supervision.Model.Randomness;
using Supervision.Model.Registry;
using C = Supervision.Synthetic.CreditModel;

namespace Supervision.Synthetic;

/// <summary>
/// Yearly tax credit grades and public credit composite grades whose latest value is the recipe's; earlier years drift
/// around it. Some enterprises have none, so that the schema defaults (M and B) are exercised.
/// </summary>
internal static class GradeHistory
{
    private const int TaxYears = 3;
    private const int PublicYears = 2;

    public static void AddTax(CreditContext context, int[] choice, CreditCapabilities can, List<CreditRecord> records)
    {
        var random = context.Random;
        var registered = context.Enterprise.RegistrationDate;
        var grade = C.TaxGrades[choice[C.Tax]];
        if (grade == "M" && random.Bernoulli(0.3))
        {
            return; // no grade published: the default M applies
        }

        var latest = GradeCalendar.LatestTaxEvaluation(context.AsOf);
        var dates = Enumerable.Range(0, TaxYears).Select(k => latest.AddYears(k - TaxYears + 1)).Where(d => registered < d).ToList();
        for (var k = 0; k < dates.Count; k++)
        {
            var date = dates[k];
            var graded = registered < new DateOnly(date.Year - 1, 1, 1);
            var value = k == dates.Count - 1 ? grade : graded && can.TaxGraded ? Drift(random, grade, TaxNeighbours) : "M";
            var end = k == dates.Count - 1 ? (DateOnly?)null : dates[k + 1];
            records.Add(context.Record(CreditRecordType.TaxGrade, date, end, value, null,
                context.DocumentNo("营税信评", date.Year), LegalBases.Tax(date.Year - 1)));
        }
    }

    public static void AddPublic(CreditContext context, int[] choice, CreditCapabilities can, List<CreditRecord> records)
    {
        var random = context.Random;
        var registered = context.Enterprise.RegistrationDate;
        var grade = C.PublicGrades[choice[C.Public]];
        if (grade == "B" && random.Bernoulli(can.PublicGraded ? 0.15 : 0.5))
        {
            return; // not evaluated: the default B applies
        }

        var latest = GradeCalendar.LatestPublicEvaluation(context.AsOf);
        var dates = Enumerable.Range(0, PublicYears).Select(k => latest.AddYears(k - PublicYears + 1))
            .Where(d => registered < d.AddMonths(-6)).ToList();
        if (dates.Count == 0 && registered < latest)
        {
            dates.Add(latest);
        }

        for (var k = 0; k < dates.Count; k++)
        {
            var value = k == dates.Count - 1 ? grade : Drift(random, grade, PublicNeighbours);
            var end = k == dates.Count - 1 ? (DateOnly?)null : dates[k + 1];
            records.Add(context.Record(CreditRecordType.PublicCredit, dates[k], end, value, null,
                context.DocumentNo("辽信用评", dates[k].Year), LegalBases.PublicCredit));
        }
    }

    private static string Drift(SeededRandom random, string grade, IReadOnlyDictionary<string, string[]> neighbours)
        => random.Bernoulli(0.6) ? grade : random.Pick(neighbours[grade]);

    private static readonly Dictionary<string, string[]> TaxNeighbours = new(StringComparer.Ordinal)
    {
        ["A"] = ["B"], ["B"] = ["A", "M"], ["M"] = ["B"], ["C"] = ["B", "D"], ["D"] = ["C"],
    };

    private static readonly Dictionary<string, string[]> PublicNeighbours = new(StringComparer.Ordinal)
    {
        ["A"] = ["B"], ["B"] = ["A", "C"], ["C"] = ["B", "D"], ["D"] = ["C"],
    };
}
