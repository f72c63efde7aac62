using System.Globalization;
using Supervision.Model.Registry;

namespace Supervision.Tests.Storage;

/// <summary>Generated, valid enterprise rows for the storage tests and the import benchmark.</summary>
internal static class TestEnterprises
{
    private static readonly string[] Regions = ["站前区", "西市区", "鲅鱼圈区", "老边区"];
    private static readonly string[] Industries = ["C2614", "F5162", "G5942", "C3311", "M7320"];

    public static List<Enterprise> Generate(int count, int first = 0)
        => [.. Enumerable.Range(first, count).Select(Create)];

    public static Enterprise Create(int number)
    {
        var first17 = string.Create(CultureInfo.InvariantCulture, $"9121080MA{number:D8}");
        return new Enterprise(
            first17 + Uscc.CheckCharacter(first17),
            string.Create(CultureInfo.InvariantCulture, $"营口测试企业{number}有限公司"),
            Industries[number % Industries.Length],
            Regions[number % Regions.Length],
            number % 2 == 0 ? "鲅鱼圈区海星街道" : "老边区柳树镇",
            string.Create(CultureInfo.InvariantCulture, $"网格{number % 37:D2}"),
            new DateOnly(2000, 1, 1).AddDays(number % 9000),
            (OperatingStatus)(number % 4),
            number % 7 == 0);
    }
}
