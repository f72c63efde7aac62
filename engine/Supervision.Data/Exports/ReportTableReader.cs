using System.Collections;
using System.Data.Common;

namespace Supervision.Data.Exports;

/// <summary>
/// Shows a report table to MiniExcel as a forward-only data reader: MiniExcel streams a data reader row by row
/// (it would buffer a plain enumerable of unknown length when not in its seeking "fast mode"), and a reader
/// has its columns even when it has no rows, so an empty table still gets its header row.
/// </summary>
/// <remarks>
/// Column names are keys (<see cref="Key"/>) matched to MiniExcel's dynamic columns, which carry the display header and
/// the format; keys rather than headers, so that two columns may share a header. Only what MiniExcel calls is implemented.
/// The rows are enumerated from the first <see cref="Read"/>, once; disposing the reader disposes the enumerator
/// (and so closes a database cursor behind it).
/// </remarks>
internal sealed class ReportTableReader(ReportTable table, int sheet, Func<object?, object?> toCell, CancellationToken cancellationToken) : DbDataReader
{
    private readonly object?[] _cells = new object?[table.Columns.Count];
    private IEnumerator<IReadOnlyList<object?>>? _rows;
    private long _rowNumber;
    private bool _closed;

    /// <summary>The number of rows read so far.</summary>
    public long RowsRead => _rowNumber;

    /// <summary>The MiniExcel key of a column of a sheet, unique across the workbook.</summary>
    public static string Key(int sheet, int column) => FormattableString.Invariant($"s{sheet}c{column}");

    public override int FieldCount => _cells.Length;

    public override string GetName(int ordinal) => Key(sheet, ordinal);

    public override int GetOrdinal(string name)
    {
        for (var i = 0; i < _cells.Length; i++)
        {
            if (string.Equals(GetName(i), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(name), name, "No such column.");
    }

    public override bool Read()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_closed)
        {
            return false;
        }

        _rows ??= table.Rows.GetEnumerator();
        if (!_rows.MoveNext())
        {
            return false;
        }

        _rowNumber++;
        ReportCells.Canonicalise(table, _rows.Current, _rowNumber, _cells);
        for (var i = 0; i < _cells.Length; i++)
        {
            _cells[i] = toCell(_cells[i]);
        }

        return true;
    }

    public override object GetValue(int ordinal) => _cells[ordinal] ?? DBNull.Value;

    public override bool IsDBNull(int ordinal) => _cells[ordinal] is null;

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, _cells.Length);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }

        return count;
    }

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override Type GetFieldType(int ordinal) => typeof(object);

    public override string GetDataTypeName(int ordinal) => nameof(Object);

    public override bool HasRows => true;

    public override bool IsClosed => _closed;

    public override int Depth => 0;

    public override int RecordsAffected => -1;

    public override bool NextResult() => false;

    public override IEnumerator GetEnumerator() => throw new NotSupportedException();

    public override bool GetBoolean(int ordinal) => (bool)GetValue(ordinal);

    public override byte GetByte(int ordinal) => (byte)GetValue(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override char GetChar(int ordinal) => (char)GetValue(ordinal);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override DateTime GetDateTime(int ordinal) => (DateTime)GetValue(ordinal);

    public override decimal GetDecimal(int ordinal) => (decimal)GetValue(ordinal);

    public override double GetDouble(int ordinal) => (double)GetValue(ordinal);

    public override float GetFloat(int ordinal) => (float)GetValue(ordinal);

    public override Guid GetGuid(int ordinal) => (Guid)GetValue(ordinal);

    public override short GetInt16(int ordinal) => (short)GetValue(ordinal);

    public override int GetInt32(int ordinal) => (int)GetValue(ordinal);

    public override long GetInt64(int ordinal) => (long)GetValue(ordinal);

    public override string GetString(int ordinal) => (string)GetValue(ordinal);

    public override void Close()
    {
        _closed = true;
        _rows?.Dispose();
        _rows = null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }

        base.Dispose(disposing);
    }
}
