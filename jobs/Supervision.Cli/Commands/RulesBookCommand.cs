using System.CommandLine;
using System.Text;
using Supervision.Rules.Rulebook;

namespace Supervision.Cli.Commands;

/// <summary>`supervision rules book`: the bundle as the published rulebook (事项公开), in Markdown and HTML.</summary>
internal static class RulesBookCommand
{
    public const string MarkdownFile = "rulebook.md";
    public const string HtmlFile = "rulebook.html";

    public static Command Create()
    {
        var rules = CommonOptions.Rules();
        var output = new Option<string>("--out") { Description = $"directory to write {MarkdownFile} and {HtmlFile} into", Required = true };
        OutputPath.MustBeDirectory(output);
        var command = new Command("book",
            "Write the rulebook regulators publish (事项公开): every indicator, rule, decision table and inspection ratio in plain language, "
            + $"with legal basis, validity and source line, as {MarkdownFile} and a self-contained {HtmlFile}.")
        {
            rules, output,
        };
        command.SetAction(parse => Run(parse.GetValue(rules)!, parse.GetValue(output)!));
        return command;
    }

    private static int Run(string directory, string output)
    {
        var bundle = BundleLoading.Load(directory, "no rulebook was written");
        if (bundle is null)
        {
            return BundleLoading.FailureCode(directory);
        }

        Directory.CreateDirectory(output);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var markdown = Path.Combine(output, MarkdownFile);
        var html = Path.Combine(output, HtmlFile);
        File.WriteAllText(markdown, RulebookWriter.Markdown(bundle.Bundle, bundle.Catalog), utf8);
        File.WriteAllText(html, RulebookWriter.Html(bundle.Bundle, bundle.Catalog), utf8);
        var manifest = bundle.Bundle.Manifest;
        Console.WriteLine($"wrote {markdown} and {html} for {manifest.Id} {manifest.Version} (sha256 {bundle.Bundle.ContentHash})");
        return ExitCodes.Ok;
    }
}
