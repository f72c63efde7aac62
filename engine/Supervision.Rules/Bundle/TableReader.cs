using CsvHelper;
using Supervision.Rules.Diagnostics;
using Supervision.Rules.Language;

namespace Supervision.Rules.Bundle;

internal static class TableReader
{
    public static IReadOnlyList<TableSpec> Read(
        string directory, YamlMap? map, VariableCatalog catalog, BundleManifest manifest, DiagnosticBag diagnostics)
    {
        if (map is null)
        {
            return [];
        }

        map.RejectUnknownKeys("tables");
        var tables = new List<TableSpec>();
        foreach (var entry in map.MapList("tables", required: true))
        {
            if (ReadOne(directory, entry, catalog, manifest, diagnostics) is { } table)
            {
                tables.Add(table);
            }
        }

        foreach (var output in TableOutputs.Required)
        {
            var producers = tables.Where(t => t.Outputs.Contains(output)).ToList();
            if (producers.Count != 1)
            {
                diagnostics.Error("SV040", producers.Count == 0
                    ? $"no table produces '{output}'"
                    : $"'{output}' is produced by {producers.Count} tables ({string.Join(", ", producers.Select(p => p.Id))}); one is allowed",
                    map.Location);
            }
        }

        return tables;
    }

    private static TableSpec? ReadOne(string directory, YamlMap entry, VariableCatalog catalog, BundleManifest manifest, DiagnosticBag diagnostics)
    {
        entry.RejectUnknownKeys("id", "file", "title", "hit_policy", "inputs", "outputs");
        var id = entry.Text("id", required: true);
        var file = entry.Text("file", required: true);
        var title = entry.Text("title", required: true) ?? "";
        var policyText = entry.Text("hit_policy", required: true) ?? "unique";
        var outputs = entry.TextList("outputs", required: true);
        if (id is null || file is null)
        {
            return null;
        }

        if (!Enum.TryParse<HitPolicy>(policyText, ignoreCase: true, out var policy) || int.TryParse(policyText, out _))
        {
            diagnostics.Error("SV041", $"hit_policy must be unique or priority, found '{policyText}'", entry.ValueLocation("hit_policy"));
        }

        var phases = outputs.Select(TableOutputs.PhaseOf).Distinct().ToList();
        foreach (var output in outputs.Where(o => TableOutputs.PhaseOf(o) is null))
        {
            diagnostics.Error("SV042", $"'{output}' is not a table output; outputs are {string.Join(", ", TableOutputs.Required)}", entry.ValueLocation("outputs"));
        }

        if (phases.Count != 1 || phases[0] is not { } phase)
        {
            if (phases.Count > 1)
            {
                diagnostics.Error("SV042", "a table's outputs must belong to one step of the evaluation", entry.ValueLocation("outputs"));
            }

            return null;
        }

        var inputs = ReadInputs(entry, catalog, phase, diagnostics);
        var relative = "tables/" + file;
        var rows = ReadRows(Path.Combine(directory, "tables", file), relative, inputs, outputs, catalog, manifest, diagnostics);
        return new TableSpec(id, title, relative, policy, inputs, outputs, rows, entry.Location);
    }

    private static List<TableInput> ReadInputs(YamlMap entry, VariableCatalog catalog, int phase, DiagnosticBag diagnostics)
    {
        var inputs = new List<TableInput>();
        foreach (var input in entry.MapList("inputs", required: true))
        {
            input.RejectUnknownKeys("name", "domain");
            var name = input.Text("name", required: true);
            if (name is null)
            {
                continue;
            }

            var variable = catalog.Find(name);
            if (variable is null)
            {
                diagnostics.Error("SV043", $"unknown input '{name}': not an indicator or pipeline variable", input.ValueLocation("name"));
                continue;
            }

            if (variable.AvailableFrom > phase)
            {
                diagnostics.Error("SV044", $"'{name}' is computed after {Phase.Name(phase)} and cannot be read by it", input.ValueLocation("name"));
            }

            IntervalCell? domain = null;
            if (input.Text("domain", required: false) is { } domainText)
            {
                domain = CellParser.ParseNumeric(domainText, out var error);
                if (error is not null || variable.Type != VariableType.Number)
                {
                    diagnostics.Error("SV045", error ?? "a domain is only declared for number inputs", input.ValueLocation("domain"));
                }
            }

            inputs.Add(new TableInput(name, domain, input.Location));
        }

        return inputs;
    }

    private static List<TableRow> ReadRows(string path, string file, List<TableInput> inputs, IReadOnlyList<string> outputs,
        VariableCatalog catalog, BundleManifest manifest, DiagnosticBag diagnostics)
    {
        var rows = new List<TableRow>();
        if (!File.Exists(path))
        {
            diagnostics.Error("SV046", $"table file {file} does not exist", SourceLocation.FileOnly(file));
            return rows;
        }

        try
        {
            using var reader = CsvReader.FromFile(path, StrictCsv.Options);
            var headers = reader.Headers.Select(h => h.Trim()).ToList();
            var expected = new[] { "id" }.Concat(inputs.Select(i => i.Name)).Concat(outputs).Append("basis").ToList();
            var dated = headers.SequenceEqual([.. expected, "valid_from", "valid_to"], StringComparer.Ordinal);
            if (!dated && !headers.SequenceEqual(expected, StringComparer.Ordinal))
            {
                diagnostics.Error("SV047", $"header must be: {string.Join(",", expected)} (optionally followed by valid_from,valid_to)",
                    new SourceLocation(file, 1, 1));
                return rows;
            }

            while (reader.Read())
            {
                var line = (int)reader.LineNumber;
                if (ReadRow(reader, file, line, inputs, outputs, catalog, manifest, dated, diagnostics) is { } row)
                {
                    rows.Add(row);
                }
            }
        }
        catch (CsvFormatException e)
        {
            diagnostics.Error("SV048", $"malformed CSV: {e.Message}", new SourceLocation(file, (int)e.LineNumber, 0));
        }

        return rows;
    }

    private static TableRow? ReadRow(CsvReader reader, string file, int line, List<TableInput> inputs, IReadOnlyList<string> outputs,
        VariableCatalog catalog, BundleManifest manifest, bool dated, DiagnosticBag diagnostics)
    {
        var ok = true;
        var id = reader.GetString(0).Trim();
        var tests = new List<CellTest>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var raw = reader.GetString(i + 1);
            var variable = catalog.Find(inputs[i].Name);
            var numeric = variable?.Type is VariableType.Number or VariableType.Date;
            var test = CellParser.Parse(raw, numeric, out var error);
            if (test is ValueSetCell set && variable is { Type: VariableType.Text, Values.Count: > 0 }
                && set.Values.FirstOrDefault(v => !variable.Values.Contains(v)) is { } unknown)
            {
                error = $"'{unknown}' is not a value of {variable.Name} ({string.Join(", ", variable.Values)})";
            }
            else if (test is ValueSetCell boolSet && variable?.Type == VariableType.Boolean
                && boolSet.Values.Any(v => v is not ("true" or "false")))
            {
                error = "boolean cells are true, false or -";
            }

            if (error is not null || test is null)
            {
                diagnostics.Error("SV049", $"row {id}, column {inputs[i].Name}: {error}", new SourceLocation(file, line, i + 2));
                ok = false;
                continue;
            }

            tests.Add(test);
        }

        var values = new List<string>();
        for (var o = 0; o < outputs.Count; o++)
        {
            var value = reader.GetString(inputs.Count + 1 + o).Trim();
            if (TableOutputs.Check(outputs[o], value, manifest) is { } problem)
            {
                diagnostics.Error("SV050", $"row {id}, column {outputs[o]}: '{value}' {problem}", new SourceLocation(file, line, inputs.Count + 2 + o));
                ok = false;
            }

            values.Add(value);
        }

        var basis = reader.GetString(inputs.Count + outputs.Count + 1).Trim();
        if (id.Length == 0 || basis.Length == 0)
        {
            diagnostics.Error("SV051", "every row needs an id and a basis (legal basis: 文号 and article)", new SourceLocation(file, line, 1));
            ok = false;
        }

        var validity = Validity.Always;
        if (dated)
        {
            var column = inputs.Count + outputs.Count + 2;
            validity = ValidityReader.Read(reader.GetString(column), new SourceLocation(file, line, column + 1),
                reader.GetString(column + 1), new SourceLocation(file, line, column + 2), diagnostics);
        }

        return ok ? new TableRow(id, tests, values, basis, new SourceLocation(file, line, 1), validity) : null;
    }
}
