namespace Supervision.Draws.Record;

/// <summary>An inspector as the draw saw them.</summary>
public sealed record InspectorRecord(
    string Id, string Name, string Department, DateOnly CertificateValidTo, IReadOnlyList<string> Certifications, IReadOnlyList<string> Conflicts);
