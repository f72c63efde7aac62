using System.Text;
using Supervision.Model.Import;
using Supervision.Storage.Runs;

namespace Supervision.Tests.Storage;

/// <summary>A run's input slices in PostgreSQL (run_inputs): stored one statement per slice, read back per chunk exactly.</summary>
public sealed class RunInputsStoreTests(MigratedDatabaseFixture fixture) : IClassFixture<MigratedDatabaseFixture>
{
    [Fact]
    public async Task SaveInputsAsync_SlicesOfEveryKind_ReadBackPerChunkAsWritten()
    {
        var store = new PostgresRunStore(fixture.Database.Database, TimeProvider.System, "test-host");
        var large = Lines("91210800MA1A4KGJ1A,penalty,营口市监罚〔2026〕{0}号,2026-01-02,,,5000.00,《中华人民共和国广告法》第五十五条", 20_000);
        InputSlice[] slices =
        [
            new(0, "credit-records.csv", 0, "/data/credit-records.csv", "UTF-8", null, large, [.. Enumerable.Range(2, 20_000)]),
            new(0, "credit-records.csv", 1, "/data/credit-records.csv", "UTF-8", null, "a,b\n"u8.ToArray(), [20_002]),
            new(1, "inspections.csv", 0, "/data/inspections.csv", "GB18030", "decoded as GB18030", "x\n"u8.ToArray(), [7],
                EarlierKeys: ["INS-1"], EarlierLines: [3], EncodingLines: new EncodingLineCounts(1, 3_000_000_000, 2)),
            new(1, "learned-risk.csv", 0, "/data/learned-risk.csv", "none", null, ReadOnlyMemory<byte>.Empty, [], Missing: true),
            new(InputSlice.Global, "inspectors.csv", 0, "/data/inspectors.csv", "UTF-8", null, "id\n"u8.ToArray(), [1]),
        ];

        await store.SaveInputsAsync("run-inputs-1", Stream(slices), CancellationToken.None);

        foreach (var chunk in new[] { 0, 1, InputSlice.Global })
        {
            var read = await store.ReadInputsAsync("run-inputs-1", chunk, CancellationToken.None);
            var expected = slices.Where(s => s.ChunkNo == chunk).ToArray();
            Assert.Equal(expected.Length, read.Count);
            foreach (var (want, got) in expected.Zip(read))
            {
                Assert.Equal((want.FileName, want.Part, want.Path, want.Encoding, want.EncodingWarning, want.Missing),
                    (got.FileName, got.Part, got.Path, got.Encoding, got.EncodingWarning, got.Missing));
                Assert.Equal(want.Content.ToArray(), got.Content.ToArray());
                Assert.Equal(want.Lines, got.Lines);
                Assert.Equal(want.EarlierKeys ?? [], got.EarlierKeys ?? []);
                Assert.Equal(want.EarlierLines ?? [], got.EarlierLines ?? []);
                Assert.Equal(want.EncodingLines ?? EncodingLineCounts.None, got.EncodingLines);
            }
        }
    }

    [Fact]
    public async Task SaveInputsAsync_LargeSlice_IsStoredCompressedWithLz4()
    {
        var store = new PostgresRunStore(fixture.Database.Database, TimeProvider.System, "test-host");
        var content = Lines("91210811968441860L,tax_grade,税务〔2026〕{0}号,2026-03-01,,A,,《纳税信用管理办法》", 10_000);

        await store.SaveInputsAsync("run-inputs-2",
            Stream([new InputSlice(0, "credit-records.csv", 0, "/data/credit-records.csv", "UTF-8", null, content, [.. Enumerable.Range(2, 10_000)])]),
            CancellationToken.None);

        Assert.Equal("lz4", await fixture.Database.ScalarAsync<string>(
            "SELECT pg_column_compression(content) FROM supervision.run_inputs WHERE run_id = 'run-inputs-2'"));
        Assert.True(await fixture.Database.ScalarAsync<int>(
            "SELECT pg_column_size(content) FROM supervision.run_inputs WHERE run_id = 'run-inputs-2'") < content.Length / 3);
    }

    private static byte[] Lines(string format, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, format, i).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static async IAsyncEnumerable<InputSlice> Stream(IEnumerable<InputSlice> slices)
    {
        foreach (var slice in slices)
        {
            await Task.Yield();
            yield return slice;
        }
    }
}
