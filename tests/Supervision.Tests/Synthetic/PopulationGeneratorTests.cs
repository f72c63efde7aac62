using Supervision.Model.Indicators;
using Supervision.Model.Registry;
using Supervision.Synthetic;

namespace Supervision.Tests.Synthetic;

public sealed class PopulationGeneratorTests
{
    private static readonly DateOnly AsOf = Populations.SampleAsOf;

    [Fact]
    public void Enterprises_SameOptions_SameRecords()
    {
        var first = new PopulationGenerator(Options(300, 5)).Enterprises().Select(Describe).ToList();

        var second = new PopulationGenerator(Options(300, 5)).Enterprises().Select(Describe).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Enterprises_DifferentSeed_DifferentRecords()
    {
        var first = new PopulationGenerator(Options(50, 5)).Enterprises().Select(Describe).ToList();

        var second = new PopulationGenerator(Options(50, 6)).Enterprises().Select(Describe).ToList();

        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public void Generate_AnyIndex_EqualsStreamedEnterpriseAtThatPosition()
    {
        var streamed = new PopulationGenerator(Options(120, 9)).Enterprises().ToList();
        var generator = new PopulationGenerator(Options(120, 9));

        var picked = new[] { 119, 0, 57 }.Select(i => Describe(generator.Generate(i))).ToList();

        Assert.Equal(new[] { 119, 0, 57 }.Select(i => Describe(streamed[i])), picked);
    }

    [Fact]
    public void Generate_MillionEnterprises_LastOneWithoutGeneratingTheOthers()
    {
        var generator = new PopulationGenerator(Options(1_000_000, 20261127));

        var last = generator.Generate(999_999);

        Assert.True(Uscc.IsValid(last.Enterprise.Uscc));
        Assert.Equal(50_000, generator.Inspectors.Count);
    }

    [Theory]
    [InlineData(-1, 0.0)]
    [InlineData(SyntheticOptions.MaxCount + 1, 0.0)]
    [InlineData(10, -0.1)]
    [InlineData(10, 1.1)]
    public void Constructor_OutOfRange_Throws(int count, double missingShare)
    {
        var options = Options(count, 1) with { MissingShare = missingShare };

        Assert.Throws<ArgumentOutOfRangeException>(() => new PopulationGenerator(options));
    }

    [Fact]
    public void Constructor_RepeatedColumn_Throws()
    {
        IndicatorColumn[] columns = [new("lec_max", IndicatorType.Number, [], 0, null), new("LEC_MAX", IndicatorType.Number, [], 0, null)];

        Assert.Throws<ArgumentException>(() => new PopulationGenerator(new SyntheticOptions(10, 1, AsOf, columns)));
    }

    [Fact]
    public void Generate_IndexOutsidePopulation_Throws()
    {
        var generator = new PopulationGenerator(Options(10, 1));

        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate(10));
    }

    [Fact]
    public void Sample_EveryUscc_ValidAndUnique()
    {
        var codes = Populations.Sample.Select(g => g.Enterprise.Uscc).ToList();

        Assert.All(codes, code => Assert.Null(Uscc.Validate(code)));
        Assert.All(codes, code => Assert.StartsWith("912108", code, StringComparison.Ordinal));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Sample_Names_UniqueAndChinese()
    {
        var names = Populations.Sample.Select(g => g.Enterprise.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.EndsWith("公司", n, StringComparison.Ordinal));
    }

    [Fact]
    public void Sample_Registry_HasTheAimedShares()
    {
        var enterprises = Populations.Sample.Select(g => g.Enterprise).ToList();

        Assert.InRange(Share(enterprises, e => e.Status == OperatingStatus.Operating), 0.93, 0.97);
        Assert.InRange(Share(enterprises, e => e.Status == OperatingStatus.Dormant), 0.02, 0.04);
        Assert.InRange(Share(enterprises, e => e.Status == OperatingStatus.Revoked), 0.004, 0.02);
        Assert.InRange(Share(enterprises, e => e.Status == OperatingStatus.Deregistered), 0.004, 0.02);
        Assert.InRange(Share(enterprises, e => e.NewBusinessForm), 0.05, 0.075);
        Assert.InRange(Share(enterprises, e => e.RegistrationDate > AsOf.AddMonths(-24)), 0.065, 0.095);
        Assert.All(enterprises, e => Assert.InRange(e.RegistrationDate, new DateOnly(1995, 1, 1), AsOf));
        Assert.All(enterprises, e => Assert.Matches("^[A-T][0-9]{4}$", e.IndustryCode));
        Assert.All(enterprises, e => Assert.Contains(new ZoneGrid(e.Grid, e.District), Zone.Regions.Single(r => r.Name == e.Region).Grids));
        Assert.InRange(enterprises.Select(e => e.IndustryCode).Distinct().Count(), 20, 40);
    }

    [Fact]
    public void Sample_IntendedClasses_NearDandongMix()
    {
        var intended = Populations.Sample.Select(g => g.Intended).ToList();

        Assert.InRange(Share(intended, i => i.CreditClass == "A"), 0.625, 0.685);
        Assert.InRange(Share(intended, i => i.CreditClass == "B"), 0.225, 0.275);
        Assert.InRange(Share(intended, i => i.CreditClass == "C"), 0.065, 0.095);
        Assert.InRange(Share(intended, i => i.CreditClass == "D"), 0.008, 0.024);
        Assert.InRange(Share(intended, i => i.Blacklisted), 0.001, 0.008);
    }

    [Fact]
    public void Sample_SafetyScores_PileUpOnBandEdges()
    {
        var scores = Populations.Sample.Where(g => g.Intended.DirectRed is null).Select(g => g.Intended.SafetyScore).ToList();

        foreach (var edge in new[] { 59, 60, 74, 75, 89, 90 })
        {
            Assert.True(scores.Count(s => s == edge) >= 15, $"only {scores.Count(s => s == edge)} scores of {edge}");
        }

        Assert.Contains(Populations.Sample, g => g.Intended.DirectRed is not null && g.Intended.SafetyScore >= 60);
        Assert.All(Populations.Sample.Where(g => g.Intended.DirectRed is not null), g => Assert.Equal("红", g.Intended.SafetyLevel));
    }

    [Fact]
    public void Sample_DirectRed_RareAndMostlyChemical()
    {
        var chemical = Populations.Sample.Where(g => g.Intended.Profile == RiskProfile.HazardousChemicals).ToList();
        var red = Populations.Sample.Where(g => g.Intended.DirectRed is not null).ToList();

        Assert.InRange(Share(chemical, g => g.Intended.DirectRed is not null), 0.003, 0.04);
        Assert.InRange(red.Count, 2, 40);
    }

    [Theory]
    [InlineData(SafetyValues.LecMax, new[] { 20.0, 70, 160, 320 })]
    [InlineData(SafetyValues.SafetyTrainingRate, new[] { 0.7, 0.9, 0.699, 0.899 })]
    [InlineData(SafetyValues.GeneralHiddenHazardsOpen, new[] { 0.0, 4, 5, 9, 10 })]
    [InlineData(SafetyValues.MajorHazardSources, new[] { 0.0, 1, 2, 3 })]
    [InlineData(SafetyValues.YearsWithoutAccident, new[] { 4.0, 5 })]
    public void Sample_SafetyValues_SitOnRuleThresholds(string column, double[] thresholds)
    {
        var values = Populations.Sample.Select(g => g.SafetyValues[Populations.Column(column)]).OfType<double>().ToList();

        Assert.All(thresholds, t => Assert.True(values.Count(v => v == t) >= 5, $"{column} = {t}: {values.Count(v => v == t)}"));
    }

    [Fact]
    public void Sample_SafetyValues_AlignedWithColumnsAndFilled()
    {
        var columns = Repository.SafetyColumns;

        Assert.All(Populations.Sample, g => Assert.Equal(columns.Count, g.SafetyValues.Length));
        Assert.All(Populations.Sample, g => Assert.All(g.SafetyValues, v => Assert.IsType<double>(v)));
        Assert.All(Populations.Sample, g => Assert.All(columns.Zip(g.SafetyValues),
            p => Assert.InRange((double)p.Second!, p.First.Min ?? double.MinValue, p.First.Max ?? double.MaxValue)));
    }

    [Fact]
    public void Generate_UnknownColumns_GetPlausibleValuesOfTheirType()
    {
        IndicatorColumn[] columns =
        [
            new("lec_max", IndicatorType.Number, [], 0, null),
            new("hazard_score", IndicatorType.Number, [], 0, 100),
            new("permits", IndicatorType.Integer, [], 0, 3),
            new("has_sprinklers", IndicatorType.Boolean, [], null, null),
            new("last_audit", IndicatorType.Date, [], null, null),
            new("size", IndicatorType.Enum, ["small", "large"], null, null),
            new("note", IndicatorType.Text, [], null, null),
        ];
        var generator = new PopulationGenerator(new SyntheticOptions(200, 3, AsOf, columns));

        var rows = generator.Enterprises().Select(g => g.SafetyValues).ToList();

        Assert.All(rows, r => Assert.InRange(Assert.IsType<double>(r[1]), 0, 100));
        Assert.All(rows, r => Assert.InRange(Assert.IsType<double>(r[2]), 0, 3));
        Assert.All(rows, r => Assert.Contains(Assert.IsType<double>(r[3]), new[] { 0.0, 1.0 }));
        Assert.All(rows, r => Assert.InRange(Assert.IsType<DateOnly>(r[4]), AsOf.AddYears(-3), AsOf));
        Assert.All(rows, r => Assert.Contains(Assert.IsType<string>(r[5]), new[] { "small", "large" }));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(Assert.IsType<string>(r[6]))));
        Assert.True(rows.Select(r => r[1]).Distinct().Count() > 50);
    }

    [Fact]
    public void Generate_ExtraColumn_LeavesKnownValuesUnchanged()
    {
        IndicatorColumn[] extra = [.. Repository.SafetyColumns, new("hazard_score", IndicatorType.Number, [], 0, 100)];
        var plain = new PopulationGenerator(Options(100, 4)).Enterprises().ToList();

        var widened = new PopulationGenerator(new SyntheticOptions(100, 4, AsOf, extra)).Enterprises().ToList();

        Assert.All(plain.Zip(widened), p => Assert.Equal(p.First.SafetyValues, p.Second.SafetyValues[..^1]));
    }

    [Fact]
    public void Generate_MissingShare_LeavesTrainingRateEmptyForThatShare()
    {
        var options = Options(2000, 8) with { MissingShare = 0.05 };
        var training = Populations.Column(SafetyValues.SafetyTrainingRate);

        var generated = new PopulationGenerator(options).Enterprises().ToList();

        var missing = generated.Where(g => g.SafetyValues[training] is null).ToList();
        Assert.InRange(missing.Count, 60, 140);
        Assert.All(missing, g => Assert.True(g.Intended.MissingValues));
        Assert.All(generated.Where(g => g.SafetyValues[training] is not null), g => Assert.False(g.Intended.MissingValues));
    }

    private static SyntheticOptions Options(int count, long seed) => new(count, seed, AsOf, Repository.SafetyColumns);

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) => (double)items.Count(predicate) / items.Count;

    /// <summary>Everything generated for an enterprise, as text, for equality.</summary>
    private static string Describe(GeneratedEnterprise g)
        => string.Join("|", g.Enterprise, string.Join(",", g.SafetyValues), string.Join(",", g.CreditRecords),
            string.Join(",", g.Inspections.Select(i => $"{i with { Inspectors = [], Items = [] }}{string.Join(";", i.Inspectors)}{string.Join(";", i.Items)}")),
            g.Intended);
}
