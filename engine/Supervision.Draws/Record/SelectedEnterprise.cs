namespace Supervision.Draws.Record;

/// <summary>An enterprise drawn from a pool, with the lottery number that ranked it.</summary>
public sealed record SelectedEnterprise(string Uscc, string Lottery);
