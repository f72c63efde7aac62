using Supervision.Tests.Cli;
using Supervision.Tests.Support;

namespace Supervision.Tests.Rulebook;

public sealed class RulesBookCommandTests
{
    [Fact]
    public void RulesBook_ShippedBundle_WritesMarkdownAndHtmlAndExitsZero()
    {
        var output = Path.Combine(Path.GetTempPath(), "supervision-books", Guid.NewGuid().ToString("N"));
        try
        {
            var (code, stdout, _) = CliRunner.Run("rules", "book", "--rules", RepoPaths.Rules, "--out", output);

            Assert.Equal(0, code);
            Assert.Contains("rulebook.md", stdout, StringComparison.Ordinal);
            Assert.StartsWith("# ", File.ReadAllText(Path.Combine(output, "rulebook.md")), StringComparison.Ordinal);
            Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(output, "rulebook.html")), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void RulesBook_InvalidBundle_ExitsTwoAndWritesNothing()
    {
        using var bundle = new BundleCopy();
        bundle.Replace("tables/matrix.csv", "M-ORANGE-CD,橙,\"C,D\",I", "M-ORANGE-CD,橙,C,I");
        var output = Path.Combine(bundle.Directory, "book");

        var (code, _, error) = CliRunner.Run("rules", "book", "--rules", bundle.Directory, "--out", output);

        Assert.Equal(2, code);
        Assert.Contains("SV066", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}
