namespace Supervision.Application.Bundles;

/// <summary>
/// Who proposed and who approved a bundle, as signed-in accounts (a change request approved in the web workspace), never
/// the names a bundle's author typed into bundle.yaml.
/// </summary>
/// <param name="RequestId">The approved change request.</param>
/// <param name="Author">The account that proposed it.</param>
/// <param name="Approver">The account that approved it: another regulator.</param>
/// <param name="ApprovedAt">When it was approved.</param>
/// <param name="BundleHash">The content hash that was approved: the published bundle must hash the same.</param>
public sealed record BundleReview(long RequestId, string Author, string Approver, DateTimeOffset ApprovedAt, string BundleHash);
