namespace Supervision.Application.Draws.Desk;

/// <summary>One department's part in a prepared draw: the commitment the preparation froze, and whether the share is on the desk.</summary>
/// <param name="Department">The department.</param>
/// <param name="Commitment">Its commitment, as the pre-draw notice published it.</param>
/// <param name="Revealed">True when its share is on the desk.</param>
public sealed record DeskShare(string Department, string Commitment, bool Revealed);
