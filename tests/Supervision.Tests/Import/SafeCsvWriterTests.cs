using System.Text;
using Supervision.Data.Import;

namespace Supervision.Tests.Import;

public sealed class SafeCsvWriterTests
{
    [Fact]
    public void Write_FormulaCell_IsEscapedAndFileStartsWithBom()
    {
        using var stream = new MemoryStream();

        SafeCsvWriter.Write(stream, ["uscc", "名称", "note"], [["9131", "上海, 公司", "=1+1"], ["9132", "-5", null]]);

        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("uscc,名称,note", lines[0]);
        Assert.Equal("9131,\"上海, 公司\",\"'=1+1\"", lines[1]);
        Assert.Equal("9132,\"'-5\",", lines[2]);
    }

    [Fact]
    public void Write_RowWithWrongCellCount_Throws()
    {
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentException>(() => SafeCsvWriter.Write(stream, ["a", "b"], [["1"]]));
    }

    [Fact]
    public void Write_ToFile_RoundTripsThroughImporterReader()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "export.csv");

        SafeCsvWriter.Write(path, ["uscc", "name"], [[TestUscc.Valid(1), "@SUM(A1)"]]);

        using var table = CsvTable.Open(path);
        Assert.True(table.TryRead(out var row));
        Assert.Equal([TestUscc.Valid(1), "'@SUM(A1)"], row.Fields);
    }
}
