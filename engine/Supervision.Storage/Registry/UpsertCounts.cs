namespace Supervision.Storage.Registry;

/// <summary>What an upsert did with the rows it was given.</summary>
/// <param name="Received">Rows given.</param>
/// <param name="Inserted">Rows that were new.</param>
/// <param name="Updated">Rows that existed with different values.</param>
/// <param name="Unchanged">Rows that existed with the same values (left alone, updated_at kept).</param>
public sealed record UpsertCounts(int Received, int Inserted, int Updated, int Unchanged);
