namespace Supervision.Tests.Support;

/// <summary>Locates the repository from the test binaries, so tests read the shipped rules and data-samples.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string DataSamples => Path.Combine(Root, "data-samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Supervision.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Supervision.sln not found above " + AppContext.BaseDirectory);
    }
}
