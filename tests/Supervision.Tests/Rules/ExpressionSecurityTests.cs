using System.Linq.Expressions;
using Supervision.Rules.Language;
using Supervision.Rules.Scoring;
using Supervision.Tests.Support;

namespace Supervision.Tests.Rules;

/// <summary>Conditions that try to escape the rule language are rejected with a diagnostic at their source position.</summary>
public sealed class ExpressionSecurityTests
{
    public static TheoryData<string> Attacks => new()
    {
        "System.IO.File.Delete(\"/etc/passwd\") == 1",
        "Type.GetType(\"System.IO.File\") == 1",
        "DateTime.Now.Year > 2000",
        "Environment.Exit(1) == 0",
        "GetType(\"System.IO.File\") == \"x\"",
        "new_business_form.GetType() == 1",
        new string('(', 200) + "lec_max > 1" + new string(')', 200),
        string.Join(" and ", Enumerable.Repeat("lec_max > 1", 400)),
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Compile_ForbiddenCondition_IsRejectedWithFileLineColumn(string condition)
    {
        using var bundle = new BundleCopy();
        bundle.Append("evaluation/safety.yaml", $"""
              - id: S-EVIL
                title: 恶意规则
                when: '{condition.Replace("'", "''", StringComparison.Ordinal)}'
                points: -1
                basis: 无
            """ + "\n");
        var lineOfWhen = File.ReadAllLines(Path.Combine(bundle.Directory, "evaluation/safety.yaml")).ToList().FindIndex(l => l.Contains("S-EVIL", StringComparison.Ordinal)) + 3;

        var (compiled, diagnostics) = bundle.Compile();

        Assert.Null(compiled);
        var error = Assert.Single(diagnostics, d => d.Location.File == "evaluation/safety.yaml");
        Assert.Equal(lineOfWhen, error.Location.Line);
        Assert.True(error.Location.Column > 0);
        Assert.StartsWith("SV1", error.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_TreeCallingFileDelete_IsRejected()
    {
        var fact = Expression.Parameter(typeof(DecisionFact), "f");
        var call = Expression.Call(typeof(File).GetMethod(nameof(File.Delete), [typeof(string)])!, Expression.Constant("x"));
        var lambda = Expression.Lambda<Func<DecisionFact, bool>>(Expression.Block(call, Expression.Constant(true)), fact);

        var violations = ExpressionValidator.Validate(lambda);

        Assert.NotEmpty(violations);
    }

    [Fact]
    public void Validator_TreeReadingDateTimeNow_IsRejected()
    {
        var fact = Expression.Parameter(typeof(DecisionFact), "f");
        var now = Expression.Property(null, typeof(DateTime).GetProperty(nameof(DateTime.Now))!);
        var lambda = Expression.Lambda<Func<DecisionFact, bool>>(
            Expression.GreaterThan(Expression.Property(now, nameof(DateTime.Year)), Expression.Constant(2000)), fact);

        var violations = ExpressionValidator.Validate(lambda);

        Assert.Contains(violations, v => v.Contains("MemberAccess", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_TreeCallingTypeGetType_IsRejected()
    {
        var fact = Expression.Parameter(typeof(DecisionFact), "f");
        var call = Expression.Call(typeof(Type).GetMethod(nameof(Type.GetType), [typeof(string)])!, Expression.Constant("System.IO.File"));
        var lambda = Expression.Lambda<Func<DecisionFact, bool>>(Expression.Equal(call, Expression.Constant(null, typeof(Type))), fact);

        var violations = ExpressionValidator.Validate(lambda);

        Assert.Contains(violations, v => v.Contains("System.Type.GetType", StringComparison.Ordinal));
    }

    [Fact]
    public void Validator_EveryShippedCondition_IsAccepted()
    {
        foreach (var element in ShippedBundle.Bundle.Elements)
        {
            Assert.Empty(ExpressionValidator.Validate(element.Condition));
        }
    }
}
