using System.Globalization;
using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using Supervision.Rules.Bundle;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Language;
using Supervision.Rules.Lists;
using Supervision.Rules.Scoring;

namespace Supervision.Rules.Compilation;

/// <summary>
/// Parses, type-checks and validates every condition of a bundle, then lowers each rule and table row to one NRules
/// rule (RuleBuilder). Returns null when any error was found; the caller keeps whatever bundle it was using.
/// </summary>
public static class BundleCompiler
{
    public static CompiledBundle? Compile(RuleBundle bundle, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var catalog = new VariableCatalog(bundle.Manifest, bundle.Indicators);
        var listCatalog = ListVocabulary.Catalog(bundle.Manifest);
        var alertCatalog = Alerts.AlertVocabulary.Catalog(bundle.Manifest);
        var elements = new List<Element>();
        foreach (var rule in bundle.Rules.Where(r => r.Kind is not (EvaluationKind.List or EvaluationKind.Alert)))
        {
            var phase = rule.Kind == EvaluationKind.Regime ? Phase.Regime : Phase.Evaluation;
            if (BindRule(rule, catalog, phase, diagnostics) is { } bound)
            {
                elements.Add(NewElement(elements.Count, rule.Id, ElementKind.Rule, phase, rule, null, null, bound.Lambda, bound.Reads));
            }
        }

        foreach (var table in bundle.Tables)
        {
            var phase = table.Outputs.Select(TableOutputs.PhaseOf).First() ?? Phase.Ratio;
            CheckRatios(table, bundle.Manifest, diagnostics);
            foreach (var row in table.Rows)
            {
                var (lambda, reads) = BindRow(table, row, catalog);
                Validate(lambda, row.Location, diagnostics);
                elements.Add(NewElement(elements.Count, row.Id, ElementKind.TableRow, phase, null, table, row, lambda, reads));
            }
        }

        // List rules last, so that the scoring rules keep their indices whatever list rules a bundle has.
        foreach (var rule in bundle.Rules.Where(r => r.Kind == EvaluationKind.List))
        {
            if (BindRule(rule, listCatalog, Phase.Evaluation, diagnostics) is { } bound)
            {
                elements.Add(NewElement(elements.Count, rule.Id, ElementKind.Rule, Phase.Lists, rule, null, null, bound.Lambda, bound.Reads));
            }
        }

        // Alert rules after them, for the same reason.
        foreach (var rule in bundle.Rules.Where(r => r.Kind == EvaluationKind.Alert))
        {
            if (BindRule(rule, alertCatalog, Phase.Evaluation, diagnostics) is { } bound)
            {
                elements.Add(NewElement(elements.Count, rule.Id, ElementKind.Rule, Phase.Alerts, rule, null, null, bound.Lambda, bound.Reads));
            }
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        var scoring = Lower([.. elements.Where(e => e.Phase < Phase.Count)], diagnostics);
        var listElements = elements.Where(e => e.Phase == Phase.Lists).ToList();
        var lists = listElements.Count == 0 ? null : Lower(listElements, diagnostics, listCatalog.Get(ListVocabulary.List).Slot);
        var alertElements = elements.Where(e => e.Phase == Phase.Alerts).ToList();
        var alerts = alertElements.Count == 0 ? null : Lower(alertElements, diagnostics);
        return scoring is null || (listElements.Count > 0 && lists is null) || (alertElements.Count > 0 && alerts is null)
            ? null
            : new CompiledBundle(bundle, new FactLayout(catalog, bundle.Indicators), elements, scoring)
            {
                ListLayout = new FactLayout(listCatalog, ListVocabulary.Definitions),
                ListSessionFactory = lists,
                AlertLayout = new FactLayout(alertCatalog, Alerts.AlertVocabulary.Definitions(bundle.Manifest)),
                AlertSessionFactory = alerts,
            };
    }

    private static BoundCondition? BindRule(RuleSpec rule, VariableCatalog catalog, int phase, DiagnosticBag diagnostics)
    {
        try
        {
            var bound = Binder.Bind(rule.When, catalog, phase);
            foreach (var finding in NumberCheck.Run(Parser.Parse(rule.When), catalog))
            {
                var message = $"rule {rule.Id}: {finding.Message}";
                var location = rule.WhenLocation.Offset(finding.Offset);
                if (finding.Severity == DiagnosticSeverity.Error)
                {
                    diagnostics.Error(finding.Code, message, location);
                }
                else
                {
                    diagnostics.Warning(finding.Code, message, location);
                }
            }

            return Validate(bound.Lambda, rule.WhenLocation, diagnostics) ? bound : null;
        }
        catch (RuleLanguageException e)
        {
            diagnostics.Error("SV100", $"rule {rule.Id}: {e.Message}", rule.WhenLocation.Offset(e.Offset));
            return null;
        }
    }

    private static (Expression<Func<DecisionFact, bool>> Lambda, IReadOnlyList<string> Reads) BindRow(TableSpec table, TableRow row, VariableCatalog catalog)
    {
        var fact = Expression.Parameter(typeof(DecisionFact), "f");
        Expression body = Expression.Constant(true);
        var reads = new List<string>();
        for (var i = 0; i < table.Inputs.Count; i++)
        {
            if (row.Tests[i] is AnyCell)
            {
                continue;
            }

            var variable = catalog.Get(table.Inputs[i].Name);
            reads.Add(variable.Name);
            var cell = Binder.BindCell(row.Tests[i], variable);
            var test = new ParameterReplacer(cell.Parameters[0], fact).Visit(cell.Body)!;
            body = body is ConstantExpression ? test : Expression.AndAlso(body, test);
        }

        return (Expression.Lambda<Func<DecisionFact, bool>>(body, fact), reads);
    }

    private static void CheckRatios(TableSpec table, BundleManifest manifest, DiagnosticBag diagnostics)
    {
        var ratio = table.Outputs.ToList().IndexOf("ratio");
        var exempt = table.Outputs.ToList().IndexOf("exempt");
        if (ratio < 0)
        {
            return;
        }

        // Rows exempt with a ratio above zero are the table analysis' warning (SV069), which names the column.
        foreach (var row in table.Rows.Where(r => TableOutputs.ParseRatio(r.Outputs[ratio]) == 0))
        {
            RatioExemption.Check($"row {row.Id}", 0, exempt >= 0 && row.Outputs[exempt] == "true", "exempt=true", row.Location, diagnostics);
        }

        CheckFloor(table, ratio, manifest, diagnostics);
    }

    // Above zero but below the floor (0 % is the explicit exemption above): a warning naming the categories no written
    // exemption covers.
    private static void CheckFloor(TableSpec table, int ratio, BundleManifest manifest, DiagnosticBag diagnostics)
    {
        var floor = manifest.RatioFloor;
        var category = table.Inputs.ToList().FindIndex(i => i.Name == VariableCatalog.Category);
        foreach (var row in table.Rows)
        {
            var value = TableOutputs.ParseRatio(row.Outputs[ratio]);
            if (value <= 0 || value >= floor.Minimum)
            {
                continue;
            }

            var categories = category >= 0 && row.Tests[category] is ValueSetCell { Negated: false } cell
                ? cell.Values
                : category >= 0 && row.Tests[category] is ValueSetCell { Negated: true } negated
                    ? [.. manifest.Categories.Except(negated.Values, StringComparer.Ordinal)]
                    : manifest.Categories;
            var uncovered = categories.Where(c => !floor.Exemptions.ContainsKey(c)).ToList();
            if (uncovered.Count > 0)
            {
                var below = string.Create(CultureInfo.InvariantCulture,
                    $"row {row.Id}: ratio {value:0.##%} for {string.Join(", ", uncovered)} is below the {floor.Minimum:0.##%} floor ({floor.Basis})");
                diagnostics.Warning("SV088", below + "; raise it, or exempt the category with its reason under ratio_floor.exempt in bundle.yaml", row.Location);
            }
        }
    }

    private static bool Validate(LambdaExpression lambda, SourceLocation location, DiagnosticBag diagnostics)
    {
        var violations = ExpressionValidator.Validate(lambda);
        foreach (var violation in violations)
        {
            diagnostics.Error("SV101", violation, location);
        }

        return violations.Count == 0;
    }

    private static Element NewElement(int index, string id, ElementKind kind, int phase, RuleSpec? rule, TableSpec? table, TableRow? row,
        Expression<Func<DecisionFact, bool>> condition, IReadOnlyList<string> reads)
        => new(index, id, kind, phase, rule, table, row, condition, reads, condition.CompileFast(ifFastFailedReturnNull: true) ?? condition.Compile());

    /// <param name="elements">The elements to lower into one session factory.</param>
    /// <param name="diagnostics">Where a compilation failure is reported.</param>
    /// <param name="listSlot">For list rules, the text slot of <c>list</c>: each rule then matches only listings of its list.</param>
    private static ISessionFactory? Lower(List<Element> elements, DiagnosticBag diagnostics, int? listSlot = null)
    {
        var definitions = elements.Select(e => Define(e, listSlot)).ToList();
        try
        {
            var compiler = new RuleCompiler { ExpressionCompiler = new FastCompiler() };
            return compiler.Compile(definitions);
        }
        catch (RuleCompilationException e)
        {
            var element = elements.FirstOrDefault(x => x.Id == e.RuleName);
            diagnostics.Error("SV102", $"NRules could not compile {e.RuleName}: {e.InnerException?.Message ?? e.Message}",
                element?.Location ?? SourceLocation.FileOnly("(bundle)"));
            return null;
        }
    }

    private static IRuleDefinition Define(Element element, int? listSlot)
    {
        var builder = new RuleBuilder();
        builder.Name(element.Id);
        builder.Description(element.Title);
        builder.Property("source", element.Location.ToString());
        builder.Property("basis", element.Basis);
        var fact = Expression.Parameter(typeof(DecisionFact), "f");
        var pattern = builder.LeftHandSide().Pattern(typeof(DecisionFact), "f");
        pattern.Condition(Expression.Lambda<Func<DecisionFact, bool>>(
            Expression.Equal(Expression.Property(fact, nameof(DecisionFact.Phase)), Expression.Constant(element.Phase)), fact));
        if (!element.Validity.IsAlways)
        {
            // In force on the as-of date: a trusted condition of ours, not regulator text.
            var (from, to) = element.Validity.DayRange;
            var asOf = Expression.Property(fact, nameof(DecisionFact.AsOfDay));
            pattern.Condition(Expression.Lambda<Func<DecisionFact, bool>>(
                Expression.AndAlso(Expression.GreaterThanOrEqual(asOf, Expression.Constant(from)), Expression.LessThanOrEqual(asOf, Expression.Constant(to))), fact));
        }

        if (listSlot is { } slot)
        {
            // A list rule matches only listings of its list: a trusted condition of ours, not regulator text.
            var list = Expression.ArrayIndex(Expression.Property(fact, nameof(DecisionFact.Texts)), Expression.Constant(slot));
            pattern.Condition(Expression.Lambda<Func<DecisionFact, bool>>(
                Expression.Equal(list, Expression.Constant(element.Rule!.ListEffect!.List)), fact));
        }

        if (element.Condition.Body is not ConstantExpression { Value: true })
        {
            pattern.Condition(element.Condition);
        }

        builder.Dependencies().Dependency(typeof(HitSink), "sink");
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var sink = Expression.Parameter(typeof(HitSink), "sink");
        var action = Expression.Call(typeof(RuleActions).GetMethod(nameof(RuleActions.Hit))!, context, fact, sink, Expression.Constant(element.Index));
        builder.RightHandSide().Action(Expression.Lambda(action, context, fact, sink));
        return builder.Build();
    }
}
