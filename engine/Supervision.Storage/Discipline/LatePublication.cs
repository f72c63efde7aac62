namespace Supervision.Storage.Discipline;

/// <summary>A visit whose results were made public after the deadline (20 working days after the window), or not yet.</summary>
/// <param name="DrawId">Its draw.</param>
/// <param name="VisitId">The visit.</param>
/// <param name="Uscc">The enterprise.</param>
/// <param name="Due">The deadline.</param>
/// <param name="Tasks">Tasks of the visit.</param>
/// <param name="Published">Tasks whose result is public.</param>
/// <param name="LastPublished">The day the last of them was made public, or null.</param>
public sealed record LatePublication(string DrawId, string VisitId, string Uscc, DateOnly Due, int Tasks, long Published, DateOnly? LastPublished);
