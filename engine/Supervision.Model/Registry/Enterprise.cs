namespace Supervision.Model.Registry;

/// <summary>One row of the enterprise registry (企业名录).</summary>
/// <param name="Uscc">统一社会信用代码, validated with the GB 32100-2015 check character.</param>
/// <param name="Name">Registered name.</param>
/// <param name="IndustryCode">GB/T 4754 code, e.g. "C2614" (section letter and 2–4 digits).</param>
/// <param name="Region">Park or functional area of the zone.</param>
/// <param name="District">Administrative district and street or town (区/街道), e.g. 鲅鱼圈区海星街道; empty when not given.</param>
/// <param name="Grid">Supervision grid (网格) inside the region; empty when not given.</param>
/// <param name="RegistrationDate">Date of establishment.</param>
/// <param name="Status">Operating status.</param>
/// <param name="NewBusinessForm">True when the enterprise is in the zone's catalogue of new business forms (新业态).</param>
public sealed record Enterprise(
    string Uscc,
    string Name,
    string IndustryCode,
    string Region,
    string District,
    string Grid,
    DateOnly RegistrationDate,
    OperatingStatus Status,
    bool NewBusinessForm);
