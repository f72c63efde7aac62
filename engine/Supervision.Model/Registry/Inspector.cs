namespace Supervision.Model.Registry;

/// <summary>An entry of the inspector directory (执法检查人员名录库).</summary>
/// <param name="InspectorId">Unique id.</param>
/// <param name="Name">Name.</param>
/// <param name="Department">Department the inspector belongs to.</param>
/// <param name="CertificateNo">Enforcement certificate number (执法证号).</param>
/// <param name="CertificateValidTo">Last day the certificate is valid.</param>
/// <param name="Region">Region the inspector usually works in.</param>
/// <param name="Certifications">Fields the inspector is certified for (e.g. 危险化学品, 食品).</param>
/// <param name="Conflicts">USCCs of enterprises with a declared relationship (回避, 行政处罚法 Art. 43).</param>
public sealed record Inspector(
    string InspectorId,
    string Name,
    string Department,
    string CertificateNo,
    DateOnly CertificateValidTo,
    string Region,
    IReadOnlyList<string> Certifications,
    IReadOnlyList<string> Conflicts);
