using System.Runtime.CompilerServices;
using Supervision.Storage;

namespace Supervision.Tests.Storage;

/// <summary>Supervision.Storage sits beside the data adapters: it may use the engine, never the CSV layer or the hosts.</summary>
public sealed class StorageArchitectureTests
{
    private static readonly System.Reflection.Assembly Storage = typeof(Database).Assembly;

    [Theory]
    [InlineData("Supervision.Data")]
    [InlineData("supervision")]
    [InlineData("CsvHelper")]
    [InlineData("Hangfire")]
    public void Storage_DoesNotReference(string forbidden)
        => Assert.DoesNotContain(Storage.GetReferencedAssemblies(), r => r.Name!.StartsWith(forbidden, StringComparison.Ordinal));

    [Fact]
    public void StorageTypes_AreSealedStaticOrAbstract()
    {
        var offenders = Storage.GetTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), false) && !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Migrations_AreEmbeddedInVersionOrder()
    {
        var scripts = Supervision.Storage.Migrations.EmbeddedMigrations.All;

        Assert.NotEmpty(scripts);
        Assert.Equal("0001_initial.sql", scripts[0].Name);
        Assert.Equal(scripts.Select(s => s.Version).Order(), scripts.Select(s => s.Version));
    }
}
