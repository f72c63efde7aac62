using System.Text;
using CsvHelper;
using Supervision.Draws.Drawing;
using Supervision.Draws.Record;

namespace Supervision.Tests.Draws;

/// <summary>
/// The snapshot writer writes UTF-8 itself; its bytes must stay those CsvHelper wrote before it (the hash of every
/// published snapshot depends on them): the reference below is the earlier writer, kept here.
/// </summary>
public sealed class PopulationSnapshotTests
{
    private static readonly string[] Tricky =
    [
        "", " ", "plain", "a,b", "\"", "say \"hi\"", "\"quoted\"", "line\nbreak", "cr\rreturn", "crlf\r\nend", " leading", "trailing ",
        "\ttab", "=1+2", "-minus", "@at", "中文名称有限公司", "沈阳市, 铁西区", "“全角引号”", "emoji 😀", ";", "a;b", ",", "\n", "\"\"", "x\"", "\"x",
        "\ud800", "a\udc00b", "end\ud83d", "\ud83d\"", "Ünïcödé", "\u00a0nbsp\u00a0",
    ];

    [Fact]
    public void Write_TrickyValues_AreWhatCsvHelperWrites()
    {
        var entries = new List<PoolEntry>();
        foreach (var value in Tricky)
        {
            entries.Add(new PoolEntry("P-1", "I", "9121080000000000" + entries.Count.ToString("D2"), value, [], null));
            entries.Add(new PoolEntry(value, value, value, value, [value], value));
            entries.Add(new PoolEntry("P-1", Pools.Triggered, "91", "n", [value, "X001"], value.Length == 0 ? null : value));
            entries.Add(new PoolEntry("P-2", "IV", "92", value, ["X001", value, value], "note, with a comma"));
        }

        Assert.Equal(CsvHelperWrite(entries), PopulationSnapshot.Write(entries));
    }

    [Fact]
    public void Write_RandomValues_AreWhatCsvHelperWrites()
    {
        // A fixed generator: the same cases every run.
        var random = new Random(20261127);
        var alphabet = new[] { "a", "Z", "0", " ", ",", "\"", "\n", "\r", ";", "中", "😀", "\t", "'", "=", "\ud800" };
        string Text() => string.Concat(Enumerable.Range(0, random.Next(0, 9)).Select(_ => alphabet[random.Next(alphabet.Length)]));
        var entries = Enumerable.Range(0, 20_000)
            .Select(_ => new PoolEntry(Text(), Text(), Text(), Text(), [.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => Text())],
                random.Next(3) == 0 ? null : Text()))
            .ToList();

        Assert.Equal(CsvHelperWrite(entries), PopulationSnapshot.Write(entries));
    }

    [Fact]
    public void Write_NoEntries_IsTheHeaderAlone()
    {
        var snapshot = PopulationSnapshot.Write([]);

        Assert.Equal("plan_id,pool,uscc,name,last_inspectors,note\n", Encoding.UTF8.GetString(snapshot));
        Assert.Equal(CsvHelperWrite([]), snapshot);
    }

    [Fact]
    public void Read_WhatWriteWrote_GivesTheEntriesBack()
    {
        var entries = Tricky.Where(v => !v.Contains('\ud800', StringComparison.Ordinal) && !v.Contains('\udc00', StringComparison.Ordinal)
                && !v.Contains('\ud83d', StringComparison.Ordinal) && !v.Contains(';', StringComparison.Ordinal) && v.Length > 0)
            .Select((v, i) => new PoolEntry("P-1", "I", "U" + i, v, [v, "X001"], v))
            .ToList();

        var read = PopulationSnapshot.Read(PopulationSnapshot.Write(entries));

        Assert.Equal(entries.Select(Describe), read.Select(Describe));
    }

    private static string Describe(PoolEntry e) => $"{e.PlanId}|{e.Pool}|{e.Uscc}|{e.Name}|{string.Join('/', e.LastInspectors)}|{e.Note}";

    // The writer the snapshot had until it wrote UTF-8 itself.
    private static byte[] CsvHelperWrite(IEnumerable<PoolEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, CsvWriterOptions.Default with { Separator = ',', NewLine = "\n" }, leaveOpen: true))
        {
            foreach (var cell in new[] { "plan_id", "pool", "uscc", "name", "last_inspectors", "note" })
            {
                writer.WriteField(cell);
            }

            writer.EndRecord();
            foreach (var e in entries)
            {
                writer.WriteField(e.PlanId);
                writer.WriteField(e.Pool);
                writer.WriteField(e.Uscc);
                writer.WriteField(e.Name);
                writer.WriteField(string.Join(';', e.LastInspectors));
                writer.WriteField(e.Note ?? "");
                writer.EndRecord();
            }

            writer.Flush();
        }

        return stream.ToArray();
    }
}
