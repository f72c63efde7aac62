using Supervision.Rules.Bundle;

namespace Supervision.Rules.Rulebook;

/// <summary>
/// The "有效期" shown for the bundle, each rule and each table row. Nothing carries valid_from/valid_to yet, so
/// everything is in force without limit ("长期"); once they exist, these are the only places to change.
/// </summary>
internal static class Validity
{
    public const string Unlimited = "长期";

    public static string Of(BundleManifest manifest) => Unlimited;

    public static string Of(RuleSpec rule) => Unlimited;

    public static string Of(TableRow row) => Unlimited;
}
