using System.Globalization;
using Supervision.Rules.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Supervision.Rules.Bundle;

/// <summary>
/// Typed, position-aware access to one YAML mapping. Every problem becomes a diagnostic at the line and column
/// of the offending key or value; nothing throws on bad input.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly DiagnosticBag _diagnostics;

    public YamlMap(YamlMappingNode node, string file, DiagnosticBag diagnostics)
    {
        _node = node;
        File = file;
        _diagnostics = diagnostics;
    }

    public string File { get; }

    public SourceLocation Location => At(_node);

    public SourceLocation At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>Loads a YAML file whose root is a mapping; returns null (with a diagnostic) otherwise.</summary>
    public static YamlMap? Load(string path, string displayName, DiagnosticBag diagnostics)
    {
        try
        {
            // Rule files are UTF-8. Read leniently, another encoding became U+FFFD characters: a GB18030 file's Chinese
            // category names were all "duplicates" of each other.
            var bytes = System.IO.File.ReadAllBytes(path);
            if (Utf8Text.FirstInvalid(bytes) is { } bad)
            {
                diagnostics.Error("SV016",
                    $"not UTF-8: byte 0x{bad.Byte:X2} is not valid UTF-8; save the file as UTF-8 (a GB18030 or other legacy encoding is not read)",
                    new SourceLocation(displayName, bad.Line, bad.Column));
                return null;
            }

            using var reader = new StringReader(Utf8Text.Decode(bytes));
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                diagnostics.Error("SV001", "the file must contain a YAML mapping (key: value lines)", new SourceLocation(displayName, 1, 1));
                return null;
            }

            return new YamlMap(root, displayName, diagnostics);
        }
        catch (YamlException e)
        {
            diagnostics.Error("SV002", $"YAML syntax error: {e.InnerException?.Message ?? e.Message}",
                new SourceLocation(displayName, (int)e.Start.Line, (int)e.Start.Column));
            return null;
        }
    }

    public YamlNode? Node(string key)
        => _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public SourceLocation ValueLocation(string key) => Node(key) is { } n ? At(n) : Location;

    public void RejectUnknownKeys(params string[] known)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (Array.IndexOf(known, name) < 0)
            {
                _diagnostics.Error("SV003", $"unknown key '{name}'; expected one of: {string.Join(", ", known)}", At(key));
            }
        }
    }

    public string? Text(string key, bool required)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                _diagnostics.Error("SV004", $"missing required key '{key}'", Location);
            }

            return null;
        }

        if (node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar.Value.Trim();
        }

        _diagnostics.Error("SV005", $"'{key}' must be a non-empty text value", At(node));
        return null;
    }

    /// <summary>The scalar node of a key, for callers that need the exact position of the value text.</summary>
    public YamlScalarNode? Scalar(string key, bool required)
    {
        var node = Node(key);
        if (node is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
        {
            return scalar;
        }

        if (node is not null || required)
        {
            _diagnostics.Error(node is null ? "SV004" : "SV005",
                node is null ? $"missing required key '{key}'" : $"'{key}' must be a non-empty text value",
                node is null ? Location : At(node));
        }

        return null;
    }

    public double? Number(string key)
    {
        var text = Text(key, required: false);
        if (text is null)
        {
            return null;
        }

        var percent = text.EndsWith('%');
        var digits = percent ? text[..^1] : text;
        if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return percent ? value / 100 : value;
        }

        _diagnostics.Error("SV006", $"'{key}' must be a number, found '{text}'", ValueLocation(key));
        return null;
    }

    public IReadOnlyList<string> TextList(string key, bool required)
    {
        var node = Node(key);
        if (node is YamlSequenceNode sequence)
        {
            var list = new List<string>();
            foreach (var item in sequence.Children)
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } v })
                {
                    list.Add(v.Trim());
                }
                else
                {
                    _diagnostics.Error("SV007", $"items of '{key}' must be text values", At(item));
                }
            }

            return list;
        }

        if (node is not null || required)
        {
            _diagnostics.Error("SV007", $"'{key}' must be a list such as [a, b]", node is null ? Location : At(node));
        }

        return [];
    }

    public YamlMap? Map(string key, bool required)
    {
        var node = Node(key);
        if (node is YamlMappingNode map)
        {
            return new YamlMap(map, File, _diagnostics);
        }

        if (node is not null || required)
        {
            _diagnostics.Error("SV008", $"'{key}' must be a mapping (key: value)", node is null ? Location : At(node));
        }

        return null;
    }

    public IReadOnlyList<YamlMap> MapList(string key, bool required)
    {
        var node = Node(key);
        if (node is YamlSequenceNode sequence)
        {
            var list = new List<YamlMap>();
            foreach (var item in sequence.Children)
            {
                if (item is YamlMappingNode map)
                {
                    list.Add(new YamlMap(map, File, _diagnostics));
                }
                else
                {
                    _diagnostics.Error("SV008", $"items of '{key}' must be mappings (key: value)", At(item));
                }
            }

            return list;
        }

        if (node is not null || required)
        {
            _diagnostics.Error("SV008", $"'{key}' must be a list of entries ('- key: value')", node is null ? Location : At(node));
        }

        return [];
    }
}
