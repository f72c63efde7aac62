using Supervision.Rules.Bundle;

namespace Supervision.Rules.Rulebook;

/// <summary>The "有效期" shown for the bundle, each rule and each table row: "长期" when open-ended.</summary>
internal static class Validity
{
    public const string Unlimited = "长期";

    /// <summary>The bundle as a whole has no dates: its elements do.</summary>
    public static string Of(BundleManifest manifest) => Unlimited + "（各条规则、各表行另有有效期的，以其为准）";

    public static string Of(RuleSpec rule) => rule.Validity.ToString();

    public static string Of(TableRow row) => row.Validity.ToString();
}
