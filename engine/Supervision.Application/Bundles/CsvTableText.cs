using System.Text;

namespace Supervision.Application.Bundles;

/// <summary>
/// A CSV file of the bundle (a decision table, the checklists, the calendar) read for editing as a grid and written
/// back: RFC 4180 — comma-separated, a cell holding a comma, a quote or a line break quoted with its quotes doubled —
/// the way the bundle's reader (CsvHelper) reads it. The header is kept as written; a row whose cells did not change
/// is written back as it was, byte for byte, so that a reviewed diff shows only the rows edited.
/// </summary>
public sealed class CsvTableText
{
    private CsvTableText(CsvRecordText header, IReadOnlyList<CsvRecordText> rows, string newLine, bool endsWithNewLine)
    {
        Header = header;
        Rows = rows;
        NewLine = newLine;
        EndsWithNewLine = endsWithNewLine;
    }

    /// <summary>The header record (its first cell keeps a UTF-8 byte-order mark if the file has one).</summary>
    public CsvRecordText Header { get; }

    /// <summary>The data records in file order; blank lines are not records.</summary>
    public IReadOnlyList<CsvRecordText> Rows { get; }

    /// <summary>The file's line break ("\n" or "\r\n", as its first line ends).</summary>
    public string NewLine { get; }

    /// <summary>Whether the last record ends with a line break.</summary>
    public bool EndsWithNewLine { get; }

    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <exception cref="DraftEditRefusedException">No header, a quote left open, or text after a closing quote.</exception>
    public static CsvTableText Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<CsvRecordText>();
        var position = 0;
        var line = 1;
        while (position < text.Length)
        {
            if (text[position] is '\n' or '\r')
            {
                position += text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
                line++;
                continue;
            }

            var start = position;
            var cells = ReadRecord(text, ref position, ref line, file);
            records.Add(new CsvRecordText(cells, text[start..position]));
            position += position < text.Length && text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2
                : position < text.Length ? 1 : 0;
            line++;
        }

        if (records.Count == 0)
        {
            throw new DraftEditRefusedException($"{file}: 文件没有表头行（the file has no header row）");
        }

        var newLine = text.IndexOf('\n', StringComparison.Ordinal) is var n and > 0 && text[n - 1] == '\r' ? "\r\n" : "\n";
        return new CsvTableText(records[0], records[1..], newLine, text.EndsWith('\n'));
    }

    /// <summary>
    /// The file with <paramref name="rows"/> as its data rows, under the same header: a row equal to one of the file's
    /// (not yet used) keeps that row's text; any other is written with the quoting RFC 4180 requires.
    /// </summary>
    /// <exception cref="DraftEditRefusedException">A row whose number of cells is not the header's.</exception>
    public string With(IReadOnlyList<IReadOnlyList<string>> rows, string file)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var unused = Rows.ToList();
        var text = new StringBuilder(Header.Raw);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Count != Header.Cells.Count)
            {
                throw new DraftEditRefusedException($"{file}: 第 {i + 1} 行有 {row.Count} 个单元格，表头有 {Header.Cells.Count} 个（row {i + 1} has {row.Count} cells, the header {Header.Cells.Count}）");
            }

            text.Append(NewLine);
            var same = unused.FindIndex(r => r.Cells.SequenceEqual(row, StringComparer.Ordinal));
            if (same >= 0)
            {
                text.Append(unused[same].Raw);
                unused.RemoveAt(same);
            }
            else
            {
                text.AppendJoin(',', row.Select(Quote));
            }
        }

        if (EndsWithNewLine || rows.Count == 0 && Rows.Count == 0)
        {
            text.Append(NewLine);
        }

        return text.ToString();
    }

    /// <summary>A cell as RFC 4180 writes it: quoted, quotes doubled, when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    // One record from position to its line break (left at the break, or at the end of the text).
    private static List<string> ReadRecord(string text, ref int position, ref int line, string file)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        while (true)
        {
            if (position < text.Length && text[position] == '"')
            {
                var opened = line;
                position++;
                while (true)
                {
                    if (position >= text.Length)
                    {
                        throw new DraftEditRefusedException($"{file}:{opened}: 引号未闭合（a quoted cell is not closed）");
                    }

                    var c = text[position++];
                    if (c == '"')
                    {
                        if (position < text.Length && text[position] == '"')
                        {
                            cell.Append('"');
                            position++;
                            continue;
                        }

                        break;
                    }

                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }

                if (position < text.Length && text[position] is not (',' or '\r' or '\n'))
                {
                    throw new DraftEditRefusedException($"{file}:{line}: 引号后面还有字符（text after a closing quote）");
                }
            }
            else
            {
                while (position < text.Length && text[position] is not (',' or '\r' or '\n'))
                {
                    cell.Append(text[position++]);
                }
            }

            cells.Add(cell.ToString());
            cell.Clear();
            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            return cells;
        }
    }
}
