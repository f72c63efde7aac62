using Supervision.Rules.Compilation;
using Supervision.Rules.Diagnostics;

namespace Supervision.Tests.Support;

/// <summary>A private copy of the shipped bundle that a test may edit.</summary>
internal sealed class BundleCopy : IDisposable
{
    public BundleCopy()
    {
        Directory = Path.Combine(Path.GetTempPath(), "supervision-bundles", Guid.NewGuid().ToString("N"));
        foreach (var file in System.IO.Directory.EnumerateFiles(RepoPaths.Rules, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(RepoPaths.Rules, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    public void Replace(string relativePath, string oldText, string newText)
    {
        var path = Path.Combine(Directory, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>Declares a new safety-indicators.csv column and a rule that reads it: regulator edits only, no code.</summary>
    public void AddDustIndicatorAndRule()
    {
        Replace("indicators.yaml", "  # --- credit records", """
              - name: dust_explosion_sites
                type: integer
                min: 0
                default: 0
                description: 涉爆粉尘作业场所数量
                source: safety-indicators.csv

              # --- credit records
            """);
        Append("evaluation/safety.yaml", """
              - id: S-DED-DUST
                title: 存在涉爆粉尘作业场所
                when: dust_explosion_sites >= 1
                points: -5
                basis: 《工贸企业粉尘防爆安全规定》（应急管理部令第6号）
            """ + "\n");
    }

    public void Append(string relativePath, string text) => File.AppendAllText(Path.Combine(Directory, relativePath), text);

    public (CompiledBundle? Bundle, IReadOnlyList<Diagnostic> Diagnostics) Compile()
    {
        var diagnostics = new DiagnosticBag();
        var bundle = BundleSource.TryCompile(Directory, diagnostics);
        return (bundle, diagnostics.Sorted());
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
